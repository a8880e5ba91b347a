// Building blocks of the console's forms: labelled fields, selects that follow the live lists
// (agents, queues, outages, changes), and the action form that sends one command with an
// optional "Why?" and shows the trainer's answer under its button.
import { h, setText } from './dom.js';

/** A check made before sending; its message names the field, as the trainer's own would. */
export class FormError extends Error {}

/** @typedef {{value:string, label:string, group?:string}} Choice */
/** @typedef {(action: string, params: Record<string, any>, rationale?: string) => Promise<any>} Send */

/** @param {string} label @param {Node} control @param {string} [hint] */
export function field(label, control, hint) {
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control,
    hint ? h('small', { class: 'field-hint' }, hint) : null);
}

/** @param {string} name @param {Record<string, any>} [attrs] */
export const input = (name, attrs = {}) => h('input', { name, type: 'text', autocomplete: 'off', ...attrs });

/** @param {string} name @param {Record<string, any>} [attrs] */
export const textarea = (name, attrs = {}) => h('textarea', { name, rows: 2, ...attrs });

/** @param {string} name @param {number} min @param {number} max @param {Record<string, any>} [attrs] */
export const numberInput = (name, min, max, attrs = {}) =>
  input(name, { type: 'number', min, max, inputmode: 'decimal', class: 'num', ...attrs });

/** @param {string} name @param {Array<[string, string]>} options value, label @param {string} [checked] */
export function radios(name, options, checked) {
  return h('span', { class: 'radios', role: 'radiogroup' }, ...options.map(([value, label]) =>
    h('label', { class: 'radio' }, h('input', { type: 'radio', name, value, checked: value === checked }), ' ', label)));
}

/** On / Off as two radios, "on" checked when it is. @param {boolean} [on] */
export const onOff = (on = true) => radios('on', [['true', 'On'], ['false', 'Off']], on ? 'true' : 'false');

/** The one line of why, optional on every command. */
export function whyField() {
  return field('Why?', input('rationale', { maxlength: 500, class: 'why', placeholder: 'Optional: one line, with the figure that made you act' }));
}

/**
 * Reads a form's values with checks that name the field.
 * @param {HTMLFormElement} form
 */
export function reader(form) {
  const data = new FormData(form);
  const text = (/** @type {string} */ name) => String(data.get(name) ?? '').trim();
  return {
    text,
    /** @param {string} name @param {string} label */
    need(name, label) {
      const value = text(name);
      if (!value) throw new FormError(`${label}: choose or write one first.`);
      return value;
    },
    /**
     * @param {string} name @param {string} label @param {number} min @param {number} max
     * @param {{whole?: boolean, optional?: boolean}} [o]
     * @returns {number|undefined}
     */
    number(name, label, min, max, o = {}) {
      const raw = text(name);
      if (!raw && o.optional) return undefined;
      const value = Number(raw);
      if (!raw || !Number.isFinite(value) || (o.whole && !Number.isInteger(value)) || value < min || value > max) {
        throw new FormError(`${label}: ${o.whole ? 'a whole number' : 'a number'} from ${min} to ${max}.`);
      }
      return value;
    },
    /** @param {string} name */
    all: (name) => data.getAll(name).map(String),
    /** @param {string} name */
    on: (name = 'on') => data.get(name) === 'true',
  };
}

/** Selects that follow a live list (agents, queues...): refilled when the list changes, keeping the choice. */
export class Choices {
  constructor() {
    /** @type {Map<string, Choice[]>} */ this.lists = new Map();
    /** @type {Map<string, string>} */ this.keys = new Map();
    /** @type {Map<string, Set<{el: HTMLSelectElement, placeholder: string, empty?: string}>>} */ this.selects = new Map();
  }

  /**
   * @param {string} kind @param {string} name
   * @param {{placeholder?: string, empty?: string, multiple?: boolean, size?: number, onchange?: (value: string) => void}} [o]
   *   placeholder: the first option while there is something to choose; empty: the words when there is nothing
   */
  select(kind, name, o = {}) {
    const el = /** @type {HTMLSelectElement} */ (h('select', { name, multiple: o.multiple, size: o.size }));
    const entry = { el, placeholder: o.multiple ? '' : (o.placeholder ?? 'Choose…'), empty: o.empty };
    if (!this.selects.has(kind)) this.selects.set(kind, new Set());
    /** @type {Set<any>} */ (this.selects.get(kind)).add(entry);
    fill(entry.el, this.lists.get(kind) || [], entry.placeholder, entry.empty);
    if (o.onchange) el.addEventListener('change', () => o.onchange?.(el.value));
    return el;
  }

  /** @param {string} kind @param {Choice[]} choices */
  set(kind, choices) {
    const key = JSON.stringify(choices);
    if (this.keys.get(kind) === key) return;
    this.keys.set(kind, key);
    this.lists.set(kind, choices);
    for (const { el, placeholder, empty } of this.selects.get(kind) || []) fill(el, choices, placeholder, empty);
  }

  /** @param {string} kind */
  list(kind) {
    return this.lists.get(kind) || [];
  }
}

