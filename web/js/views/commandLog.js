// Every command this console sent, newest first: what was asked, the why, and the trainer's
// answer — green with its message when accepted, red with the code and reason when not.
import { h, $, setText } from './dom.js';
import { ACTION_LABEL, summarise } from '../commands.js';

/** @typedef {import('../commands.js').CommandEntry} CommandEntry */

const KEPT = 200;
const STATUS_WORD = {
  pending: '… Sent', accepted: '✓ Accepted', refused: '✕ Refused', unsent: '✕ Not sent', 'no-answer': '? No answer yet',
};

export class CommandLogView {
  /** @param {(id: string) => string} nameOf agent, case or event id → its name */
  constructor(nameOf, root = document) {
    this.list = $('#command-log', root);
    this.empty = $('#command-empty', root);
    this.nameOf = nameOf;
    /** @type {Map<string, {el: HTMLElement, status: HTMLElement, message: HTMLElement}>} */
    this.rows = new Map();
  }

  /** @param {CommandEntry} entry */
  update(entry) {
    let row = this.rows.get(entry.id);
    if (!row) {
      row = this.#row(entry);
      this.rows.set(entry.id, row);
      this.list.prepend(row.el);
      while (this.list.children.length > KEPT) {
        const last = /** @type {HTMLElement} */ (this.list.lastElementChild);
        this.rows.delete(last.dataset.id || '');
        last.remove();
      }
    }
    row.el.dataset.status = entry.status;
    const word = STATUS_WORD[entry.status];
    // "refused" is the word already; other codes (bad-command, wrong-state...) say more.
    setText(row.status, entry.status === 'refused' && entry.code && entry.code !== 'refused' ? `${word} · ${entry.code}` : word);
    setText(row.message, entry.message || '');
    row.message.hidden = !entry.message;
    this.empty.hidden = true;
  }

  /** @param {CommandEntry} entry */
  #row(entry) {
    const status = h('span', { class: 'log-status' });
    const message = h('p', { class: 'log-message' });
    const el = h('li', { class: 'log-entry', 'data-id': entry.id, 'data-action': entry.action },
      h('div', { class: 'log-head' }, h('time', null, entry.clock), h('strong', null, ACTION_LABEL[entry.action] || entry.action), status),
      h('p', { class: 'log-what' }, summarise(entry.action, entry.params, this.nameOf)),
      entry.rationale ? h('p', { class: 'log-why' }, `Why: ${entry.rationale}`) : null,
      message);
    return { el, status, message };
  }
}
