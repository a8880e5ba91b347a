// The agents, one row each, refreshed by polling (the stream's ticks leave them out): state and
// time in it, skills, and the figures a coach reads. A figure below the quality standard carries
// ▲ in amber. Each row opens the agent's evidence: quality figures, flagged recordings, comments.
import { h, $, setText, setLevel } from './dom.js';
import { AGENT_STATES, duration, isFigure, percent } from '../format.js';

/** @typedef {{id:string, name:string, team:string, overtime:boolean, state:string, reason:string|null,
 *   secondsInState:number, skills:string[], handled:number, ahtSeconds:number|null, occupancy:number|null,
 *   adherence:number|null, fcrRate:number|null, repeatsCaused:number, surveys:number, csat:number|null,
 *   qaEvaluations:number, qaAverage:number|null, qaFlagged:number, notReadySeconds:number}} Agent */

const STATE_WORD = Object.fromEntries(AGENT_STATES);
/** The quality standard (docs/scoring.md, qualityGap): judged once an agent has handled this many. */
const MIN_HANDLED = 10;
const VIEWS = /** @type {const} */ ([['agent-quality', 'Quality'], ['recordings', 'Recordings'], ['csat-comments', 'Comments']]);

export class AgentTableView {
  constructor(root = document) {
    this.body = $('#agent-rows', root);
    this.team = /** @type {HTMLSelectElement} */ ($('#agent-team', root));
    this.search = /** @type {HTMLInputElement} */ ($('#agent-search', root));
    this.count = $('#agent-count', root);
    /** @type {Map<string, AgentRow>} */
    this.rows = new Map();
    /** @type {Agent[]} */
    this.agents = [];
    /** @type {(view: string, agent: string) => void} */
    this.onView = () => {};
    this.team.addEventListener('change', () => this.#filter());
    this.search.addEventListener('input', () => this.#filter());
  }

  /** @param {(view: string, agentId: string) => void} handler */
  bindView(handler) {
    this.onView = handler;
  }

  /** @param {Agent[]} agents */
  setAgents(agents) {
    this.agents = [...agents].sort((a, b) => a.team.localeCompare(b.team) || a.name.localeCompare(b.name));
    const teams = [...new Set(this.agents.map((a) => a.team))];
    if (teams.join('|') !== [...this.team.options].slice(1).map((o) => o.value).join('|')) {
      const chosen = this.team.value;
      this.team.replaceChildren(new Option('All teams', ''), ...teams.map((t) => new Option(t, t)));
      this.team.value = teams.includes(chosen) ? chosen : '';
    }
    const seen = new Set();
    this.agents.forEach((agent, i) => {
      seen.add(agent.id);
      let row = this.rows.get(agent.id);
      if (!row) {
        row = new AgentRow(agent, (view) => this.onView(view, agent.id));
        this.rows.set(agent.id, row);
      }
      row.update(agent);
      if (this.body.children[i] !== row.el) this.body.insertBefore(row.el, this.body.children[i] || null);
    });
    for (const [id, row] of this.rows) {
      if (!seen.has(id)) {
        row.el.remove();
        this.rows.delete(id);
      }
    }
    this.#filter();
  }

  #filter() {
    const team = this.team.value;
    const text = this.search.value.trim().toLowerCase();
    let shown = 0;
    for (const agent of this.agents) {
      const row = this.rows.get(agent.id);
      if (!row) continue;
      const match = (!team || agent.team === team) && (!text || `${agent.name} ${agent.id} ${agent.skills.join(' ')} ${agent.state}`.toLowerCase().includes(text));
      row.el.hidden = !match;
      if (match) shown++;
    }
    setText(this.count, shown === this.agents.length ? `${this.agents.length} agents` : `${shown} of ${this.agents.length} agents`);
  }
}

class AgentRow {
  /** @param {Agent} agent @param {(view: string) => void} open */
  constructor(agent, open) {
    this.name = h('th', { scope: 'row', class: 'agent-name' });
    this.state = h('td', { class: 'agent-state' });
    this.skills = h('td', { class: 'agent-skills' });
    this.handled = h('td', { class: 'num' });
    this.aht = h('td', { class: 'num' });
    this.csat = h('td', { class: 'num', 'data-figure': 'csat' });
    this.fcr = h('td', { class: 'num', 'data-figure': 'fcr' });
    this.qa = h('td', { class: 'num', 'data-figure': 'qa' });
    const buttons = VIEWS.map(([view, label]) => h('button', {
      type: 'button', class: 'secondary small-button cmd', 'data-view': view, onclick: () => open(view),
      'aria-label': `${label} of ${agent.name}`,
    }, label));
    this.el = h('tr', { 'data-agent': agent.id }, this.name, this.state, this.skills, this.handled, this.aht,
      this.csat, this.fcr, this.qa, h('td', { class: 'agent-actions' }, ...buttons));
  }

  /** @param {Agent} a */
  update(a) {
    setText(this.name, a.name + (a.overtime ? ' (overtime)' : ''));
    this.name.title = `${a.team} · ${a.id}`;
    const word = STATE_WORD[a.state] || a.state;
    // A not-ready reason says why the agent is off the phones; on a contact the reason is the queue.
    const inline = a.state === 'not-ready' && a.reason ? ` (${a.reason})` : '';
    setText(this.state, `${word}${inline} ${duration(a.secondsInState)}`);
    this.state.title = a.reason ? `${word}: ${a.reason}` : word;
    this.el.dataset.state = a.state;
    setText(this.skills, a.skills.join(', ') || '–');
    setText(this.handled, String(a.handled));
    setText(this.aht, duration(a.ahtSeconds));
    const judged = a.handled >= MIN_HANDLED;
    figure(this.csat, isFigure(a.csat) ? a.csat.toFixed(1) : '–', judged && isFigure(a.csat) && a.csat < 3.5);
    figure(this.fcr, percent(a.fcrRate), judged && isFigure(a.fcrRate) && a.fcrRate < 0.65);
    figure(this.qa, isFigure(a.qaAverage) ? String(Math.round(a.qaAverage)) : '–', isFigure(a.qaAverage) && a.qaAverage < 70);
  }
}

/** @param {HTMLElement} cell @param {string} text @param {boolean} below */
function figure(cell, text, below) {
  setText(cell, text);
  setLevel(cell, below ? 'watch' : 'none');
  cell.title = below ? 'Below the quality standard (QA 70, CSAT 3.5, FCR 65%)' : '';
}
