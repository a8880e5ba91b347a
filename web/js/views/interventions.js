// The intervention panel: one tab per group of actions, each a stack of small forms that send
// one command each. Built once the queues are known (the first snapshot).
import { h, $ } from './dom.js';
import { routingForms, ivrForms } from './routingForms.js';
import { peopleForms } from './peopleForms.js';
import { CoachingForm } from './coachingForm.js';
import { planningForms, continuityForms } from './planningForms.js';
import { teamForms, reviewForms } from './teamForms.js';

/**
 * What the forms need from the console.
 * @typedef {object} Ctx
 * @property {import('./formKit.js').Send} send
 * @property {import('./formKit.js').Choices} choices live lists: agent, agent-away, queue, outage, change
 * @property {{id:string, name:string, channel:string}[]} queues the scenario's queues, in order
 * @property {(id: string) => any} queue the queue's latest KPIs
 * @property {(id: string) => any} agent the agent's latest row
 * @property {() => string} clock the virtual clock now, "HH:MM"
 * @property {(t: number) => string} clockAt virtual seconds → "HH:MM"
 */

export class InterventionsView {
  constructor(root = document) {
    this.tabs = $('#intervention-tabs', root);
    this.panels = $('#intervention-panels', root);
    /** @type {CoachingForm|null} */ this.coaching = null;
  }

  /** @param {Ctx} ctx */
  build(ctx) {
    this.coaching = new CoachingForm(ctx);
    const groups = [
      ['routing', 'Routing & skills', routingForms(ctx)],
      ['people', 'People', [...peopleForms(ctx), this.coaching.el]],
      ['ivr', 'IVR', ivrForms(ctx)],
      ['planning', 'Planning', planningForms(ctx)],
      ['continuity', 'Continuity', continuityForms(ctx)],
      ['team', 'Team', teamForms(ctx)],
      ['review', 'Review', reviewForms(ctx)],
    ];
    this.tabs.replaceChildren(...groups.map(([id, label]) => h('button', {
      type: 'button', role: 'tab', class: 'tab', id: `tab-${id}`, 'data-group': id, 'aria-controls': `panel-${id}`,
      onclick: () => this.show(/** @type {string} */ (id)),
    }, /** @type {string} */ (label))));
    this.panels.replaceChildren(...groups.map(([id, label, forms]) => h('div', {
      role: 'tabpanel', class: 'tab-panel', id: `panel-${id}`, 'data-group': id, 'aria-labelledby': `tab-${id}`,
    }, h('h3', { class: 'sr-only' }, /** @type {string} */ (label)), ...(/** @type {Node[]} */ (forms)))));
    this.show('routing');
  }

  /** @param {string} group */
  show(group) {
    for (const tab of this.tabs.children) {
      const on = /** @type {HTMLElement} */ (tab).dataset.group === group;
      tab.setAttribute('aria-selected', String(on));
      tab.setAttribute('tabindex', on ? '0' : '-1');
    }
    for (const panel of this.panels.children) /** @type {HTMLElement} */ (panel).hidden = /** @type {HTMLElement} */ (panel).dataset.group !== group;
  }

  /** Opens the coaching form for this agent, figures filled in. @param {string} agentId */
  coach(agentId) {
    if (!this.coaching) return;
    this.show('people');
    this.coaching.prefill(agentId);
    this.coaching.el.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
}
