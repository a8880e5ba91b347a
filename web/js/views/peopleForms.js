// People: recall an agent, postpone their next activity, buy overtime, send agents home.
// (Coaching has its own form: coachingForm.js.)
import { h } from './dom.js';
import { FormError, actionForm, field, input, numberInput, readSkills, skillPicker } from './formKit.js';

/** @typedef {import('./interventions.js').Ctx} Ctx */

/** @param {Ctx} ctx */
export function peopleForms(ctx) {
  return [recall(ctx), postpone(ctx), overtime(ctx), sendHome(ctx)];
}

/** @param {Ctx} ctx */
function recall(ctx) {
  return actionForm({
    action: 'recall-agent', title: 'Recall an agent', submit: 'Recall',
    help: 'Brings the agent back now from break, lunch, training or coaching.',
    body: [field('Agent (away now)', ctx.choices.select('agent-away', 'agent', { placeholder: 'Choose an agent who is away…', empty: 'Nobody is away now' }),
      'Only agents on break, lunch, training or coaching are listed.')],
    read: (r) => ({ agent: r.need('agent', 'Agent') }),
  }, ctx.send);
}

/** @param {Ctx} ctx */
function postpone(ctx) {
  return actionForm({
    action: 'postpone-activity', title: 'Postpone an activity', submit: 'Postpone',
    help: 'Pushes the agent’s next planned break, training or coaching back.',
    body: [field('Agent', ctx.choices.select('agent', 'agent', { placeholder: 'Choose an agent…' })),
      field('Later by (minutes, 1–120)', numberInput('minutes', 1, 120, { value: 30 }))],
    read: (r) => ({ agent: r.need('agent', 'Agent'), minutes: r.number('minutes', 'Minutes', 1, 120) }),
  }, ctx.send);
}

/** @param {Ctx} ctx */
function overtime(ctx) {
  return actionForm({
    action: 'add-overtime', title: 'Authorise overtime', submit: 'Authorise overtime',
    help: 'Extra agents log in now. It costs money: size it with the staffing calculator first.',
    body: [h('div', { class: 'row' },
      field('Agents (1–50)', numberInput('count', 1, 50, { value: 2 })),
      field('For (minutes, 15–480)', numberInput('durationMinutes', 15, 480, { value: 60 })),
      field('Team (optional)', input('team', { maxlength: 80 }))),
    h('fieldset', { class: 'field' }, h('legend', { class: 'field-label' }, 'Skills'), skillPicker(ctx.queues, 'ot'))],
    read: (r) => {
      /** @type {Record<string, any>} */
      const params = {
        count: r.number('count', 'Agents', 1, 50, { whole: true }),
        skills: readSkills(r, 'ot'),
        durationMinutes: r.number('durationMinutes', 'Minutes', 15, 480),
      };
      if (r.text('team')) params.team = r.text('team');
      return params;
    },
  }, ctx.send);
}

/** @param {Ctx} ctx */
function sendHome(ctx) {
  return actionForm({
    action: 'send-home', title: 'Send agents home early', submit: 'Send home',
    help: 'Saves cost, loses capacity for the rest of the day.',
    body: [field('Agents (Ctrl/⌘-click for several)', ctx.choices.select('agent', 'agents', { multiple: true, size: 6 }))],
    read: (r) => {
      const agents = r.all('agents');
      if (agents.length === 0) throw new FormError('Agents: choose at least one.');
      return { agents };
    },
  }, ctx.send);
}
