// The console's header and banners: what is running and when, the connection, a team
// broadcast when one arrives, and — once the exercise is over — the way to the debrief.
import { h, $, setText } from './dom.js';
import { spoken } from '../format.js';

/** @typedef {import('../connection.js').LinkStatus} LinkStatus */

const RUN_WORD = { running: '▶ Running', paused: '❚❚ Paused by the trainer', finished: '■ Day finished', stopped: '■ Stopped' };
const LINK_WORD = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', ended: 'Exercise ended', denied: 'Not joined' };

export class ConsoleHeaderView {
  constructor(root = document) {
    this.title = $('#scenario-title', root);
    this.incidents = $('#incidents', root);
    this.clock = $('#clock', root);
    this.progressBar = $('#day-progress-bar', root);
    this.dayLeft = $('#day-left', root);
    this.runState = $('#run-state', root);
    this.link = $('#link-state', root);
    this.debrief = /** @type {HTMLAnchorElement} */ ($('#debrief-link', root));
    this.endBanner = $('#end-banner', root);
    this.endWords = $('#end-words', root);
    this.broadcast = $('#broadcast-banner', root);
    this.broadcastText = $('#broadcast-text', root);
    this.notice = $('#notice', root);
    $('#broadcast-close', root).addEventListener('click', () => { this.broadcast.hidden = true; });
  }

  /** @param {string} title */
  setTitle(title) {
    setText(this.title, title);
    document.title = `${title} · trainee console`;
  }

  /** @param {string[]} names */
  setIncidents(names) {
    this.incidents.hidden = names.length === 0;
    setText(this.incidents, names.length ? `⚡ ${names.join('; ')}` : '');
  }

  /** @param {string} clock @param {number} t @param {number} dayLength */
  setClock(clock, t, dayLength) {
    setText(this.clock, clock);
    const done = dayLength > 0 ? Math.min(1, Math.max(0, t / dayLength)) : 0;
    this.progressBar.style.width = `${(done * 100).toFixed(2)}%`;
    setText(this.dayLeft, done >= 1 ? 'end of day' : `${spoken(Math.max(0, dayLength - t))} to go`);
  }

  /** @param {string} state running, paused, finished or stopped */
  setRunState(state) {
    setText(this.runState, RUN_WORD[/** @type {keyof RUN_WORD} */ (state)] || state);
    this.runState.dataset.state = state;
    const over = state === 'finished' || state === 'stopped';
    document.body.classList.toggle('ended', over);
    this.debrief.classList.toggle('prominent', over);
    this.endBanner.hidden = !over;
    setText(this.endWords, state === 'finished'
      ? 'The simulated day is over. Your actions are recorded: see how they scored, with the evidence.'
      : 'The trainer stopped the exercise. Your actions are recorded: see them in the debrief.');
  }

  /** @param {LinkStatus} status */
  setConnection(status) {
    const word = status.state === 'reconnecting' && status.retryInMs
      ? `Reconnecting… (retry in ${Math.ceil(status.retryInMs / 1000)} s)` : LINK_WORD[status.state];
    setText(this.link, word);
    this.link.dataset.state = status.state;
  }

  /** @param {string} clock @param {string} message */
  showBroadcast(clock, message) {
    setText(this.broadcastText, `${clock} · ${message}`);
    this.broadcast.hidden = false;
  }

  /** @param {string} message empty hides it */
  showNotice(message) {
    setText(this.notice, message);
    this.notice.hidden = !message;
  }

  /** A notice with a way out: "join", say. @param {string} message @param {string} href @param {string} linkText */
  showNoticeLink(message, href, linkText) {
    this.notice.replaceChildren(message, ' ', h('a', { href }, linkText));
    this.notice.hidden = false;
  }
}
