// The two trend charts, drawn with uPlot: each queue's rolling service level against its
// target over the day, and contacts per 15 minutes against the forecast. uPlot redraws from
// columnar data with setData, cheap enough to call on every new history point.
import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { h } from './views/dom.js';
import { clockAt, percent } from './format.js';
import { serviceLevels, volumes } from './trend.js';

/** @typedef {import('./store.js').Queue} Queue */
/** @typedef {import('./store.js').TrendPoint} TrendPoint */

/** Queue colours: calm hues kept clear of the green, amber and red of the thresholds. */
export const QUEUE_COLOURS = ['#7fb0ff', '#c39bff', '#5fd3e0', '#f3a5cf', '#d6d38a', '#a8b8ff'];
const AXIS = '#9aa9bf';
const GRID = 'rgba(154, 169, 191, 0.16)';
const TARGET = '#c9d3e2';

export class TrendCharts {
  /** @param {HTMLElement} slBox @param {HTMLElement} volumeBox @param {HTMLElement} slLegend @param {HTMLElement} volumeLegend */
  constructor(slBox, volumeBox, slLegend, volumeLegend) {
    this.boxes = { sl: slBox, volume: volumeBox };
    this.legends = { sl: slLegend, volume: volumeLegend };
    /** @type {uPlot|null} */ this.sl = null;
    /** @type {uPlot|null} */ this.volume = null;
    this.key = '';
    /** @type {string[]} */ this.ids = [];
    /** @type {number[]} */ this.targets = [];
    new ResizeObserver(() => this.#fit()).observe(slBox);
    new ResizeObserver(() => this.#fit()).observe(volumeBox);
  }

  /**
   * (Re)builds the charts when the queues or the day change.
   * @param {Queue[]} queues @param {{startClock: string, durationSeconds: number}} day
   */
  setQueues(queues, day) {
    const key = JSON.stringify([queues.map((q) => [q.id, q.slTarget]), day.startClock, day.durationSeconds]);
    if (key === this.key) return;
    this.key = key;
    this.ids = queues.map((q) => q.id);
    this.targets = [...new Set(queues.map((q) => q.slTarget).filter((t) => typeof t === 'number'))].sort((a, b) => a - b);
    this.sl?.destroy();
    this.volume?.destroy();
    const colour = (/** @type {number} */ i) => QUEUE_COLOURS[i % QUEUE_COLOURS.length];
    const x = xAxis(day);
    this.sl = new uPlot(base(this.boxes.sl, x, {
      scales: { x: { time: false, range: [0, day.durationSeconds] }, y: { range: [0, 100] } },
      series: [{},
        ...queues.map((q, i) => ({ label: q.name, stroke: colour(i), width: 3, spanGaps: true, points: { show: false } })),
        ...this.targets.map((t) => ({ label: `target ${percent(t)}`, stroke: TARGET, width: 1.5, dash: [8, 6], points: { show: false } }))],
      yValues: (/** @type {number[]} */ ticks) => ticks.map((v) => `${v}%`),
    }), [[]], this.boxes.sl);
    this.volume = new uPlot(base(this.boxes.volume, x, {
      scales: { x: { time: false, range: [0, day.durationSeconds] }, y: { range: (_u, _min, max) => [0, Math.max(10, Math.ceil(max * 1.15))] } },
      series: [{},
        ...queues.flatMap((q, i) => [
          { label: q.name, stroke: colour(i), width: 3, paths: uPlot.paths.stepped?.({ align: 1 }), points: { show: false } },
          { label: `${q.name} forecast`, stroke: colour(i), width: 1.5, dash: [6, 5], paths: uPlot.paths.stepped?.({ align: 1 }), points: { show: false } }])],
      yValues: (/** @type {number[]} */ ticks) => ticks.map((v) => String(v)),
    }), [[]], this.boxes.volume);
    this.legends.sl.replaceChildren(...queues.map((q, i) => swatch(q.name, colour(i))),
      swatch(`Target${this.targets.length > 1 ? 's' : ''} ${this.targets.map((t) => percent(t)).join(', ')}`, TARGET, true));
    this.legends.volume.replaceChildren(...queues.map((q, i) => swatch(q.name, colour(i))),
      h('span', { class: 'legend-note' }, 'solid: arrived · dashed: forecast'));
  }

  /** @param {TrendPoint[]} history */
  setHistory(history) {
    if (!this.sl || !this.volume) return;
    const { xs, levels } = serviceLevels(history, this.ids);
    this.sl.setData([xs, ...levels, ...this.targets.map((t) => xs.map(() => t * 100))]);
    const v = volumes(history, this.ids);
    // A stepped line needs the end of its last step: the present moment.
    const end = history.length ? history[history.length - 1].t : 0;
    const vx = [...v.xs, end];
    const withEnd = (/** @type {number[]} */ ys) => [...ys, ys.length ? ys[ys.length - 1] : 0];
    this.volume.setData([vx, ...this.ids.flatMap((_, i) => [withEnd(v.actual[i]), withEnd(v.forecast[i])])]);
  }

  #fit() {
    for (const [name, chart] of /** @type {[ 'sl'|'volume', uPlot|null][]} */ ([['sl', this.sl], ['volume', this.volume]])) {
      const box = this.boxes[name];
      if (chart && box.clientWidth > 0 && box.clientHeight > 0) {
        chart.setSize({ width: box.clientWidth, height: box.clientHeight });
      }
    }
  }
}

/** Axis labels scale with the page's type. */
function fontPx() {
  return Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.85);
}
function font() {
  return `${fontPx()}px system-ui, sans-serif`;
}

/** @param {{startClock: string, durationSeconds: number}} day */
function xAxis(day) {
  const [h0, m0] = day.startClock.split(':').map(Number);
  const startMinute = h0 * 60 + m0;
  return {
    splits: (/** @type {uPlot} */ u) => {
      const span = day.durationSeconds;
      const step = (span > 10 * 3600 ? 2 : 1) * 3600;
      const first = (Math.ceil(startMinute / 60) * 60 - startMinute) * 60;
      const ticks = [];
      for (let t = first; t <= span + 1e-6; t += step) ticks.push(t);
      return ticks;
    },
    values: (/** @type {uPlot} */ _u, /** @type {number[]} */ ticks) => ticks.map((t) => clockAt(day.startClock, t)),
  };
}

/**
 * @param {HTMLElement} box
 * @param {{splits: Function, values: Function}} x
 * @param {{scales: object, series: object[], yValues: Function}} spec
 */
function base(box, x, spec) {
  const axis = { stroke: AXIS, font: font(), grid: { stroke: GRID, width: 1 }, ticks: { stroke: GRID, width: 1 } };
  return {
    width: Math.max(200, box.clientWidth),
    height: Math.max(120, box.clientHeight),
    legend: { show: false },
    cursor: { show: false },
    scales: spec.scales,
    series: spec.series,
    axes: [
      { ...axis, splits: x.splits, values: x.values, space: 40 },
      { ...axis, values: (/** @type {uPlot} */ _u, /** @type {number[]} */ ticks) => spec.yValues(ticks), size: Math.ceil(fontPx() * 3.4) + 10, space: 36, incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000] },
    ],
  };
}

/** @param {string} label @param {string} colour @param {boolean} [dashed] */
function swatch(label, colour, dashed = false) {
  return h('span', { class: 'legend-item' },
    h('span', { class: `legend-swatch${dashed ? ' dashed' : ''}`, style: `--swatch: ${colour}` }), label);
}
