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
  }

  /** @param {(alertId: string) => Promise<unknown>} handler settles when the trainer has answered */
  bindAcknowledge(handler) {
    this.onAcknowledge = handler;
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
        row = new AlertRow(alert, (id) => this.onAcknowledge(id));
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
  /** @param {Alert} alert @param {(id: string) => Promise<unknown>} acknowledge */
  constructor(alert, acknowledge) {
    this.fading = false;
    this.severity = h('span', { class: 'alert-severity' });
    this.title = h('strong', { class: 'alert-title' });
    this.time = h('span', { class: 'alert-time' });
    this.message = h('p', { class: 'alert-message' });
    this.state = h('span', { class: 'alert-state' });
    this.ack = h('button', { type: 'button', class: 'secondary ack' }, 'Acknowledge');
    this.ack.addEventListener('click', () => {
      const button = /** @type {HTMLButtonElement} */ (this.ack);
      button.disabled = true;
      acknowledge(alert.id).finally(() => { button.disabled = false; });
    });
    this.el = h('li', { class: 'alert', 'data-alert': alert.id },
      h('div', { class: 'alert-head' }, this.severity, this.title, this.time),
      this.message,
      h('div', { class: 'alert-foot' }, this.state, this.ack));
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
