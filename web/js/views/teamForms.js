// Team (a broadcast to the wallboard, an improvement plan, a risk briefing) and Review (a
// before-and-after review of an earlier change, with the figures the trainer returns).
import { h } from './dom.js';
import { FormError, actionForm, field, input, numberInput, radios, textarea } from './formKit.js';
import { duration, isFigure, percent, rate } from '../format.js';

/** @typedef {import('./interventions.js').Ctx} Ctx */

const MAX_RISKS = 10;

/** @param {Ctx} ctx */
export function teamForms(ctx) {
  return [broadcast(ctx), improvementPlan(ctx), riskAssessment(ctx)];
}

/** @param {Ctx} ctx */
export function reviewForms(ctx) {
  return [review(ctx)];
}

/** @param {Ctx} ctx */
function broadcast(ctx) {
  return actionForm({
    action: 'broadcast', id: 'form-broadcast', title: 'Broadcast to the team', submit: 'Broadcast',
    help: 'A message on the team’s wallboard: say what changed and what you need from them.',
    body: [field('Message', textarea('message', { maxlength: 300, rows: 2, placeholder: 'e.g. Billing is 20 points under target: support, please take billing calls first until 11:00' }))],
    read: (r) => ({ message: r.need('message', 'Message') }),
  }, ctx.send);
}

/** @param {Ctx} ctx */
function improvementPlan(ctx) {
  return actionForm({
    action: 'improvement-plan', title: 'Improvement plan', submit: 'Record plan',
    help: 'An improvement activity for the team, with a SMART objective and the team’s own input.',
    body: [h('fieldset', { class: 'field smart' }, h('legend', { class: 'field-label' }, 'SMART objective'),
      h('div', { class: 'row' },
        field('Specific', input('specific', { maxlength: 200 })), field('Measure', input('measure', { maxlength: 200 }))),
      h('div', { class: 'row' },
        field('Target', input('target', { maxlength: 200, placeholder: 'A number' })), field('By (date)', input('date', { maxlength: 200 })))),
    field('Actions', textarea('actions', { maxlength: 500, rows: 2 })),
    field('Team input', textarea('teamInput', { maxlength: 300, rows: 2, placeholder: 'What the team suggested' }))],
    read: (r) => ({
      objective: { specific: r.text('specific'), measure: r.text('measure'), target: r.text('target'), date: r.text('date') },
      actions: r.need('actions', 'Actions'),
      teamInput: r.text('teamInput'),
    }),
  }, ctx.send);
}

/** @param {Ctx} ctx */
function riskAssessment(ctx) {
  const rows = h('div', { class: 'risk-rows' });
  const add = h('button', { type: 'button', class: 'secondary small-button' }, '+ Add a risk');
  const addRow = () => {
    if (rows.children.length >= MAX_RISKS) return;
    const i = rows.children.length;
    rows.append(h('div', { class: 'risk-row row' },
      field(`Risk ${i + 1}`, input(`risk-${i}`, { maxlength: 200, placeholder: 'e.g. sickness in support' })),
      field('Likelihood 1–5', numberInput(`likelihood-${i}`, 1, 5, { value: 3 })),
      field('Impact 1–5', numberInput(`impact-${i}`, 1, 5, { value: 3 })),
      field('Mitigation', input(`mitigation-${i}`, { maxlength: 300 }))));
    add.toggleAttribute('disabled', rows.children.length >= MAX_RISKS);
  };
  add.addEventListener('click', addRow);
  addRow();
  return actionForm({
    action: 'risk-assessment', title: 'Risk briefing', submit: 'Record briefing',
    help: 'The risks to today’s plan, ranked by likelihood and impact, each with its mitigation.',
    body: [rows, add],
    read: (r) => {
      const risks = [];
      for (let i = 0; i < rows.children.length; i++) {
        const risk = r.text(`risk-${i}`);
        if (!risk) continue;
        const mitigation = r.text(`mitigation-${i}`);
        if (!mitigation) throw new FormError(`Risk ${i + 1}: write its mitigation.`);
        risks.push({ risk, likelihood: r.number(`likelihood-${i}`, `Risk ${i + 1} likelihood`, 1, 5, { whole: true }),
          impact: r.number(`impact-${i}`, `Risk ${i + 1} impact`, 1, 5, { whole: true }), mitigation });
      }
      if (risks.length === 0) throw new FormError('Risks: write at least one.');
      return { risks };
    },
  }, ctx.send);
}

/** @param {Ctx} ctx */
function review(ctx) {
  return actionForm({
    action: 'review-change', id: 'form-review', title: 'Review a change', submit: 'Record review',
    help: 'Compare the figures before and after one of your accepted changes, then keep it or revert it.',
    body: [field('Change', ctx.choices.select('change', 'change', { placeholder: 'Choose one of your changes…', empty: 'No accepted change yet' }),
      'Your accepted changes, newest first. Give a change a few minutes before reviewing it.'),
    field('Verdict', radios('verdict', [['keep', 'Keep'], ['revert', 'Revert']], 'keep')),
    field('Note', input('note', { maxlength: 500, placeholder: 'What the figures show' }))],
    read: (r) => {
      /** @type {Record<string, any>} */
      const p = { change: r.need('change', 'Change'), verdict: r.need('verdict', 'Verdict') };
      if (r.text('note')) p.note = r.text('note');
      return p;
    },
    onResult: (result, box) => box.replaceChildren(beforeAfter(result, ctx.clockAt)),
  }, ctx.send);
}

/**
 * A change's figures before → after, per queue it touched. Shared with the debrief.
 * @param {{before?: Record<string, any>, after?: Record<string, any>, beforeAt?: number|null, afterAt?: number|null, summary?: string}} r
 * @param {(t: number) => string} [clockAt] names the two moments in the caption
 */
export function beforeAfter(r, clockAt) {
  const queues = [...new Set([...Object.keys(r.before || {}), ...Object.keys(r.after || {})])];
  if (queues.length === 0) return h('p', { class: 'muted small' }, r.summary || 'No figures yet.');
  const pair = (/** @type {string} */ q, /** @type {string} */ key, /** @type {(x: any) => string} */ f) =>
    `${f(r.before?.[q]?.[key])} → ${f(r.after?.[q]?.[key])}`;
  const at = (/** @type {number|null|undefined} */ t) => (clockAt && isFigure(t) ? clockAt(t) : '–');
  return h('table', { class: 'figures-table before-after' },
    h('caption', null, clockAt ? `Before (${at(r.beforeAt)}) → after (${at(r.afterAt)})` : 'Before → after'),
    h('thead', null, h('tr', null, ...['Queue', 'Service level 15 min', 'Abandoned 15 min', 'ASA 15 min', 'Waiting']
      .map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', null, ...queues.map((q) => h('tr', { 'data-queue': q }, h('th', { scope: 'row' }, q),
      h('td', { class: 'strong' }, pair(q, 'serviceLevel15m', (x) => percent(x))),
      h('td', null, pair(q, 'abandonRate15m', (x) => rate(x))),
      h('td', null, pair(q, 'asaSeconds15m', (x) => duration(x))),
      h('td', null, pair(q, 'waiting', (x) => (isFigure(x) ? String(x) : '–')))))));
}
