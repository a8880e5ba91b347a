// The grid of exercises: a card each, the selection and the bar that acts on every selected
// exercise at once. It tells the station which cards are on screen, so only those stream.
import { $, setText } from './dom.js';
import { ExerciseCard } from './exerciseCard.js';

/** @typedef {import('./exerciseCard.js').ExerciseInfo} ExerciseInfo */
/** @typedef {import('./exerciseCard.js').CardHandlers} CardHandlers */
/**
 * @typedef {{pause:(ids:string[])=>void, resume:(ids:string[])=>void, speed:(ids:string[], x:number)=>void,
 *   stop:(ids:string[])=>void, inject:(ids:string[])=>void, note:(ids:string[])=>void}} BulkHandlers
 */

export class ExerciseGridView {
  /** @param {CardHandlers} cardHandlers @param {(id: string, visible: boolean) => void} onVisible */
  constructor(cardHandlers, onVisible) {
    this.grid = $('#grid');
    this.empty = $('#grid-empty');
    this.count = $('#grid-count');
    this.bulkCount = $('#bulk-count');
    this.bulkStatus = $('#bulk-status');
    this.selectAll = /** @type {HTMLInputElement} */ ($('#select-all'));
    this.showEnded = /** @type {HTMLInputElement} */ ($('#show-ended'));
    this.bulkButtons = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('#bulk button, #bulk select')]);
    /** @type {Map<string, ExerciseCard>} */
    this.cards = new Map();
    /** @type {Set<string>} */
    this.selected = new Set();
    /** @type {ExerciseInfo[]} */
    this.lastList = [];
    this.handlers = {
      ...cardHandlers,
      onSelect: (/** @type {string} */ id, /** @type {boolean} */ on) => {
        if (on) this.selected.add(id);
        else this.selected.delete(id);
        this.cards.get(id)?.setSelected(on);
        this.#drawSelection();
      },
    };
    this.visibility = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const id = /** @type {HTMLElement} */ (entry.target).dataset.exercise || '';
        const card = this.cards.get(id);
        if (card) onVisible(id, entry.isIntersecting && card.state !== 'stopped');
      }
    }, { rootMargin: '200px 0px' });
    this.selectAll.addEventListener('change', () => {
      for (const [id, card] of this.cards) {
        const on = this.selectAll.checked && card.state !== 'stopped';
        if (on) this.selected.add(id);
        else this.selected.delete(id);
        card.setSelected(on);
      }
      this.#drawSelection();
    });
    this.showEnded.addEventListener('change', () => this.setExercises(this.lastList));
    this.#drawSelection();
  }

  /** @param {ExerciseInfo[]} exercises newest first, as the list gives them */
  setExercises(exercises) {
    this.lastList = exercises;
    // Oldest first, so a cohort's cards keep their order as the hand-out's; replays live on their own page.
    const shown = exercises.filter((e) => e.kind !== 'replay' && (this.showEnded.checked || e.state !== 'stopped')).reverse();
    const seen = new Set();
    shown.forEach((info, index) => {
      seen.add(info.id);
      let card = this.cards.get(info.id);
      if (!card) {
        card = new ExerciseCard(info, this.handlers);
        this.cards.set(info.id, card);
        this.visibility.observe(card.el);
      } else {
        card.setInfo(info);
      }
      if (info.state === 'stopped' && this.selected.delete(info.id)) card.setSelected(false);
      if (this.grid.children[index] !== card.el) this.grid.insertBefore(card.el, this.grid.children[index] || null);
    });
    for (const [id, card] of this.cards) {
      if (seen.has(id)) continue;
      this.visibility.unobserve(card.el);
      card.el.remove();
      this.cards.delete(id);
      this.selected.delete(id);
    }
    const running = shown.filter((e) => e.state === 'running' || e.state === 'paused').length;
    setText(this.count, shown.length ? `${running} running or paused${shown.length > running ? `, ${shown.length - running} over` : ''}` : '');
    this.empty.hidden = shown.length > 0;
    this.#drawSelection();
  }

  /** @param {string} id @returns {ExerciseCard|undefined} */
  card(id) {
    return this.cards.get(id);
  }

  /** @param {BulkHandlers} on */
  bindBulk(on) {
    const ids = () => [...this.selected];
    $('#bulk-pause').addEventListener('click', () => on.pause(ids()));
    $('#bulk-resume').addEventListener('click', () => on.resume(ids()));
    const speed = /** @type {HTMLSelectElement} */ ($('#bulk-speed'));
    speed.addEventListener('change', () => {
      if (speed.value) on.speed(ids(), Number(speed.value));
      speed.value = '';
    });
    $('#bulk-inject').addEventListener('click', () => on.inject(ids()));
    $('#bulk-note').addEventListener('click', () => on.note(ids()));
    $('#bulk-stop').addEventListener('click', () => on.stop(ids()));
  }

  /** The outcome of a bulk action: "Paused 3 of 3". @param {string} message @param {'ok'|'error'} kind */
  showBulkStatus(message, kind) {
    setText(this.bulkStatus, `${kind === 'ok' ? '✓' : '✕'} ${message}`);
    this.bulkStatus.dataset.kind = kind;
    this.bulkStatus.hidden = !message;
  }

  #drawSelection() {
    const n = this.selected.size;
    setText(this.bulkCount, n === 0 ? 'None selected' : `${n} selected:`);
    for (const el of this.bulkButtons) /** @type {HTMLButtonElement} */ (el).disabled = n === 0;
    const selectable = [...this.cards.values()].filter((c) => c.state !== 'stopped').length;
    this.selectAll.checked = n > 0 && n === selectable;
    this.selectAll.indeterminate = n > 0 && n < selectable;
  }
}
