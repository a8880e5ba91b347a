// Open escalation cases and compliance events (kpis.openItems), each a card with what the
// supervisor needs to decide and the controls to act: classify and escalate a case; one
// button per response to a compliance event. Cards are updated in place, so what the trainee
// is typing survives each tick.
import { h, $, setText } from './dom.js';
import { radios, numberInput, input, refusal, show } from './formKit.js';
import { RESPONSE_LABEL } from '../commands.js';
import { spoken } from '../format.js';

/** @typedef {import('./formKit.js').Send} Send */

const LEVEL = { high: 'act', medium: 'watch', low: 'none', none: 'none' };
const SOON_SECONDS = 15 * 60;

export class CaseInboxView {
  /** @param {Send} send @param {(id: string) => string} [nameOf] an agent id → the agent's name */
  constructor(send, nameOf = (id) => id, root = document) {
    this.send = send;
    this.nameOf = nameOf;
    this.list = $('#case-list', root);
    this.empty = $('#case-empty', root);
    this.count = $('#case-count', root);
    /** @type {Map<string, CaseCard>} */
    this.cards = new Map();
  }

  /** @param {any[]} items kpis.openItems @param {number} t virtual now @param {(t: number) => string} clockAt */
  setItems(items, t, clockAt) {
    const seen = new Set();
    items.forEach((item, i) => {
      seen.add(item.id);
      let card = this.cards.get(item.id);
      if (!card) {
        card = new CaseCard(item, this.send, this.nameOf);
        this.cards.set(item.id, card);
      }
      card.update(item, t, clockAt);
      if (this.list.children[i] !== card.el) this.list.insertBefore(card.el, this.list.children[i] || null);
    });
    for (const [id, card] of this.cards) {
      if (!seen.has(id)) {
        card.el.remove();
        this.cards.delete(id);
      }
    }
    this.empty.hidden = items.length > 0;
    setText(this.count, items.length ? `${items.length} open` : '');
  }
}

class CaseCard {
  /** @param {any} item @param {Send} send @param {(id: string) => string} nameOf */
  constructor(item, send, nameOf) {
    this.nameOf = nameOf;
    this.id = item.id;
    this.kind = item.kind;
    this.send = send;
    this.deadline = h('span', { class: 'case-deadline' });
    this.state = h('p', { class: 'case-state' });
    this.status = h('p', { class: 'form-status', role: 'status', hidden: true });
    this.why = /** @type {HTMLInputElement} */ (input('rationale', { maxlength: 500, class: 'why', placeholder: 'Why? Optional, one line' }));
    const head = h('header', { class: 'case-head' },
      h('span', { class: 'chip' }, item.kind === 'escalation' ? 'Escalation' : 'Compliance'),
      h('strong', { class: 'case-title' }, item.title), this.deadline);
    const body = item.kind === 'escalation' ? this.#escalation(item) : this.#compliance(item);
    this.el = h('article', { class: 'case', 'data-case': item.id, 'data-kind': item.kind }, head, ...body, this.state,
      h('label', { class: 'field why-field' }, h('span', { class: 'sr-only' }, 'Why?'), this.why), this.status);
  }

  /** @param {any} item */
  #escalation(item) {
    const e = item.escalation || {};
    this.classify = ['standard', 'complex'].map((c) => h('button', {
      type: 'button', class: 'secondary cmd', 'data-classify': c,
      onclick: () => this.#act('classify-case', { case: this.id, classification: c }),
    }, c === 'standard' ? 'Standard' : 'Complex'));
    this.tier = radios(`tier-${item.id}`, [['1', 'Tier 1'], ['2', 'Tier 2'], ['3', 'Tier 3']]);
    this.owner = /** @type {HTMLInputElement} */ (input('owner', { maxlength: 80, placeholder: 'Owner: team or person', 'aria-label': 'Owner' }));
    this.within = /** @type {HTMLInputElement} */ (numberInput('resolveWithinMinutes', 5, 10080, { placeholder: 'minutes', 'aria-label': 'Resolve within minutes' }));
    this.escalate = h('button', { type: 'button', class: 'cmd', onclick: () => this.#escalate() }, 'Escalate');
    return [
      h('dl', { class: 'case-facts' },
        fact('Customer', e.customer),
        fact('Summary', clamped(e.summary), 'wide'),
        fact('Vulnerability', level(e.vulnerability, e.vulnerabilityNote)),
        fact('Regulatory risk', level(e.regulatoryRisk, e.regulation)),
        fact('Value at stake', e.valueGbp != null ? `£${Number(e.valueGbp).toLocaleString('en-GB')}` : '–'),
        fact('Contacts before', e.repeatCount ? String(e.repeatCount) : 'None: first contact'),
        fact('Complaint', e.complaint ? 'Yes' : 'No')),
      h('div', { class: 'case-controls' },
        h('div', { class: 'control-line' }, h('span', { class: 'control-label' }, 'Classify'), ...this.classify),
        h('div', { class: 'control-line' }, h('span', { class: 'control-label' }, 'Escalate to'), this.tier),
        h('div', { class: 'control-line' }, this.owner,
          h('label', { class: 'inline' }, 'resolve within ', this.within, ' min'), this.escalate)),
    ];
  }

  /** @param {any} item */
  #compliance(item) {
    const c = item.compliance || {};
    this.responses = Object.entries(RESPONSE_LABEL).map(([response, label]) => h('button', {
      type: 'button', class: 'secondary cmd', 'data-response': response,
      onclick: () => this.#act('compliance-action', { event: this.id, response }),
    }, label));
    this.taken = h('span', { class: 'taken' });
    return [
      h('dl', { class: 'case-facts' },
        fact('What', words(c.kind)), fact('Agent', c.agent ? this.nameOf(c.agent) : '–'), fact('Regulation', c.regulation, 'wide'),
        c.description ? fact('Detail', clamped(c.description), 'wide') : null),
      c.transcript ? h('blockquote', { class: 'transcript' }, c.transcript) : null,
      h('p', { class: 'case-taken' }, h('span', { class: 'control-label' }, 'Done so far: '), this.taken),
      h('div', { class: 'case-controls responses' }, ...this.responses),
    ];
  }

