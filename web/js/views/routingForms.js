// Routing & skills (move an agent, a queue's priority, overflow) and the IVR (callback offer,
// message, digital deflection). Queue forms fill in the queue's current setting when chosen.
import { h } from './dom.js';
import { FormError, actionForm, field, input, numberInput, onOff, readSkills, setSkills, skillPicker } from './formKit.js';

/** @typedef {import('./interventions.js').Ctx} Ctx */

/** @param {Ctx} ctx */
export function routingForms(ctx) {
  return [moveAgent(ctx), setPriority(ctx), setOverflow(ctx)];
}

/** @param {Ctx} ctx */
export function ivrForms(ctx) {
  return [callbackOffer(ctx), ivrMessage(ctx), deflection(ctx)];
}

/** @param {Ctx} ctx */
function moveAgent(ctx) {
  const skills = skillPicker(ctx.queues, 'skill');
  const current = h('small', { class: 'field-hint' });
  const agent = ctx.choices.select('agent', 'agent', {
    placeholder: 'Choose an agent…',
    onchange: (id) => {
      const a = ctx.agent(id);
      setSkills(skills, a?.skills || []);
      current.textContent = a ? `Now: ${a.skills.join(', ') || 'no skills'} · ${a.state}` : '';
    },
  });
  agent.id = 'move-agent-agent';
  return actionForm({
    action: 'move-agent', id: 'form-move-agent', title: 'Move an agent', submit: 'Move agent',
    help: 'Gives the agent exactly the queues ticked: untick a queue to take them off it.',
    body: [h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Agent'), agent, current),
      h('fieldset', { class: 'field' }, h('legend', { class: 'field-label' }, 'Skills after the move'), skills)],
    read: (r) => ({ agent: r.need('agent', 'Agent'), skills: readSkills(r, 'skill') }),
  }, ctx.send);
}

/**
 * A queue select that fills the form with the queue's setting when chosen, and says what it is now.
 * @param {Ctx} ctx @param {(q: any, form: HTMLFormElement) => void} prefill @param {(q: any) => string} [now]
 */
function queueSelect(ctx, prefill, now) {
  const select = ctx.choices.select('queue', 'queue', { placeholder: 'Choose a queue…' });
  const hint = h('small', { class: 'field-hint' });
  select.addEventListener('change', () => {
    const q = ctx.queue(select.value);
    hint.textContent = q && now ? `Now: ${now(q)}` : '';
    if (q && select.form) prefill(q, select.form);
  });
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Queue'), select, hint);
}

const onWord = (/** @type {any} */ on) => (on ? 'on' : 'off');

/** @param {HTMLFormElement} form @param {string} name @param {string} value */
function setValue(form, name, value) {
  const el = form.elements.namedItem(name);
  if (el && 'value' in el) /** @type {HTMLInputElement} */ (el).value = value;
}

/** @param {HTMLFormElement} form @param {boolean} on */
function setOn(form, on) {
  const radio = /** @type {HTMLInputElement|null} */ (form.querySelector(`input[name=on][value="${on}"]`));
  if (radio) radio.checked = true;
}

/** @param {Ctx} ctx */
function setPriority(ctx) {
  return actionForm({
    action: 'set-priority', title: 'Queue priority', submit: 'Set priority',
    help: 'Routing serves the higher-priority queue first when agents share skills (9 is highest).',
    body: [queueSelect(ctx, (q, f) => setValue(f, 'priority', String(q.priority ?? '')), (q) => `priority ${q.priority ?? '–'}`),
      field('Priority (1–9)', numberInput('priority', 1, 9))],
    read: (r) => ({ queue: r.need('queue', 'Queue'), priority: r.number('priority', 'Priority', 1, 9, { whole: true }) }),
  }, ctx.send);
}

/** @param {Ctx} ctx */
function setOverflow(ctx) {
  const targets = h('div', { class: 'checks' }, ...ctx.queues.map((q) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'to', value: q.id }), ' ', q.name)));
  return actionForm({
    action: 'set-overflow', title: 'Overflow', submit: 'Set overflow',
    help: 'Contacts waiting longer than this also go to agents of the ticked queues. Tick none to turn overflow off.',
    body: [queueSelect(ctx, (q, f) => {
      setValue(f, 'afterSeconds', String(q.settings?.overflowAfterSeconds ?? ''));
      for (const box of f.querySelectorAll('input[name=to]')) {
        /** @type {HTMLInputElement} */ (box).checked = (q.settings?.overflowTo || []).includes(/** @type {HTMLInputElement} */ (box).value);
      }
    }, (q) => (q.settings?.overflowTo?.length ? `after ${q.settings.overflowAfterSeconds} s to ${q.settings.overflowTo.join(', ')}` : 'off')),
    field('After (seconds waiting)', numberInput('afterSeconds', 0, 3600)),
    h('fieldset', { class: 'field' }, h('legend', { class: 'field-label' }, 'Overflow to'), targets)],
    read: (r) => {
      const queue = r.need('queue', 'Queue');
      const to = r.all('to');
      if (to.includes(queue)) throw new FormError('Overflow to: a queue cannot overflow to itself.');
      return { queue, afterSeconds: r.number('afterSeconds', 'After', 0, 3600), to };
    },
  }, ctx.send);
}

/** @param {Ctx} ctx */
function callbackOffer(ctx) {
  return actionForm({
    action: 'set-callback-offer', title: 'Callback offer', submit: 'Apply',
    help: 'Callers can take a callback and keep their place instead of waiting on the line.',
    body: [queueSelect(ctx, (q, f) => setOn(f, !q.settings?.callbackOffered), (q) => onWord(q.settings?.callbackOffered)),
      field('Callback offer', onOff(true))],
    read: (r) => ({ queue: r.need('queue', 'Queue'), on: r.on() }),
  }, ctx.send);
}

/** @param {Ctx} ctx */
function ivrMessage(ctx) {
  return actionForm({
    action: 'set-ivr-message', title: 'IVR message', submit: 'Apply',
    help: 'A message callers hear before they queue, for example about a known problem.',
    body: [queueSelect(ctx, (q, f) => {
      setOn(f, true);
      setValue(f, 'message', q.settings?.ivrMessage || '');
    }, (q) => (q.settings?.ivrMessageOn ? `on: “${q.settings.ivrMessage}”` : 'off')), field('Message', onOff(true)),
    field('Words callers hear', input('message', { maxlength: 200, placeholder: 'e.g. We know about the billing letters: no need to call' }))],
    read: (r) => {
      const on = r.on();
      const message = r.text('message');
      if (on && !message) throw new FormError('Words callers hear: write the message, or choose Off.');
      return { queue: r.need('queue', 'Queue'), on, message };
    },
  }, ctx.send);
}

/** @param {Ctx} ctx */
function deflection(ctx) {
  return actionForm({
    action: 'set-digital-deflection', title: 'Digital deflection', submit: 'Apply',
    help: 'The IVR offers callers the digital channel (such as web chat) instead of waiting.',
    body: [queueSelect(ctx, (q, f) => setOn(f, !q.settings?.deflectionOn),
      (q) => `${onWord(q.settings?.deflectionOn)}${q.settings?.deflectTo ? ` (to ${q.settings.deflectTo})` : ''}`),
      field('Deflection', onOff(true))],
    read: (r) => ({ queue: r.need('queue', 'Queue'), on: r.on() }),
  }, ctx.send);
}
