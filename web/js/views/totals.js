// The strip across all queues: the centre as a whole, and where every agent is.
import { h, $, setText, setLevel } from './dom.js';
import { AGENT_STATES, count, duration, percent, rate } from '../format.js';
import { abandonLevel } from '../thresholds.js';

/** @typedef {import('../store.js').Queue} Queue */

export class TotalsView {
  constructor(root = document) {
    const el = $('#totals', root);
    const figure = (/** @type {string} */ name, /** @type {string} */ label) => {
      const value = h('strong', { class: 'total-value' });
      el.append(h('div', { class: 'total', 'data-metric': name }, h('span', { class: 'total-label' }, label), value));
      return value;
    };
    el.append(h('h2', { class: 'totals-title' }, 'All queues'));
    this.waiting = figure('waiting', 'Waiting');
    this.sl = figure('service-level', 'Service level · 15 min');
    this.slSince = figure('service-level-since-start', 'Since start');
    this.abandon = figure('abandon-rate', 'Abandoned · 15 min');
    this.asa = figure('asa', 'ASA · 15 min');
    this.agents = h('ul', { class: 'agent-states', 'aria-label': 'Agents by state' });
    /** @type {Map<string, HTMLElement>} */
    this.stateCounts = new Map();
    for (const [state, label] of AGENT_STATES) {
      const value = h('strong');
      this.stateCounts.set(state, value);
      this.agents.append(h('li', { 'data-state': state }, value, ' ', label));
    }
    el.append(h('div', { class: 'total total-agents' }, h('span', { class: 'total-label' }, 'Agents'), this.agents));
  }

  /** @param {Queue} total */
  setTotal(total) {
    setText(this.waiting, count(total.waiting));
    setText(this.sl, percent(total.last15.serviceLevel));
    setText(this.slSince, percent(total.sinceStart.serviceLevel));
    setText(this.abandon, rate(total.last15.abandonRate));
    setLevel(this.abandon, abandonLevel(total.last15.abandonRate, total.last15.answered + total.last15.abandoned));
    setText(this.asa, duration(total.last15.asaSeconds));
    for (const [state, el] of this.stateCounts) setText(el, count(total.agentsByState?.[state] ?? 0));
  }
}
