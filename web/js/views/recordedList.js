// The recorded exercises (the journal): each with Replay and Export, and the import of a
// journal file another trainer exported, with its problems listed line by line.
import { h, $, setText } from './dom.js';

/**
 * @typedef {{id:string, scenarioId:string, scenarioTitle:string, seed:number, softwareVersion:string, createdAt:string,
 *   state:string, cohort?:string|null, trainee?:string|null, origin?:string, entries:number}} Recorded
 */

const STATE = /** @type {Record<string, string>} */ ({
  running: '▶ Running', paused: '❚❚ Paused', finished: '■ Day finished', stopped: '■ Stopped',
  interrupted: '⚠ Interrupted', imported: '⇪ Imported',
});

export class RecordedListView {
  constructor() {
    this.rows = $('#recorded-rows');
    this.empty = $('#recorded-empty');
    this.error = $('#recorded-error');
    this.importResult = $('#import-result');
    this.file = /** @type {HTMLInputElement} */ ($('#import-file'));
    this.key = '';
    /** @type {(id: string) => void} */ this.onExport = () => {};
  }

  /** @param {(id: string) => void} handler */
  bindExport(handler) {
    this.onExport = handler;
  }

  /** @param {(file: File) => void} handler */
  bindImport(handler) {
    this.file.addEventListener('change', () => {
      const file = this.file.files?.[0];
      this.file.value = '';
      if (file) handler(file);
    });
  }

  /** @param {Recorded[]} list newest first */
  setRecorded(list) {
    this.error.hidden = true;
    const key = JSON.stringify(list.map((r) => [r.id, r.state, r.entries]));
    if (key === this.key) return;
    this.key = key;
    this.empty.hidden = list.length > 0;
    // The entry count shows only if the trainer gives it.
    const counted = list.some((r) => typeof r.entries === 'number');
    document.querySelectorAll('.recorded-table .col-entries').forEach((el) => { /** @type {HTMLElement} */ (el).hidden = !counted; });
    this.rows.replaceChildren(...list.map((r) => {
      const exportButton = h('button', { type: 'button', class: 'secondary small-button', 'data-act': 'export' }, '⇩ Export');
      exportButton.addEventListener('click', () => this.onExport(r.id));
      const origin = r.origin && r.origin !== 'live' ? ` · ${r.origin}` : '';
      return h('tr', { 'data-exercise': r.id, 'data-state': r.state },
        h('th', { scope: 'row' }, r.trainee || h('span', { class: 'muted' }, 'no label'), h('span', { class: 'rec-id' }, ` ${r.id}`)),
        h('td', null, r.scenarioTitle || r.scenarioId, h('span', { class: 'muted small' }, ` · seed ${r.seed}`)),
        h('td', { class: 'rec-state', 'data-state': r.state }, (STATE[r.state] || r.state) + origin),
        h('td', { class: 'rec-time' }, when(r.createdAt)),
        h('td', { class: 'num col-entries', hidden: !counted }, String(r.entries ?? '–')),
        h('td', { class: 'rec-actions' },
          h('a', { href: `/replay.html?of=${encodeURIComponent(r.id)}`, target: '_blank', rel: 'opener', class: 'button-link small-button', 'data-act': 'replay' }, '▶ Replay'),
          ' ', exportButton, ' ',
          h('a', { href: `/debrief.html?exercise=${encodeURIComponent(r.id)}&record=1`, target: '_blank', rel: 'opener', class: 'rec-record', 'data-act': 'record',
            title: 'The debrief with your notes, for the trainee’s portfolio (while the exercise is still listed on this trainer)' }, 'Record')));
    }));
  }

  /** @param {string} message */
  showError(message) {
    setText(this.error, message);
    this.error.hidden = !message;
  }

  /** @param {string} message */
  showImported(message) {
    this.importResult.replaceChildren(h('p', { class: 'message-ok' }, message));
    this.importResult.hidden = false;
  }

  /** Every problem the trainer named, one per line. @param {string} heading @param {string[]} problems */
  showImportProblems(heading, problems) {
    this.importResult.replaceChildren(h('div', { class: 'message-error import-problems' },
      h('strong', null, heading),
      problems.length ? h('ol', null, ...problems.map((p) => h('li', null, p))) : null));
    this.importResult.hidden = false;
  }
}

/** "23 Nov 20:45" in the viewer's own time zone. @param {string} iso */
function when(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso || '–';
  return d.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
