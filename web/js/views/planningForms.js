// Planning (re-forecast, the staffing calculator and its figures) and Continuity (the plan for
// an outage under way).
import { h } from './dom.js';
import { FormError, actionForm, field, numberInput, textarea } from './formKit.js';
import { count, duration, percent, rate, slaTarget } from '../format.js';

/** @typedef {import('./interventions.js').Ctx} Ctx */

/** @param {Ctx} ctx */
export function planningForms(ctx) {
  return [staffing(ctx), reforecast(ctx)];
}

/** @param {Ctx} ctx */
export function continuityForms(ctx) {
  return [continuityPlan(ctx)];
}

/** A queue select that shows the last 30 minutes as placeholders for calls per hour and AHT. @param {Ctx} ctx */
function queueWithActuals(ctx) {
  const select = ctx.choices.select('queue', 'queue', { placeholder: 'Choose a queue…' });
  select.addEventListener('change', () => {
    const q = ctx.queue(select.value);
    const form = select.form;
    if (!q || !form) return;
    const calls = /** @type {HTMLInputElement} */ (form.elements.namedItem('callsPerHour'));
    const aht = /** @type {HTMLInputElement} */ (form.elements.namedItem('ahtSeconds'));
    calls.placeholder = `last 30 min: ${Math.round(q.last30.arrived * 2)}/h`;
    aht.placeholder = q.last30.ahtSeconds != null ? `last 30 min: ${Math.round(q.last30.ahtSeconds)} s` : `forecast: ${Math.round(q.forecastAhtSeconds ?? 0)} s`;
  });
  return field('Queue', select);
}

/** @param {Ctx} ctx */
function staffing(ctx) {
  return actionForm({
    action: 'staffing', id: 'form-staffing', title: 'Staffing calculator', submit: 'Calculate',
    help: 'How many agents the queue needs for its target (Erlang C, or Erlang A where callers abandon). Leave calls and AHT blank to use the last 30 minutes.',
    body: [queueWithActuals(ctx), h('div', { class: 'row' },
      field('Calls per hour', numberInput('callsPerHour', 0, 100000)),
      field('AHT (seconds)', numberInput('ahtSeconds', 1, 7200)),
      field('Try with agents', numberInput('agents', 1, 5000), 'Optional: what this many would give'))],
    read: (r) => {
      /** @type {Record<string, any>} */
      const p = { queue: r.need('queue', 'Queue') };
      const calls = r.number('callsPerHour', 'Calls per hour', 0, 100000, { optional: true });
      const aht = r.number('ahtSeconds', 'AHT', 1, 7200, { optional: true });
      const agents = r.number('agents', 'Agents', 1, 5000, { optional: true, whole: true });
      if (calls !== undefined) p.callsPerHour = calls;
      if (aht !== undefined) p.ahtSeconds = aht;
      if (agents !== undefined) p.agents = agents;
      return p;
    },
    onResult: (result, box) => box.replaceChildren(staffingFigures(result)),
  }, ctx.send);
}

/** @param {Ctx} ctx */
function reforecast(ctx) {
  return actionForm({
    action: 'reforecast', title: 'Re-forecast', submit: 'Re-forecast',
    help: 'Your new forecast for the rest of the interval; the answer is the staffing it needs.',
    body: [queueWithActuals(ctx), h('div', { class: 'row' },
      field('Calls per hour', numberInput('callsPerHour', 0, 100000)),
      field('AHT (seconds, optional)', numberInput('ahtSeconds', 1, 7200)))],
    read: (r) => {
      /** @type {Record<string, any>} */
      const p = { queue: r.need('queue', 'Queue'), callsPerHour: r.number('callsPerHour', 'Calls per hour', 0, 100000) };
      const aht = r.number('ahtSeconds', 'AHT', 1, 7200, { optional: true });
      if (aht !== undefined) p.ahtSeconds = aht;
      return p;
    },
    onResult: (result, box) => box.replaceChildren(staffingFigures(result)),
  }, ctx.send);
}

/** The calculator's answer: the required agents big, and what they (and the trainee's number) would give. @param {any} r */
export function staffingFigures(r) {
  const figures = (/** @type {any} */ f) => [percent(f?.serviceLevel), duration(f?.asaSeconds), rate(f?.abandonRate), percent(f?.occupancy)];
  const cols = [[`At ${count(r.requiredAgents)} agents`, figures(r.atRequired)]];
  if (r.withAgents) cols.push([`With ${count(r.agents)} agents`, figures(r.withAgents)]);
  const rows = ['Service level', 'ASA', 'Abandoned', 'Occupancy'];
  return h('div', { class: 'staffing-result', 'data-queue': r.queue },
    h('div', { class: 'big-figure' },
      h('span', { class: 'big-label' }, 'Required agents'),
      h('strong', { class: 'required-agents', 'data-figure': 'required-agents' }, r.requiredAgents == null ? 'not reachable' : count(r.requiredAgents)),
      h('span', { class: 'big-note' }, `for ${slaTarget(r.target, r.thresholdSeconds)} · ${r.model === 'none' ? 'no calls' : `model ${r.model}`}`)),
    h('p', { class: 'muted small' }, `Using ${Math.round(r.callsPerHour)} calls/h, AHT ${duration(r.ahtSeconds)} (${Math.round(r.ahtSeconds)} s): `
      + `workload ${r.workloadErlangs ?? '–'} Erlangs.${r.problem ? ` ${r.problem}` : ''}`),
    r.atRequired || r.withAgents ? h('table', { class: 'figures-table' },
      h('thead', null, h('tr', null, h('th', null, ''), ...cols.map(([label]) => h('th', { scope: 'col' }, /** @type {string} */ (label))))),
      h('tbody', null, ...rows.map((label, i) => h('tr', null, h('th', { scope: 'row' }, label),
        ...cols.map(([, values]) => h('td', null, /** @type {string[]} */ (values)[i])))))) : null);
}

/** @param {Ctx} ctx */
function continuityPlan(ctx) {
  return actionForm({
    action: 'invoke-continuity-plan', id: 'form-continuity', title: 'Invoke the continuity plan', submit: 'Invoke plan',
    help: 'For a system outage under way: the fallback procedure, what callers hear, and who is told.',
    body: [field('Outage', ctx.choices.select('outage', 'outage', { placeholder: 'Choose the outage…', empty: 'No outage under way' })),
      field('Fallback procedure', textarea('fallback', { maxlength: 300, placeholder: 'e.g. paper forms, manual look-up, take details and call back' })),
      field('IVR announcement', textarea('ivrAnnouncement', { maxlength: 300, placeholder: 'What callers hear while it lasts' })),
      field('Stakeholder notice', textarea('stakeholderNotice', { maxlength: 300, placeholder: 'Who is told, and what' })),
      field('Recovery time objective (minutes, 5–1440)', numberInput('recoveryTimeObjectiveMinutes', 5, 1440, { value: 60 }))],
    read: (r) => {
      const p = { outage: r.need('outage', 'Outage'), fallback: r.text('fallback'), ivrAnnouncement: r.text('ivrAnnouncement'),
        stakeholderNotice: r.text('stakeholderNotice'),
        recoveryTimeObjectiveMinutes: r.number('recoveryTimeObjectiveMinutes', 'Recovery time objective', 5, 1440) };
      if (!p.fallback && !p.ivrAnnouncement && !p.stakeholderNotice) {
        throw new FormError('A continuity plan needs a fallback, an IVR announcement or a stakeholder notice.');
      }
      return p;
    },
  }, ctx.send);
}
