// Injecting an incident live, into one exercise or every selected one: the type, then the
// fields that type takes (docs/scenarios.md, "Incidents"), checked before sending, and the
// trainer's answer per exercise.
import { h, $, setText } from './dom.js';
import { FormError, reader } from './formKit.js';

/** @typedef {{id:string, label:string}} Target */
/** @typedef {{id:string, label:string, ok:boolean, message:string}} Answer */
/** @typedef {{id:string, name:string}} Named */
/** @typedef {{queues: Named[], agents: (Named & {team?:string})[]}} Centre */

const LEVELS = [['none', 'None'], ['low', 'Low'], ['medium', 'Medium'], ['high', 'High']];
const COMPLIANCE_KINDS = ['card-details-recorded', 'personal-data-disclosed', 'recording-consent-missing'];

/**
 * One field of a form: how to draw it and how to read it back into the incident.
 * @typedef {{draw: (c: Centre) => Node, read: (r: ReturnType<typeof reader>, form: HTMLFormElement, out: Record<string, any>) => void}} Field
 */

/** @param {string} name @param {string} label @param {number} min @param {number} max @param {{value?: number, required?: boolean, whole?: boolean, step?: number}} [o] @returns {Field} */
const num = (name, label, min, max, o = {}) => ({
  draw: () => row(label, h('input', { name, type: 'number', min, max, step: o.step ?? (o.whole ? 1 : 'any'), value: o.value ?? '', class: 'num', required: o.required })),
  read: (r, _f, out) => {
    const v = r.number(name, label, min, max, { whole: o.whole, optional: !o.required });
    if (v !== undefined) out[name] = v;
  },
});

/** @param {string} name @param {string} label @param {{value?: string, required?: boolean, long?: boolean, list?: string[], placeholder?: string}} [o] @returns {Field} */
const text = (name, label, o = {}) => ({
  draw: () => {
    const listId = o.list ? `list-${name}` : undefined;
    const control = o.long ? h('textarea', { name, rows: 2, placeholder: o.placeholder }, o.value || '')
      : h('input', { name, type: 'text', value: o.value || '', list: listId, autocomplete: 'off', placeholder: o.placeholder });
    return row(label, control, o.list ? h('datalist', { id: listId }, ...o.list.map((v) => h('option', { value: v }))) : null);
  },
  read: (r, _f, out) => {
    const v = o.required ? r.need(name, label) : r.text(name);
    if (v) out[name] = v;
  },
});

/** @param {string} name @param {string} label @param {string[][]} options @param {string} [value] @returns {Field} */
const choice = (name, label, options, value) => ({
  draw: () => row(label, h('select', { name }, ...options.map(([v, w]) => h('option', { value: v, selected: v === value }, w)))),
  read: (r, _f, out) => {
    const v = r.text(name);
    if (v) out[name] = v;
  },
});

/** @param {string} name @param {string} label @param {boolean} checked @returns {Field} */
const check = (name, label, checked) => ({
  draw: () => h('label', { class: 'check-row' }, h('input', { type: 'checkbox', name, checked }), ' ', label),
  read: (_r, form, out) => {
    out[name] = /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).checked;
  },
});

/** Queues as checkboxes; none ticked means every queue. @returns {Field} */
const queues = () => ({
  draw: (c) => group('Queues (none ticked: every queue)', h('span', { class: 'checks' }, ...c.queues.map((q) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'queues', value: q.id }), ' ', q.name)))),
  read: (r, _f, out) => {
    const v = r.all('queues');
    if (v.length) out.queues = v;
  },
});

/** @param {string} label @param {boolean} [required] @returns {Field} */
const queue = (label = 'Queue', required = false) => ({
  draw: (c) => row(label, h('select', { name: 'queue' }, h('option', { value: '' }, required ? 'Choose…' : '– none –'),
    ...c.queues.map((q) => h('option', { value: q.id }, q.name)))),
  read: (r, _f, out) => {
    const v = required ? r.need('queue', label) : r.text('queue');
    if (v) out.queue = v;
  },
});

