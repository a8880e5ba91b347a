// One tile per queue. The rolling service level is the biggest figure on the board; the
// tile's colour, word and icon say at a glance whether the queue needs the supervisor.
import { h, $, setText, setLevel } from './dom.js';
import { CHANNEL, count, duration, formula, isFigure, percent, rate, slaTarget } from '../format.js';
import { LEVEL_ICON, LEVEL_WORD, abandonLevel, longestWaitLevel, serviceLevelLevel, waitingLevel, worst } from '../thresholds.js';

/** @typedef {import('../store.js').Queue} Queue */

export class TilesView {
  constructor(root = document) {
    this.root = $('#tiles', root);
    /** @type {Map<string, Tile>} */
    this.tiles = new Map();
  }

  /** @param {Queue[]} queues in the scenario's order */
  setQueues(queues) {
    const ids = queues.map((q) => q.id).join(',');
    if (ids !== [...this.tiles.keys()].join(',')) {
      this.tiles = new Map(queues.map((q) => [q.id, new Tile(q)]));
      this.root.replaceChildren(...[...this.tiles.values()].map((t) => t.el));
      this.root.style.setProperty('--tiles', String(Math.max(1, queues.length)));
    }
    for (const q of queues) this.tiles.get(q.id)?.update(q);
  }
}

class Tile {
  /** @param {Queue} q */
  constructor(q) {
    const field = (/** @type {string} */ name, /** @type {string} */ label) => {
      const value = h('span', { class: 'metric-value' });
      const cell = h('div', { class: 'metric', 'data-metric': name }, h('span', { class: 'metric-label' }, label), value);
      return { cell, value };
    };
    this.statusWord = h('strong');
    this.statusWhy = h('span', { class: 'tile-why' });
    this.status = h('span', { class: 'tile-status' }, this.statusWord, this.statusWhy);
    this.sl = h('span', { class: 'sl-value' });
    this.target = h('dd', { class: 'sl-target' });
    this.formula = h('span', { class: 'sl-formula' });
    this.sinceStart = h('dd', { class: 'sl-since' });
    this.waiting = field('waiting', 'Waiting');
    this.longest = field('longest-wait', 'Longest wait');
    this.asa = field('asa', 'ASA · 15 min');
    this.abandon = field('abandon-rate', 'Abandoned · 15 min');
    this.available = h('strong');
    this.onContact = h('strong');
    this.volume = h('span', { class: 'tile-volume' });
    this.el = h('article', { class: 'tile', 'data-queue': q.id, 'aria-label': `${q.name} queue` },
      h('header', { class: 'tile-head' },
        h('h2', { class: 'tile-name' }, q.name),
        h('span', { class: 'chip' }, CHANNEL[q.channel] || q.channel)),
      this.status,
      h('div', { class: 'sl', 'data-metric': 'service-level' },
        h('span', { class: 'sl-label' }, 'Service level · last 15 min'),
        h('div', { class: 'sl-line' }, this.sl,
          h('dl', { class: 'sl-side' },
            h('div', null, h('dt', null, 'Target'), this.target),
            h('div', null, h('dt', null, 'Since start'), this.sinceStart))),
        this.formula),
      h('div', { class: 'metrics' }, this.waiting.cell, this.longest.cell, this.asa.cell, this.abandon.cell),
      h('footer', { class: 'tile-foot' },
        h('span', { class: 'agents', title: 'Agents with this skill; a multi-skilled agent counts in each of their queues' },
          'Skilled agents ', this.available, ' available · ', this.onContact, ' on contact'),
        this.volume));
  }

  /** @param {Queue} q */
  update(q) {
    const contacts = q.last15.answered + q.last15.abandoned;
    const slLevel = serviceLevelLevel(q.last15.serviceLevel, q.slTarget, contacts);
    const waitLevel = longestWaitLevel(q.longestWaitSeconds, q.slThresholdSeconds, q.channel);
    const depthLevel = waitingLevel(q.waiting, q.channel);
    const abandonedLevel = q.channel === 'email' ? 'none' : abandonLevel(q.last15.abandonRate, contacts);
    const overall = worst([['service level', slLevel], ['longest wait', waitLevel], ['queue size', depthLevel], ['abandon rate', abandonedLevel]]);
    // Nothing wrong is not the same as on target: without a service level to judge, say so.
    if (overall.level === 'ok' && slLevel === 'none') overall.level = 'none';

    setLevel(this.el, overall.level);
    setText(this.statusWord, `${LEVEL_ICON[overall.level]} ${LEVEL_WORD[overall.level]}`);
    const why = overall.because.join(', ');
    setText(this.statusWhy, why ? ` · ${why}` : '');
    this.status.title = why ? `${LEVEL_WORD[overall.level]}: ${why}` : LEVEL_WORD[overall.level];
    setLevel(this.sl, slLevel);
    setText(this.sl, percent(q.last15.serviceLevel));
    setText(this.target, slaTarget(q.slTarget, q.slThresholdSeconds));
    setText(this.formula, formula(q.serviceLevelFormula, q.slThresholdSeconds));
    setText(this.sinceStart, percent(q.sinceStart.serviceLevel));
    metric(this.waiting, count(q.waiting), depthLevel);
    metric(this.longest, duration(q.longestWaitSeconds), waitLevel);
    metric(this.asa, duration(q.last15.asaSeconds), 'none');
    metric(this.abandon, q.channel === 'email' ? 'n/a' : rate(q.last15.abandonRate), abandonedLevel);
    const agents = q.agentsByState || {};
    setText(this.available, count(agents.available ?? 0));
    setText(this.onContact, count(agents['on-contact'] ?? 0));
    setText(this.volume, volumeText(q.last30.arrived, q.forecastLast30));
  }
}

/** @param {{cell: HTMLElement, value: HTMLElement}} m @param {string} text @param {import('../thresholds.js').Level} level */
function metric(m, text, level) {
  setText(m.value, text);
  setLevel(m.cell, level);
}

/** "30 min: +55% vs forecast (62 vs 40)": volume against forecast over the last 30 minutes. @param {number} actual @param {number} forecast */
function volumeText(actual, forecast) {
  if (!isFigure(forecast) || forecast < 1) return `30 min: ${count(actual)} arrived`;
  const counts = `${count(actual)} arrived vs ${Math.round(forecast)} forecast`;
  if (forecast < 10) return `30 min: ${counts}`;
  const change = Math.round((actual / forecast - 1) * 100);
  return `30 min: ${change >= 0 ? '+' : '−'}${Math.abs(change)}% vs forecast (${count(actual)} vs ${Math.round(forecast)})`;
}
