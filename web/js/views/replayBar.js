// The replay's timeline: the whole recorded day as a bar, with a lane each for incidents,
// alerts, commands and notes (a tick per marker, its text on hover), the part already played,
// the playhead, and the time under the pointer. Clicking anywhere jumps there.
import { h, $, setText } from './dom.js';
import { clockAt } from '../format.js';

/** @typedef {{t:number, clock?:string, kind:'alert'|'incident'|'command'|'note'|string, text:string}} Marker */

const LANES = ['incident', 'alert', 'command', 'note'];
const KIND_WORD = /** @type {Record<string, string>} */ ({ incident: '⚡ Incident', alert: '▲ Alert', command: '✓ Command', note: '✎ Note' });

export class ReplayBarView {
  constructor() {
    this.track = $('#rb-track');
    this.done = $('#rb-done');
    this.markers = $('#rb-markers');
    this.head = $('#rb-head');
    this.hover = $('#rb-hover');
    this.axis = $('#rb-axis');
    this.duration = 0;
    this.startClock = '00:00';
    /** @type {(t: number) => void} */
    this.onSeek = () => {};
    this.track.addEventListener('pointermove', (e) => this.#showHover(e));
    this.track.addEventListener('pointerleave', () => { this.hover.hidden = true; });
    this.track.addEventListener('click', (e) => {
      const t = this.#timeAt(e.clientX);
      if (t !== null) this.onSeek(t);
    });
    this.track.addEventListener('keydown', (e) => {
      const now = Number(this.track.getAttribute('aria-valuenow')) || 0;
      const step = e.shiftKey ? 900 : 300;
      if (e.key === 'ArrowRight') this.onSeek(Math.min(this.duration, now + step));
      else if (e.key === 'ArrowLeft') this.onSeek(Math.max(0, now - step));
      else if (e.key === 'Home') this.onSeek(0);
      else return;
      e.preventDefault();
    });
  }

  /** @param {(t: number) => void} handler called with the virtual second to jump to */
  bindSeek(handler) {
    this.onSeek = handler;
  }

  /** The recorded day: its length and when it starts (for the axis). @param {number} duration @param {string} startClock */
  setDay(duration, startClock) {
    this.duration = Math.max(0, duration || 0);
    this.startClock = startClock || this.startClock;
    this.track.setAttribute('aria-valuemax', String(Math.round(this.duration)));
    this.#drawAxis();
  }

  /** @param {Marker[]} markers */
  setMarkers(markers) {
    if (!this.duration) return;
    this.markers.replaceChildren(...markers.map((m) => {
      const lane = Math.max(0, LANES.indexOf(m.kind));
      const clock = m.clock || clockAt(this.startClock, m.t);
      const words = `${clock} · ${KIND_WORD[m.kind] || m.kind}: ${m.text}`;
      return h('span', {
        class: 'rb-marker', 'data-kind': m.kind, title: words, 'aria-label': words,
        style: `left: ${this.#percent(m.t)}%; top: ${lane * 25}%;`,
      });
    }));
    const counts = LANES.map((k) => markers.filter((m) => m.kind === k).length);
    document.querySelectorAll('.rb-lanes span').forEach((el, i) => {
      const span = /** @type {HTMLElement} */ (el);
      span.dataset.count = String(counts[i] ?? 0);
      span.title = `${counts[i] ?? 0} ${LANES[i]}${counts[i] === 1 ? '' : 's'}`;
    });
  }

  /** @param {number} t the replay's virtual second now */
  setPosition(t) {
    const p = `${this.#percent(t)}%`;
    this.done.style.width = p;
    this.head.style.left = p;
    this.track.setAttribute('aria-valuenow', String(Math.round(t)));
    this.track.setAttribute('aria-valuetext', clockAt(this.startClock, t));
  }

  /** @param {number} t */
  #percent(t) {
    return this.duration > 0 ? Math.min(100, Math.max(0, (t / this.duration) * 100)) : 0;
  }

  /** @param {number} clientX @returns {number|null} */
  #timeAt(clientX) {
    const box = this.track.getBoundingClientRect();
    if (!this.duration || box.width <= 0) return null;
    return Math.round(Math.min(1, Math.max(0, (clientX - box.left) / box.width)) * this.duration);
  }

  /** @param {PointerEvent} e */
  #showHover(e) {
    const t = this.#timeAt(e.clientX);
    if (t === null) return;
    setText(this.hover, `Jump to ${clockAt(this.startClock, t)}`);
    const at = this.#percent(t);
    this.hover.style.left = `${at}%`;
    // Near an end the label leans inwards, so it never pokes out of the page.
    this.hover.style.transform = `translateX(${at > 90 ? -100 : at < 10 ? 0 : -50}%)`;
    this.hover.hidden = false;
  }

  /** An hour mark under the bar for each whole hour of the day. */
  #drawAxis() {
    if (!this.duration) return;
    const [h0, m0] = this.startClock.split(':').map(Number);
    const first = ((60 - m0) % 60) * 60;
    const step = this.duration > 10 * 3600 ? 7200 : 3600;
    const labels = [];
    for (let t = first; t <= this.duration + 1; t += step) {
      const at = this.#percent(t);
      labels.push(h('span', { style: `left: ${at}%`, class: at > 97 ? 'end' : at < 3 ? 'start' : null }, clockAt(this.startClock, t)));
    }
    if (first > 0 || labels.length === 0) labels.unshift(h('span', { style: 'left: 0%', class: 'start' }, `${String(h0).padStart(2, '0')}:${String(m0).padStart(2, '0')}`));
    this.axis.replaceChildren(...labels);
  }
}