/** One agent (who was involved). @returns {Field} */
const agent = () => ({
  draw: (c) => row('Agent involved', h('select', { name: 'agent' }, h('option', { value: '' }, '– none –'),
    ...sortedAgents(c).map((a) => h('option', { value: a.id }, a.name)))),
  read: (r, _f, out) => {
    const v = r.text('agent');
    if (v) out.agent = v;
  },
});

/** Named agents who go home, and/or a count at random from a team. @type {Field} */
const sickness = {
  draw: (c) => h('div', { class: 'field-group' },
    row('These agents go home (Ctrl-click for several)', h('select', { name: 'agents', multiple: true, size: 6 },
      ...sortedAgents(c).map((a) => h('option', { value: a.id }, `${a.name}${a.team ? ` · ${a.team}` : ''}`)))),
    row('And this many more, at random', h('input', { name: 'count', type: 'number', min: 0, max: 200, step: 1, value: 3, class: 'num' })),
    row('From team', h('select', { name: 'team' }, h('option', { value: '' }, 'Any team'),
      ...[...new Set(c.agents.map((a) => a.team).filter(Boolean))].sort().map((t) => h('option', { value: t }, t))))),
  read: (r, _f, out) => {
    const agents = r.all('agents');
    const n = r.number('count', 'How many more', 0, 200, { whole: true, optional: true }) ?? 0;
    if (agents.length === 0 && n < 1) throw new FormError('Sickness: choose agents, or a count of at least 1, or both.');
    if (agents.length) out.agents = agents;
    if (n) out.count = n;
    const team = r.text('team');
    if (team) out.team = team;
  },
};

/** @type {Record<string, Field[]>} */
const FIELDS = {
  volume: [queues(), num('multiplier', 'Arrivals × (1.6 = 60% above forecast)', 0.05, 10, { value: 1.6, required: true, step: 0.1 }),
    num('durationMinutes', 'For minutes (0: the rest of the day)', 0, 1440, { value: 30 })],
  'handle-time': [text('system', 'Cause', { placeholder: 'e.g. CRM' }), queues(),
    num('multiplier', 'Talk time ×', 0.2, 5, { value: 1.5, required: true, step: 0.1 }),
    num('durationMinutes', 'For minutes (0: the rest of the day)', 0, 1440, { value: 30 })],
  outage: [text('system', 'System down', { value: 'CRM', required: true }), queues(),
    check('closesQueues', 'The queues take no new contacts (arrivals are blocked)', false),
    num('handleTimeMultiplier', 'Talk time × while agents work around it', 1, 5, { value: 1.8, step: 0.1 }),
    num('durationMinutes', 'For minutes', 1, 1440, { value: 60, required: true }),
    num('recoveryTimeObjectiveMinutes', 'Recovery-time objective, minutes', 1, 1440, { value: 60 })],
  sickness: [sickness],
  escalation: [queue('Came from queue'), text('customer', 'Customer', { placeholder: 'A customer' }),
    text('summary', 'What happened', { long: true }),
    choice('vulnerability', 'Vulnerability', LEVELS, 'none'), text('vulnerabilityNote', 'Vulnerability note'),
    choice('regulatoryRisk', 'Regulatory risk', LEVELS, 'none'), text('regulation', 'Regulation', { placeholder: 'e.g. FCA Consumer Duty' }),
    num('valueGbp', 'Value at stake, £', 0, 10_000_000), num('repeatCount', 'Contacts before', 0, 100, { whole: true }),
    num('deadlineMinutes', 'Time to decide, minutes', 1, 10080, { value: 60, required: true }),
    check('complaint', 'It is a formal complaint', true)],
  compliance: [text('kind', 'Kind', { value: 'card-details-recorded', required: true, list: COMPLIANCE_KINDS }), agent(), queue(),
    text('regulation', 'Regulation', { value: 'PCI DSS', required: true }), text('description', 'What happened', { long: true }),
    text('transcript', 'Transcript excerpt', { long: true }), num('reportDeadlineHours', 'Report within, hours', 0, 720, { value: 72 })],
};

