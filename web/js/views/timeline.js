// One line of what has happened: incidents, pauses, speed changes, the end of the day.
import { h, $ } from './dom.js';

/** @typedef {import('../store.js').ExerciseEvent} ExerciseEvent */

const SHOWN = 12;
const ICON = {
  'incident-started': '⚡', 'incident-ended': '✓', 'case-deadline-passed': '⏰',
  'exercise-paused': '❚❚', 'exercise-resumed': '▶', 'speed-changed': '»',
  'exercise-finished': '■', 'exercise-stopped': '■',
};

export class TimelineView {
  constructor(root = document) {
    this.list = $('#event-list', root);
    this.empty = $('#event-empty', root);
    this.lastKey = '';
  }

  /** @param {ExerciseEvent[]} events oldest first */
  setEvents(events) {
    const recent = events.slice(-SHOWN).reverse();
    const key = recent.map((e) => e.seq).join(',');
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.empty.hidden = recent.length > 0;
    this.list.replaceChildren(...recent.map((e) => h('li', { class: 'event', 'data-kind': e.kind },
      h('time', null, e.clock), ' ', h('span', { class: 'event-icon', 'aria-hidden': 'true' }, ICON[/** @type {keyof ICON} */ (e.kind)] || '•'), ' ', e.summary)));
  }
}
