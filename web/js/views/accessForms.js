// The start page's ways in: the trainer signs in with the trainer key; a trainee joins an
// exercise with a join code. Each is a one-field form with its error under it.
import { $, setText } from './dom.js';

class OneFieldForm {
  /** @param {string} formId @param {string} inputId @param {string} errorId @param {string} busyWord */
  constructor(formId, inputId, errorId, busyWord) {
    this.form = /** @type {HTMLFormElement} */ ($(formId));
    this.input = /** @type {HTMLInputElement} */ ($(inputId));
    this.error = $(errorId);
    this.button = /** @type {HTMLButtonElement} */ ($('button[type=submit]', this.form));
    this.idleWord = this.button.textContent || '';
    this.busyWord = busyWord;
  }

  /** @param {(value: string) => void} handler called with the trimmed value, never empty */
  bindSubmit(handler) {
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      const value = this.input.value.trim();
      if (!value) {
        this.showError(this.emptyMessage());
        this.input.focus();
        return;
      }
      handler(value);
    });
  }

  /** @returns {string} */
  emptyMessage() {
    return 'Fill this in first.';
  }

  /** @param {boolean} busy */
  setBusy(busy) {
    this.button.disabled = busy;
    setText(this.button, busy ? this.busyWord : this.idleWord);
  }

  /** @param {string} message empty hides it */
  showError(message) {
    setText(this.error, message);
    this.error.hidden = !message;
  }
}

export class SignInView extends OneFieldForm {
  constructor() {
    super('#sign-in-form', '#trainer-key', '#sign-in-error', 'Checking…');
    this.panel = $('#sign-in-panel');
    this.who = $('#who');
    this.signOutButton = $('#sign-out');
    /** @type {HTMLElement[]} */
    this.trainerOnly = [$('#start-panel'), $('#exercises-panel')];
  }

  emptyMessage() {
    return 'Paste the trainer key first.';
  }

  /** Shows the sign-in form, or the trainer's own panels and a way out. @param {boolean} signedIn */
  setSignedIn(signedIn) {
    this.panel.hidden = signedIn;
    this.who.hidden = !signedIn;
    for (const panel of this.trainerOnly) panel.hidden = !signedIn;
    if (!signedIn) this.input.value = '';
  }

  /** @param {() => void} handler */
  bindSignOut(handler) {
    this.signOutButton.addEventListener('click', handler);
  }
}

export class JoinView extends OneFieldForm {
  constructor() {
    super('#join-form', '#join-code', '#join-error', 'Joining…');
  }

  emptyMessage() {
    return 'Type the join code your trainer gave you, such as K7M2-Q9XW.';
  }

  /** @param {string} code */
  setCode(code) {
    this.input.value = code;
  }
}
