// Open alerts, newest first. A resolved alert stays a moment, faded, so the eye sees it go.
import { h, $, setText } from './dom.js';

/** @typedef {import('../store.js').Alert} Alert */

const FADE_MS = 6000;
const SEVERITY = { critical: { word: 'Critical', icon: '✕' }, warning: { word: 'Warning', icon: '▲' } };
const STATE_WORD = { raised: 'Not yet acknowledged', acknowledged: 'Acknowledged', resolved: 'Resolved' };

export class AlertsView {
  constructor(root = document) {
    this.list = $('#alert-list', root);
    this.count = $('#alert-count', root);
    this.empty = $('#alert-empty', root);
    /** @type {Map<string, AlertRow>} */
    this.rows = new Map();
    /** @type {(id: string) => Promise<unknown>} */
    this.onAcknowledge = async () => {};
    /** @type {((id: string) => Promise<unknown>)|null} null: no Resolve button (the wallboard) */
    this.onResolve = null;
  }

  /**
   * @param {(alertId: string) => Promise<unknown>} handler settles when the trainer has answered;
   *   a rejection's message is shown on the alert (the wallboard's handler never rejects)
   */
  bindAcknowledge(handler) {
    this.onAcknowledge = handler;
  }

  /**
   * Adds a Resolve button to acknowledged alerts (the trainee console). Bind before the first
   * setAlerts. @param {(alertId: string) => Promise<unknown>} handler as for bindAcknowledge
   */
  bindResolve(handler) {
    this.onResolve = handler;
  }

  /**
   * @param {Alert[]} alerts newest first, resolved ones included
   * @param {(t: number) => string} clockAt
   */
  setAlerts(alerts, clockAt) {
    let open = 0;
    const shown = [];
    for (const alert of alerts) {
      let row = this.rows.get(alert.id);
      if (alert.state === 'resolved') {
        if (row && !row.fading) row.fade(() => this.rows.delete(alert.id));
        if (row) row.update(alert, clockAt);
        if (row) shown.push(row);
        continue;
      }
      open++;
      if (!row) {
        row = new AlertRow(alert, (id) => this.onAcknowledge(id), this.onResolve);
        this.rows.set(alert.id, row);
      }
      row.update(alert, clockAt);
      shown.push(row);
    }
    shown.forEach((row, i) => {
      if (this.list.children[i] !== row.el) this.list.insertBefore(row.el, this.list.children[i] || null);
    });
    for (const [id, row] of this.rows) {
      if (!shown.includes(row)) {
        row.el.remove();
        this.rows.delete(id);
      }
    }
    setText(this.count, open ? `${open} open` : 'none open');
    this.count.dataset.level = open ? 'watch' : 'ok';
    this.empty.hidden = shown.length > 0;
  }
}

class AlertRow {
  /**
   * @param {Alert} alert @param {(id: string) => Promise<unknown>} acknowledge
   * @param {((id: string) => Promise<unknown>)|null} [resolve] null: no Resolve button
   */
  constructor(alert, acknowledge, resolve = null) {
    this.fading = false;
    this.severity = h('span', { class: 'alert-severity' });
    this.title = h('strong', { class: 'alert-title' });
    this.time = h('span', { class: 'alert-time' });
    this.message = h('p', { class: 'alert-message' });
    this.state = h('span', { class: 'alert-state' });
    this.refusal = h('p', { class: 'alert-refusal', role: 'alert', hidden: true });
    this.ack = this.#button('Acknowledge', 'ack', () => acknowledge(alert.id));
    this.resolve = resolve ? this.#button('Resolve', 'resolve', () => resolve(alert.id)) : null;
    this.el = h('li', { class: 'alert', 'data-alert': alert.id },
      h('div', { class: 'alert-head' }, this.severity, this.title, this.time),
      this.message,
      h('div', { class: 'alert-foot' }, this.state, h('span', { class: 'alert-buttons' }, this.ack, this.resolve)),
      this.refusal);
  }

  /** A button that stays disabled until its answer, and shows a refusal under the alert. @param {string} label @param {string} cls @param {() => Promise<unknown>} act */
  #button(label, cls, act) {
    const button = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: `secondary ${cls}` }, label));
    button.addEventListener('click', () => {
      button.disabled = true;
      this.refusal.hidden = true;
      act().catch((e) => {
        setText(this.refusal, e?.message || String(e));
        this.refusal.hidden = false;
      }).finally(() => { button.disabled = false; });
    });
    return button;
  }

  /** @param {Alert} a @param {(t: number) => string} clockAt */
  update(a, clockAt) {
    const severity = SEVERITY[a.severity] || SEVERITY.warning;
    this.el.dataset.severity = a.severity;
    this.el.dataset.state = a.state;
    setText(this.severity, `${severity.icon} ${severity.word}`);
    setText(this.title, a.title);
    setText(this.time, `raised ${clockAt(a.raisedAt)}`);
    setText(this.message, a.message);
    setText(this.state, a.state === 'resolved' && a.resolvedAt != null
      ? `Resolved ${clockAt(a.resolvedAt)}` : STATE_WORD[a.state] || a.state);
    this.ack.hidden = a.state !== 'raised';
    if (this.resolve) this.resolve.hidden = a.state !== 'acknowledged';
  }

  /** @param {() => void} done */
  fade(done) {
    this.fading = true;
    this.el.classList.add('fading');
    setTimeout(() => {
      this.el.remove();
      done();
    }, FADE_MS);
  }
}