/** @param {HTMLSelectElement} el @param {Choice[]} choices @param {string} placeholder @param {string} [empty] */
function fill(el, choices, placeholder, empty) {
  const chosen = new Set([...el.selectedOptions].map((o) => o.value));
  const option = (/** @type {Choice} */ c) => {
    const o = new Option(c.label, c.value);
    o.selected = chosen.has(c.value);
    return o;
  };
  /** @type {Node[]} */
  const nodes = placeholder ? [new Option(choices.length === 0 && empty ? empty : placeholder, '')] : [];
  const groups = new Map();
  for (const c of choices) {
    if (!c.group) {
      nodes.push(option(c));
      continue;
    }
    if (!groups.has(c.group)) {
      const g = h('optgroup', { label: c.group });
      groups.set(c.group, g);
      nodes.push(g);
    }
    groups.get(c.group).append(option(c));
  }
  el.replaceChildren(...nodes);
  if (placeholder && !choices.some((c) => chosen.has(c.value))) el.value = '';
}

/**
 * @typedef {object} ActionFormSpec
 * @property {string} action the command's action
 * @property {string} title
 * @property {string} [help] one sentence: what it does, in the supervisor's words
 * @property {Node[]} body the fields
 * @property {(r: ReturnType<typeof reader>, form: HTMLFormElement) => Record<string, any>} read throws FormError
 * @property {string} [submit] the button's words
 * @property {(result: any, box: HTMLElement, ack: any) => void} [onResult] draws the ack's result
 * @property {string} [id] the form's id, for links and tests
 */

/**
 * A form that sends one command and shows what became of it.
 * @param {ActionFormSpec} spec @param {Send} send
 */
export function actionForm(spec, send) {
  const status = h('p', { class: 'form-status', role: 'status', hidden: true });
  const result = h('div', { class: 'form-result', hidden: true });
  const button = h('button', { type: 'submit', class: 'cmd' }, spec.submit || 'Send');
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'action-form', 'data-action': spec.action, id: spec.id, novalidate: true },
    h('h3', { class: 'form-title' }, spec.title),
    spec.help ? h('p', { class: 'form-help' }, spec.help) : null,
    h('div', { class: 'form-fields' }, ...spec.body),
    whyField(),
    h('div', { class: 'form-foot' }, button, status),
    result));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    /** @type {Record<string, any>} */
    let params;
    try {
      params = spec.read(reader(form), form);
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      return show(status, 'error', error.message);
    }
    const why = /** @type {HTMLInputElement} */ (form.elements.namedItem('rationale'));
    show(status, 'pending', 'Sending…');
    button.setAttribute('disabled', '');
    send(spec.action, params, why.value).then((ack) => {
      show(status, 'ok', ack.message || 'Done');
      why.value = '';
      if (spec.onResult && ack.result) {
        spec.onResult(ack.result, result, ack);
        result.hidden = false;
      }
    }, (error) => show(status, 'error', refusal(error))).finally(() => button.removeAttribute('disabled'));
  });
  return form;
}

/** "Refused: …" in the trainer's words. @param {any} error */
export function refusal(error) {
  const word = { refused: 'Refused', 'bad-command': 'Not accepted', 'wrong-state': 'Too late', 'not-sent': 'Not sent', 'no-answer': 'No answer' };
  const lead = word[/** @type {keyof word} */ (error?.code)] || 'Refused';
  const text = String(error?.message || error).replace(/^Not sent: /, '').replace(/^No answer from the trainer yet\. /, '');
  return `${lead}: ${text}`;
}

/** @param {HTMLElement} el @param {'pending'|'ok'|'error'} kind @param {string} text */
export function show(el, kind, text) {
  el.hidden = false;
  el.dataset.status = kind;
  setText(el, text);
}

/** Queue checkboxes with a priority each, for skill sets. @param {{id:string, name:string}[]} queues @param {string} [prefix] */
export function skillPicker(queues, prefix = 'skill') {
  return h('div', { class: 'skills', role: 'group' }, ...queues.map((q) => h('div', { class: 'skill-row', 'data-queue': q.id },
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: prefix, value: q.id }), ' ', q.name),
    h('label', { class: 'skill-priority' }, 'priority ',
      numberInput(`${prefix}-priority-${q.id}`, 1, 9, { value: 1, 'aria-label': `${q.name} priority` })))));
}

/**
 * Reads a skill picker: [{queue, priority?}], priority left out when 1 (the default).
 * @param {ReturnType<typeof reader>} r @param {string} [prefix]
 */
export function readSkills(r, prefix = 'skill') {
  const queues = r.all(prefix);
  if (queues.length === 0) throw new FormError('Skills: tick at least one queue.');
  return queues.map((queue) => {
    const priority = r.number(`${prefix}-priority-${queue}`, `Priority for ${queue}`, 1, 9, { whole: true, optional: true });
    return priority && priority !== 1 ? { queue, priority } : { queue };
  });
}

/** Ticks the given queues in a skill picker (priorities back to 1). @param {HTMLElement} picker @param {string[]} queues */
export function setSkills(picker, queues) {
  for (const row of picker.querySelectorAll('.skill-row')) {
    const box = /** @type {HTMLInputElement} */ (row.querySelector('input[type=checkbox]'));
    box.checked = queues.includes(/** @type {HTMLElement} */ (row).dataset.queue || '');
    // The agent list carries queue ids only, not priorities: start each at 1 and let the trainee set it.
    const priority = /** @type {HTMLInputElement} */ (row.querySelector('input[type=number]'));
    priority.value = '1';
  }
}
