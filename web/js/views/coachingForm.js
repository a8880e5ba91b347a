// The coaching form: who, when, how long, and a structured note — SBI or BOOST with its parts,
// a SMART objective, the agent's figures (filled in from the agent table) and the agent's input.
import { h } from './dom.js';
import { FormError, actionForm, field, input, numberInput, radios, textarea } from './formKit.js';
import { duration, isFigure, percent } from '../format.js';

/** @typedef {import('./interventions.js').Ctx} Ctx */

const PARTS = {
  SBI: [['situation', 'Situation', 'When and where: “On Tuesday’s billing calls…”'],
    ['behaviour', 'Behaviour', 'What you saw or heard, not a judgement'],
    ['impact', 'Impact', 'What it did to the customer, the team or the figures']],
  BOOST: [['balanced', 'Balanced', 'What is going well as well as what is not'],
    ['observed', 'Observed', 'What you saw or heard yourself'],
    ['objective', 'Objective', 'Facts and figures, not opinions'],
    ['specific', 'Specific', 'The exact calls or behaviours'],
    ['timely', 'Timely', 'Why now, how soon after the event']],
};

/** The agent's figures as a coach would quote them. @param {any} a */
export function agentFigures(a) {
  if (!a) return '';
  const parts = [];
  if (isFigure(a.ahtSeconds)) parts.push(`AHT ${duration(a.ahtSeconds)} (${Math.round(a.ahtSeconds)} s)`);
  if (isFigure(a.csat)) parts.push(`CSAT ${a.csat.toFixed(1)} (${a.surveys} surveys)`);
  if (isFigure(a.fcrRate)) parts.push(`FCR ${percent(a.fcrRate)}`);
  if (isFigure(a.qaAverage)) parts.push(`QA ${Math.round(a.qaAverage)} (${a.qaEvaluations} evaluations, ${a.qaFlagged} flagged)`);
  parts.push(`${a.handled} contacts handled`);
  return parts.join(' · ');
}

/** The next half hour after "HH:MM": "09:47" → "10:00". @param {string} clock */
function nextHalfHour(clock) {
  const [hh, mm] = clock.split(':').map(Number);
  if (!Number.isFinite(hh)) return '';
  const m = (Math.floor((hh * 60 + mm) / 30) + 1) * 30;
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export class CoachingForm {
  /** @param {Ctx} ctx */
  constructor(ctx) {
    this.ctx = ctx;
    this.autoFigures = '';
    this.parts = h('div', { class: 'note-parts' });
    this.agent = ctx.choices.select('agent', 'agent', { placeholder: 'Choose an agent…', onchange: (id) => this.#fillFigures(id) });
    this.figures = /** @type {HTMLTextAreaElement} */ (textarea('figures', { rows: 2, maxlength: 500 }));
    this.at = /** @type {HTMLInputElement} */ (input('at', { placeholder: 'HH:MM', pattern: '\\d{1,2}:\\d{2}', class: 'clock-input' }));
    const model = radios('model', [['SBI', 'SBI'], ['BOOST', 'BOOST']], 'SBI');
    model.addEventListener('change', (e) => this.#showParts(/** @type {HTMLInputElement} */ (e.target).value));
    this.el = actionForm({
      action: 'schedule-coaching', id: 'form-coaching', title: 'Schedule coaching', submit: 'Book coaching',
      help: 'Book it where the forecast is quiet. Quote the agent’s figures and record what they said.',
      body: [
        h('div', { class: 'row' }, field('Agent', this.agent),
          field('At (HH:MM)', this.at), field('Minutes (10–120)', numberInput('minutes', 10, 120, { value: 30 }))),
        h('fieldset', { class: 'field' }, h('legend', { class: 'field-label' }, 'Feedback model'), model),
        this.parts,
        h('fieldset', { class: 'field smart' }, h('legend', { class: 'field-label' }, 'SMART objective'),
          h('div', { class: 'row' },
            field('Specific', input('objective-specific', { maxlength: 200, placeholder: 'What exactly will change' })),
            field('Measure', input('objective-measure', { maxlength: 200, placeholder: 'e.g. QA score' }))),
          h('div', { class: 'row' },
            field('Target', input('objective-target', { maxlength: 200, placeholder: 'A number: e.g. 80 or more' })),
            field('By (date)', input('objective-date', { maxlength: 200, placeholder: 'e.g. in 4 weeks, 30 June' })))),
        field('The agent’s figures', this.figures, 'Filled in from the agent table; edit to quote what matters.'),
        field('The agent’s input', textarea('agentInput', { rows: 2, maxlength: 500, placeholder: 'What the agent said, in their words' })),
      ],
      read: (r) => this.#read(r),
    }, ctx.send);
    this.#showParts('SBI');
  }

  /** Starts a note for this agent: chosen, figures in, time suggested. @param {string} agentId */
  prefill(agentId) {
    this.agent.value = agentId;
    this.#fillFigures(agentId, true);
    if (!this.at.value) this.at.value = nextHalfHour(this.ctx.clock());
  }

  /** @param {string} id @param {boolean} [force] */
  #fillFigures(id, force = false) {
    const text = agentFigures(this.ctx.agent(id));
    // Replace what we wrote before, never what the trainee wrote.
    if (force || !this.figures.value.trim() || this.figures.value === this.autoFigures) {
      this.figures.value = text;
      this.autoFigures = text;
    }
    if (!this.at.value) this.at.value = nextHalfHour(this.ctx.clock());
  }

  /** @param {string} model */
  #showParts(model) {
    const kept = new Map([...this.parts.querySelectorAll('textarea')].map((t) => [/** @type {HTMLTextAreaElement} */ (t).name, /** @type {HTMLTextAreaElement} */ (t).value]));
    this.parts.replaceChildren(...PARTS[/** @type {'SBI'|'BOOST'} */ (model)].map(([name, label, hint]) =>
      field(label, textarea(`part-${name}`, { rows: 2, maxlength: 500, placeholder: hint }))));
    for (const t of this.parts.querySelectorAll('textarea')) {
      const area = /** @type {HTMLTextAreaElement} */ (t);
      area.value = kept.get(area.name) || '';
    }
    this.parts.dataset.model = model;
  }

  /** @param {ReturnType<typeof import('./formKit.js').reader>} r */
  #read(r) {
    const at = r.need('at', 'At');
    if (!/^\d{1,2}:\d{2}$/.test(at)) throw new FormError('At: a clock time such as 14:30.');
    const model = /** @type {'SBI'|'BOOST'} */ (r.text('model') || 'SBI');
    /** @type {Record<string, string>} */
    const parts = {};
    for (const [name] of PARTS[model]) parts[name] = r.text(`part-${name}`);
    return {
      agent: r.need('agent', 'Agent'),
      at,
      minutes: r.number('minutes', 'Minutes', 10, 120),
      note: {
        model, parts,
        objective: { specific: r.text('objective-specific'), measure: r.text('objective-measure'),
          target: r.text('objective-target'), date: r.text('objective-date') },
        figures: r.text('figures'),
        agentInput: r.text('agentInput'),
      },
    };
  }
}