export class InjectDialogView {
  constructor() {
    this.dialog = /** @type {HTMLDialogElement} */ ($('#inject-dialog'));
    this.form = /** @type {HTMLFormElement} */ ($('#inject-form'));
    this.type = /** @type {HTMLSelectElement} */ ($('#inject-type'));
    this.fields = $('#inject-fields');
    this.targetsText = $('#inject-targets');
    this.answers = $('#inject-answers');
    this.send = /** @type {HTMLButtonElement} */ ($('#inject-send'));
    /** @type {Target[]} */ this.targets = [];
    /** @type {Centre} */ this.centre = { queues: [], agents: [] };
    this.type.addEventListener('change', () => {
      this.answers.hidden = true;
      this.#drawFields();
    });
    $('#inject-close').addEventListener('click', () => this.dialog.close());
  }

  /** @param {Target[]} targets @param {Centre} centre the first target's queues and agents */
  open(targets, centre) {
    this.targets = targets;
    this.centre = centre;
    setText(this.targetsText, targets.length === 1 ? `into ${targets[0].label}` : `into ${targets.length} exercises: ${targets.map((t) => t.label).join(', ')}`);
    this.answers.hidden = true;
    this.#drawFields();
    this.dialog.showModal();
  }

  /** @param {(incident: Record<string, any>, targets: Target[]) => Promise<Answer[]>} handler */
  bindSend(handler) {
    this.form.addEventListener('submit', async (e) => {
      e.preventDefault();
      let incident;
      try {
        incident = this.#read();
      } catch (err) {
        this.#show([{ id: '', label: 'Check the form', ok: false, message: /** @type {Error} */ (err).message }]);
        return;
      }
      this.send.disabled = true;
      try {
        this.#show(await handler(incident, this.targets));
      } finally {
        this.send.disabled = false;
      }
    });
  }

  #drawFields() {
    const type = this.type.value;
    this.fields.replaceChildren(
      ...FIELDS[type].map((f) => f.draw(this.centre)),
      h('details', { class: 'more' }, h('summary', null, 'Id and title'),
        row('Title the trainee sees (optional)', h('input', { name: 'title', type: 'text', autocomplete: 'off' })),
        row('Id (optional, unique in the exercise)', h('input', { name: 'id', type: 'text', autocomplete: 'off', placeholder: 'the trainer names it' }))));
  }

  #read() {
    const r = reader(this.form);
    const type = this.type.value;
    /** @type {Record<string, any>} */
    const out = { type };
    const id = r.text('id');
    if (id) out.id = id; // else the trainer names it
    const title = r.text('title');
    if (title) out.title = title;
    for (const f of FIELDS[type]) f.read(r, this.form, out);
    return out;
  }

  /** @param {Answer[]} answers */
  #show(answers) {
    this.answers.replaceChildren(...answers.map((a) => h('li', { 'data-kind': a.ok ? 'ok' : 'error', 'data-exercise': a.id },
      h('strong', null, `${a.ok ? '✓' : '✕'} ${a.label}: `), a.message)));
    this.answers.hidden = answers.length === 0;
  }
}

/** @param {string} label @param {...(Node|null)} controls */
function row(label, ...controls) {
  return h('label', { class: 'field-row' }, h('span', { class: 'field-label' }, label), ...controls.filter(Boolean));
}

/** Several controls under one caption (a label would tick the first box when its words are clicked). @param {string} label @param {Node} controls */
function group(label, controls) {
  return h('div', { class: 'field-row', role: 'group', 'aria-label': label }, h('span', { class: 'field-label' }, label), controls);
}

/** @param {Centre} c */
function sortedAgents(c) {
  return [...c.agents].sort((a, b) => a.name.localeCompare(b.name));
}
