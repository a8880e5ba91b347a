// The start form: the scenarios as choosable cards, speed, seed and the start button.
import { h, $ } from './dom.js';
import { CHANNEL, slaTarget } from '../format.js';

/** @typedef {{id:string,title:string,summary:string,hours:number,startClock:string,agents:number,
 *   queues:{id:string,name:string,channel:string,slTarget:number,slThresholdSeconds:number}[]}} Scenario */
/** @typedef {{scenario:string, speed:number, seed?:number}} StartRequest */

export class StartFormView {
  constructor(root = document) {
    this.form = /** @type {HTMLFormElement} */ ($('#start-form', root));
    this.list = $('#scenario-list', this.form);
    this.error = $('#start-error', this.form);
    this.done = $('#start-done', this.form);
    this.button = /** @type {HTMLButtonElement} */ ($('button[type=submit]', this.form));
  }

  /** @param {Scenario[]} scenarios */
  setScenarios(scenarios) {
    this.list.replaceChildren(...scenarios.map((s, i) => scenarioCard(s, i === 0)));
    this.button.disabled = scenarios.length === 0;
  }

  /** @param {(request: StartRequest) => void} handler */
  bindStart(handler) {
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(this.form);
      const seedText = String(data.get('seed') || '').trim();
      if (!data.get('scenario')) return this.showError('Choose a scenario first.');
      if (seedText && !(/^-?\d+$/.test(seedText) && Number.isSafeInteger(Number(seedText)))) {
        return this.showError('The seed must be a whole number of at most 15 digits, such as 42.');
      }
      /** @type {StartRequest} */
      const request = { scenario: String(data.get('scenario')), speed: Number(data.get('speed')) };
      if (seedText) request.seed = Number(seedText);
      handler(request);
    });
  }

  /** @param {boolean} busy */
  setBusy(busy) {
    this.button.disabled = busy;
    this.button.textContent = busy ? 'Starting…' : 'Start exercise';
  }

  /** @param {string} message */
  showError(message) {
    this.done.hidden = true;
    this.error.textContent = message;
    this.error.hidden = false;
  }

  /** @param {{title:string, links:{wallboard:string, observer:string}}} exercise */
  showStarted(exercise) {
    this.error.hidden = true;
    this.done.replaceChildren('Started “', exercise.title, '”. ',
      h('a', { href: exercise.links.wallboard, class: 'button-link' }, 'Open wallboard →'));
    this.done.hidden = false;
  }
}

/** @param {Scenario} s @param {boolean} checked */
function scenarioCard(s, checked) {
  return h('label', { class: 'scenario', 'data-scenario': s.id },
    h('input', { type: 'radio', name: 'scenario', value: s.id, checked }),
    h('span', { class: 'scenario-body' },
      h('strong', { class: 'scenario-title' }, s.title),
      h('span', { class: 'scenario-summary' }, s.summary),
      h('span', { class: 'scenario-facts' }, `${s.hours} h from ${s.startClock} · ${s.agents} agents`),
      h('ul', { class: 'scenario-queues' }, ...s.queues.map((q) =>
        h('li', null, h('span', { class: 'q-name' }, q.name), ' ',
          h('span', { class: 'chip' }, CHANNEL[q.channel] || q.channel), ' ',
          h('span', { class: 'q-target' }, slaTarget(q.slTarget, q.slThresholdSeconds)))))));
}
