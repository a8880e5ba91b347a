// The station's live feeds: one trainer stream per exercise whose card is on screen, each with
// its own store and the latest score. A card that leaves the screen keeps its socket a little
// while (scrolling back is common) and then lets it go, so thirty trainees cost only what shows.
import { api } from './api.js';
import { Connection, withTicket } from './connection.js';
import { Store } from './store.js';

const LINGER_MS = 10_000;

/**
 * @typedef {object} Live
 * @property {Store} store
 * @property {any} score the latest score report, or null
 * @property {boolean|null} scored null until known
 * @property {import('./connection.js').LinkStatus} link
 * @property {Connection} connection
 * @property {number|undefined} lingerTimer
 */

export class LiveExercises {
  /** @param {(id: string) => void} onChange called when an exercise's live state changed */
  constructor(onChange) {
    this.onChange = onChange;
    /** @type {Map<string, Live>} */
    this.live = new Map();
  }

  /** @param {string} id */
  get(id) {
    return this.live.get(id);
  }

  /** Opens the exercise's stream if it is not open. @param {string} id */
  watch(id) {
    const known = this.live.get(id);
    if (known) {
      clearTimeout(known.lingerTimer);
      known.lingerTimer = undefined;
      return;
    }
    const store = new Store();
    /** @type {Live} */
    const live = /** @type {any} */ ({ store, score: null, scored: null, link: { state: 'connecting' }, lingerTimer: undefined });
    live.connection = new Connection(withTicket(id, api), {
      onMessage: (m) => this.#message(id, live, m),
      onStatus: (status) => {
        live.link = status;
        this.onChange(id);
      },
      isEnded: () => api.exercise(id).then((e) => e.state === 'stopped', (e) => e.status === 404),
    });
    this.live.set(id, live);
    live.connection.open();
  }

  /** Lets the stream go after a while, unless watched again. @param {string} id */
  unwatch(id) {
    const live = this.live.get(id);
    if (!live || live.lingerTimer !== undefined) return;
    live.lingerTimer = setTimeout(() => this.drop(id), LINGER_MS);
  }

  /** Closes the stream now (the exercise stopped or left the list). @param {string} id */
  drop(id) {
    const live = this.live.get(id);
    if (!live) return;
    clearTimeout(live.lingerTimer);
    live.connection.close();
    this.live.delete(id);
  }

  /** The agents of the exercise's snapshot, for the incident forms. @param {string} id @returns {any[]} */
  agents(id) {
    return /** @type {any} */ (this.live.get(id)?.store.state?.kpis)?.agents || [];
  }

  /** @param {string} id @returns {{id:string, name:string, channel:string}[]} */
  queues(id) {
    return this.live.get(id)?.store.state?.kpis.queues || [];
  }

  /** @param {string} id @param {Live} live @param {any} m */
  #message(id, live, m) {
    if (m.type === 'score') {
      live.score = m.score;
      live.scored = true;
      this.onChange(id);
      return;
    }
    const first = m.type === 'snapshot' && live.scored === null;
    if (live.store.apply(m)) this.onChange(id);
    // The score comes when it changes; until then (a paused exercise, say) ask for it once.
    if (first) {
      api.score(id).then((score) => {
        if (!live.score) live.score = score;
        live.scored = true;
        this.onChange(id);
      }, (e) => {
        if (e.status === 404 && !live.score) live.scored = false;
        this.onChange(id);
      });
    }
  }
}
