// The exercises on this trainer: what runs, where it stands, and the links to watch it.
import { h, $, setText } from './dom.js';

/** @typedef {{id:string,title:string,state:string,clock:string,speed:number,openAlerts:number,trainee?:string,
 *   links:{wallboard:string, observer:string, console?:string, debrief?:string},
 *   access?:{joinCode:string, observerLink:string}}} ExerciseInfo */

const STATE_WORD = { running: 'Running', paused: 'Paused', finished: 'Finished', stopped: 'Stopped' };

export class ExerciseListView {
  constructor(root = document) {
    this.list = $('#exercise-list', root);
    this.empty = $('#exercise-empty', root);
    this.error = $('#exercise-error', root);
    /** @type {Map<string, {row: HTMLElement, state: HTMLElement, clock: HTMLElement, alerts: HTMLElement, links: HTMLElement}>} */
    this.rows = new Map();
  }

  /** @param {ExerciseInfo[]} exercises newest first */
  setExercises(exercises) {
    this.error.hidden = true;
    this.empty.hidden = exercises.length > 0;
    const seen = new Set();
    exercises.forEach((exercise, index) => {
      seen.add(exercise.id);
      const row = this.rows.get(exercise.id) || this.#newRow(exercise);
      this.#update(row, exercise);
      if (this.list.children[index] !== row.row) this.list.insertBefore(row.row, this.list.children[index] || null);
    });
    for (const [id, row] of this.rows) {
      if (!seen.has(id)) {
        row.row.remove();
        this.rows.delete(id);
      }
    }
  }

  /** @param {string} message */
  showError(message) {
    this.error.textContent = message;
    this.error.hidden = false;
  }

  /** @param {ExerciseInfo} e */
  #newRow(e) {
    const state = h('span', { class: 'badge' });
    const clock = h('span', { class: 'ex-clock' });
    const alerts = h('span', { class: 'ex-alerts' });
    const links = h('div', { class: 'ex-links' });
    const row = h('li', { class: 'exercise', 'data-exercise': e.id },
      h('div', { class: 'ex-title' }, h('strong', null, e.trainee ? `${e.trainee} · ${e.title}` : e.title), h('span', { class: 'ex-id' }, e.id)),
      h('div', { class: 'ex-status' }, state, clock, alerts),
      links);
    const parts = { row, state, clock, alerts, links };
    this.rows.set(e.id, parts);
    return parts;
  }

  /** @param {{row: HTMLElement, state: HTMLElement, clock: HTMLElement, alerts: HTMLElement, links: HTMLElement}} parts @param {ExerciseInfo} e */
  #update(parts, e) {
    setText(parts.state, STATE_WORD[/** @type {keyof STATE_WORD} */ (e.state)] || e.state);
    parts.state.dataset.state = e.state;
    setText(parts.clock, `${e.clock} · ${e.speed}× speed`);
    setText(parts.alerts, e.openAlerts === 1 ? '1 open alert' : `${e.openAlerts} open alerts`);
    parts.alerts.dataset.level = e.openAlerts > 0 ? 'watch' : 'ok';
    const live = e.state !== 'stopped';
    if (parts.links.dataset.live !== String(live)) {
      parts.links.dataset.live = String(live);
      parts.links.replaceChildren(...(live ? linkControls(e) : [h('span', { class: 'muted' }, 'Ended'), debriefLink(e)]));
    }
  }
}

/** @param {ExerciseInfo} e */
function linkControls(e) {
  // The observer link carries its own read-only token; without it (not a trainer's view) there is none to share.
  const observerUrl = new URL(e.access?.observerLink || e.links.observer, location.href).href;
  const field = /** @type {HTMLInputElement} */ (h('input', {
    type: 'text', readonly: true, value: observerUrl, class: 'observer-url', 'aria-label': 'Observer link',
    onfocus: (/** @type {Event} */ ev) => /** @type {HTMLInputElement} */ (ev.target).select(),
  }));
  const copy = h('button', { type: 'button', class: 'secondary copy' }, 'Copy observer link');
  copy.addEventListener('click', () => copyText(field, copy, 'Copy observer link'));
  return [
    h('a', { href: e.links.wallboard, class: 'button-link wallboard-link' }, 'Open wallboard'),
    e.access ? h('span', { class: 'join-code', title: 'The trainee types this on the start page to join' },
      'Join code ', h('strong', { class: 'code' }, e.access.joinCode)) : null,
    debriefLink(e),
    h('div', { class: 'observer' }, field, copy),
  ].filter((x) => x !== null);
}

/** The debrief: live while the exercise runs, final once it is over. @param {ExerciseInfo} e */
function debriefLink(e) {
  return h('a', { href: e.links.debrief || `/debrief.html?exercise=${encodeURIComponent(e.id)}`, class: 'debrief-link' }, 'Debrief');
}

/**
 * Copies a field's text, saying so on the button for two seconds.
 * @param {HTMLInputElement} field @param {HTMLElement} button @param {string} word the button's own word
 */
export async function copyText(field, button, word) {
  let copied = false;
  try {
    await navigator.clipboard.writeText(field.value);
    copied = true;
  } catch {
    field.select();
    copied = document.execCommand?.('copy') ?? false;
  }
  button.textContent = copied ? 'Copied ✓' : 'Press Ctrl+C to copy';
  setTimeout(() => { button.textContent = word; }, 2000);
}
