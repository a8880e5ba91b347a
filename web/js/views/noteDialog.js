// An observation note on one exercise, or on every selected one, at its current simulated time.
import { h, $, setText } from './dom.js';

/** @typedef {import('./injectDialog.js').Target} Target */
/** @typedef {import('./injectDialog.js').Answer} Answer */

const MAX = 1000;

export class NoteDialogView {
  constructor() {
    this.dialog = /** @type {HTMLDialogElement} */ ($('#note-dialog'));
    this.form = /** @type {HTMLFormElement} */ ($('#note-form'));
    this.text = /** @type {HTMLTextAreaElement} */ ($('#note-text'));
    this.targetsText = $('#note-targets');
    this.answers = $('#note-answers');
    this.send = /** @type {HTMLButtonElement} */ ($('#note-send'));
    /** @type {Target[]} */ this.targets = [];
    $('#note-close').addEventListener('click', () => this.dialog.close());
  }

  /** @param {Target[]} targets */
  open(targets) {
    this.targets = targets;
    setText(this.targetsText, targets.length === 1 ? `on ${targets[0].label}` : `on ${targets.length} exercises: ${targets.map((t) => t.label).join(', ')}`);
    this.answers.hidden = true;
    this.text.value = '';
    this.dialog.showModal();
    this.text.focus();
  }

  /** @param {(text: string, targets: Target[]) => Promise<Answer[]>} handler */
  bindSend(handler) {
    this.form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = this.text.value.trim();
      if (!text) return this.#show([{ id: '', label: 'Note', ok: false, message: 'Write what you saw first.' }]);
      if (text.length > MAX) return this.#show([{ id: '', label: 'Note', ok: false, message: `At most ${MAX} characters; this is ${text.length}.` }]);
      this.send.disabled = true;
      try {
        const answers = await handler(text, this.targets);
        this.#show(answers);
        if (answers.every((a) => a.ok)) this.text.value = '';
      } finally {
        this.send.disabled = false;
      }
    });
  }

  /** @param {Answer[]} answers */
  #show(answers) {
    this.answers.replaceChildren(...answers.map((a) => h('li', { 'data-kind': a.ok ? 'ok' : 'error', 'data-exercise': a.id },
      h('strong', null, `${a.ok ? '✓' : '✕'} ${a.label}: `), a.message)));
    this.answers.hidden = answers.length === 0;
  }
}