  #escalate() {
    const tier = /** @type {HTMLInputElement|null} */ (this.tier?.querySelector('input:checked'));
    const minutes = Number(this.within?.value);
    const owner = this.owner?.value.trim() || '';
    if (!tier) return show(this.status, 'error', 'Escalate: choose a tier first.');
    if (!owner) return show(this.status, 'error', 'Owner: name the team or person who owns the case.');
    if (!(minutes >= 5 && minutes <= 10080)) return show(this.status, 'error', 'Resolve within: minutes from 5 to 10080.');
    this.#act('escalate-case', { case: this.id, tier: Number(tier.value), owner, resolveWithinMinutes: minutes });
  }

  /** @param {string} action @param {Record<string, any>} params */
  #act(action, params) {
    show(this.status, 'pending', 'Sending…');
    this.send(action, params, this.why.value).then((ack) => {
      show(this.status, 'ok', ack.message || 'Done');
      this.why.value = '';
    }, (error) => show(this.status, 'error', refusal(error)));
  }

  /** @param {any} item @param {number} t @param {(t: number) => string} clockAt */
  update(item, t, clockAt) {
    const left = item.deadlineAt - t;
    const urgency = item.deadlinePassed || left < 0 ? 'act' : left < SOON_SECONDS ? 'watch' : 'none';
    this.el.dataset.urgency = urgency;
    setText(this.deadline, urgency === 'act'
      ? `✕ Overdue since ${clockAt(item.deadlineAt)}`
      : `${urgency === 'watch' ? '▲ ' : ''}Due ${clockAt(item.deadlineAt)} · ${spoken(Math.max(0, left))} left`);
    if (item.kind === 'escalation') {
      const e = item.escalation || {};
      setText(this.state, e.escalated ? '✓ Escalated' : e.classification ? `Classified ${e.classification}; not yet escalated`
        : 'Not yet classified or escalated');
      this.el.dataset.escalated = String(!!e.escalated);
      for (const b of this.classify || []) b.setAttribute('aria-pressed', String(b.dataset.classify === e.classification));
      if (e.escalated) this.escalate?.setAttribute('disabled', '');
    } else {
      const taken = item.compliance?.actionsTaken || [];
      setText(/** @type {HTMLElement} */ (this.taken), taken.length ? taken.map((r) => RESPONSE_LABEL[r] || r).join(', ') : 'nothing yet');
      for (const b of this.responses || []) {
        const done = taken.includes(b.dataset.response);
        b.dataset.done = String(done);
        setText(b, `${done ? '✓ ' : ''}${RESPONSE_LABEL[/** @type {string} */ (b.dataset.response)]}`);
      }
      setText(this.state, '');
    }
  }
}

/** @param {string} label @param {string|Node|null|undefined} value @param {string} [cls] */
function fact(label, value, cls) {
  return h('div', { class: `fact ${cls || ''}` }, h('dt', null, label), h('dd', null, value ?? '–'));
}

/** "card-details-recorded" → "Card details recorded". @param {string} [id] */
function words(id) {
  if (!id) return '–';
  const text = id.replace(/-/g, ' ');
  return text[0].toUpperCase() + text.slice(1);
}

/** A long text shown in four lines; a click shows it all. @param {string} [text] */
function clamped(text) {
  if (!text) return '–';
  const el = h('span', { class: 'clamped', title: 'Click to read it all', tabindex: '0' }, text);
  const open = () => el.classList.toggle('open');
  el.addEventListener('click', open);
  el.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
  return el;
}

/** "High — recently bereaved", coloured by how serious. @param {string} value @param {string} [note] */
function level(value, note) {
  const word = value ? value[0].toUpperCase() + value.slice(1) : 'None';
  return h('span', { class: 'level', 'data-level': LEVEL[/** @type {keyof LEVEL} */ (value)] || 'none' }, word, note ? ` — ${note}` : '');
}
