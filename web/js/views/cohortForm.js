// Launching a cohort: one scenario, one seed and speed, one exercise per trainee label.
import { $, setText } from './dom.js';
import { slaTarget } from '../format.js';

/** @typedef {import('./startForm.js').Scenario & {scored?: boolean, criteria?: string[]}} Scenario */
/** @typedef {{scenario:string, speed:number, seed?:number, trainees:string[]}} CohortRequest */

const MAX_TRAINEES = 30;
const MAX_LABEL = 40;

export class CohortFormView {
  constructor(root = document) {
    this.form = /** @type {HTMLFormElement} */ ($('#cohort-form', root));
    this.scenario = /** @type {HTMLSelectElement} */ ($('#cohort-scenario', root));
    this.note = $('#cohort-scenario-note', root);
    this.trainees = /** @type {HTMLTextAreaElement} */ ($('#cohort-trainees', root));
    this.error = $('#cohort-error', root);
    this.button = /** @type {HTMLButtonElement} */ ($('button[type=submit]', this.form));
    this.details = /** @type {HTMLDetailsElement} */ ($('#launch-details', root));
    this.touched = false;
    $('summary', this.details).addEventListener('click', () => { this.touched = true; });
    /** @type {Map<string, Scenario>} */
    this.scenarios = new Map();
    this.scenario.addEventListener('change', () => this.#describe());
  }

  /** @param {Scenario[]} scenarios */
  setScenarios(scenarios) {
    this.scenarios = new Map(scenarios.map((s) => [s.id, s]));
    this.scenario.replaceChildren(...scenarios.map((s) => new Option(`${s.title}${s.scored ? '' : ' (not scored)'}`, s.id)));
    this.button.disabled = scenarios.length === 0;
    this.#describe();
  }

  #describe() {
    const s = this.scenarios.get(this.scenario.value);
    setText(this.note, s ? `${s.hours} h from ${s.startClock} · ${s.agents} agents · `
      + s.queues.map((q) => `${q.name} ${slaTarget(q.slTarget, q.slThresholdSeconds)}`).join(' · ')
      + (s.criteria?.length ? ` · evidences ${s.criteria.join(', ')}` : '') : '');
  }

  /** @param {(request: CohortRequest) => void} handler */
  bindLaunch(handler) {
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(this.form);
      const seedText = String(data.get('seed') || '').trim();
      const trainees = String(data.get('trainees') || '').split('\n').map((t) => t.trim()).filter(Boolean);
      if (!data.get('scenario')) return this.showError('Choose a scenario first.');
      if (seedText && !(/^-?\d+$/.test(seedText) && Number.isSafeInteger(Number(seedText)))) {
        return this.showError('The seed must be a whole number of at most 15 digits, such as 42.');
      }
      if (trainees.length === 0) return this.showError('Write at least one trainee, one per line: a name or a label such as “Desk 3”.');
      if (trainees.length > MAX_TRAINEES) return this.showError(`At most ${MAX_TRAINEES} trainees in one cohort; you wrote ${trainees.length}.`);
      const long = trainees.find((t) => t.length > MAX_LABEL);
      if (long) return this.showError(`“${long.slice(0, 20)}…” is too long: at most ${MAX_LABEL} characters per trainee.`);
      if (new Set(trainees).size !== trainees.length) return this.showError('Two trainees have the same label: make each one different, so their cards can be told apart.');
      /** @type {CohortRequest} */
      const request = { scenario: String(data.get('scenario')), speed: Number(data.get('speed')), trainees };
      if (seedText) request.seed = Number(seedText);
      this.showError('');
      handler(request);
    });
  }

  /** @param {boolean} busy */
  setBusy(busy) {
    this.button.disabled = busy;
    setText(this.button, busy ? 'Launching…' : 'Launch');
  }

  /** @param {string} message empty hides it */
  showError(message) {
    setText(this.error, message);
    this.error.hidden = !message;
  }

  /** After a launch the labels are spent (a second launch would start the same people again), and the form folds away. */
  launched() {
    this.trainees.value = '';
    this.details.open = false;
  }

  /** Open when nothing runs yet; folded when the page opens on exercises under way. @param {boolean} open */
  setOpen(open) {
    if (!this.touched) this.details.open = open;
  }
}
