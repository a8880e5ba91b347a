// The hand-out after launching a cohort: each trainee's join code (big, to read out or copy),
// the observer link for a wall screen, and the console link.
import { h, $, setText } from './dom.js';
import { copyText } from './exerciseList.js';

/** @typedef {{id:string, trainee?:string, title:string, links:{console?:string}, access?:{joinCode:string, observerLink:string}}} CohortExercise */

export class HandoutView {
  constructor(root = document) {
    this.el = $('#handout', root);
    this.what = $('#handout-what', root);
    this.rows = $('#handout-rows', root);
    this.where = $('#handout-where', root);
    $('#handout-close', root).addEventListener('click', () => { this.el.hidden = true; });
  }

  /** @param {string} title the scenario @param {CohortExercise[]} exercises */
  show(title, exercises) {
    setText(this.what, `${exercises.length} trainee${exercises.length === 1 ? '' : 's'} · ${title}`);
    setText(this.where, location.origin + '/');
    this.rows.replaceChildren(...exercises.map((e) => {
      const code = e.access?.joinCode || '–';
      const observer = new URL(e.access?.observerLink || '', location.href).href;
      const consoleUrl = new URL(e.links.console || `/console.html?exercise=${encodeURIComponent(e.id)}`, location.href).href;
      return h('tr', { 'data-exercise': e.id },
        h('th', { scope: 'row', class: 'handout-trainee' }, e.trainee || e.id),
        h('td', null, copyable(code, 'join-code-big', 'Copy code', `Join code for ${e.trainee || e.id}`)),
        h('td', null, copyable(observer, 'observer-url', 'Copy link', `Observer link for ${e.trainee || e.id}`)),
        h('td', null, h('a', { href: consoleUrl, class: 'console-url', target: '_blank', rel: 'opener',
          title: `${consoleUrl}: the trainee’s console. It opens only in a browser that has joined with the code.` }, 'Console ↗')));
    }));
    this.el.hidden = false;
  }
}

/**
 * A read-only field with a copy button.
 * @param {string} value @param {string} cls @param {string} word @param {string} label
 */
export function copyable(value, cls, word, label) {
  const field = /** @type {HTMLInputElement} */ (h('input', {
    type: 'text', readonly: true, value, class: cls, 'aria-label': label, size: Math.max(4, value.length),
    onfocus: (/** @type {Event} */ ev) => /** @type {HTMLInputElement} */ (ev.target).select(),
  }));
  const button = h('button', { type: 'button', class: 'secondary copy small-button' }, word);
  button.addEventListener('click', () => copyText(field, button, word));
  return h('span', { class: 'copyable' }, field, button);
}
