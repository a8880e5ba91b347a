// Trend data for the charts, derived from the history points (one per virtual minute) in the
// columnar form uPlot draws: [xs, ys1, ys2, ...].

/** @typedef {import('./store.js').TrendPoint} TrendPoint */

/** Volume is counted per forecast interval. */
export const INTERVAL_SECONDS = 900;

/**
 * Each queue's rolling-15 service level in percent over time (null where undefined).
 * @param {TrendPoint[]} history @param {string[]} queueIds
 * @returns {{xs: number[], levels: (number|null)[][]}}
 */
export function serviceLevels(history, queueIds) {
  const xs = history.map((p) => p.t);
  const levels = queueIds.map((id) => history.map((p) => {
    const q = p.queues.find((x) => x.queue === id);
    return q && typeof q.serviceLevel === 'number' ? q.serviceLevel * 100 : null;
  }));
  return { xs, levels };
}

/**
 * Contacts arrived and forecast per 15-minute interval, per queue, from the cumulative figures
 * of the history (linearly interpolated at each interval's edge). The last interval is the
 * one in progress: its counts are so far, for actual and forecast alike.
 * @param {TrendPoint[]} history @param {string[]} queueIds
 * @returns {{xs: number[], actual: number[][], forecast: number[][]}} xs are interval starts
 */
export function volumes(history, queueIds) {
  if (history.length === 0) return { xs: [], actual: queueIds.map(() => []), forecast: queueIds.map(() => []) };
  const last = history[history.length - 1].t;
  const edges = [];
  for (let e = 0; e < last; e += INTERVAL_SECONDS) edges.push(e);
  edges.push(last);
  const xs = edges.slice(0, -1);
  const perQueue = (/** @type {string} */ id, /** @type {'arrived'|'forecastToDate'} */ field) => {
    const ts = [0];
    const ys = [0];
    for (const p of history) {
      const q = p.queues.find((x) => x.queue === id);
      if (!q || p.t <= ts[ts.length - 1]) continue;
      ts.push(p.t);
      ys.push(q[field]);
    }
    const at = edges.map((e) => interpolate(ts, ys, e));
    return xs.map((_, i) => Math.max(0, at[i + 1] - at[i]));
  };
  return {
    xs,
    actual: queueIds.map((id) => perQueue(id, 'arrived').map(Math.round)),
    forecast: queueIds.map((id) => perQueue(id, 'forecastToDate').map((v) => Math.round(v * 10) / 10)),
  };
}

/** @param {number[]} ts ascending @param {number[]} ys @param {number} t */
function interpolate(ts, ys, t) {
  if (t <= ts[0]) return ys[0];
  let hi = ts.findIndex((x) => x >= t);
  if (hi === -1) return ys[ys.length - 1];
  const lo = hi - 1;
  const span = ts[hi] - ts[lo];
  return span > 0 ? ys[lo] + (ys[hi] - ys[lo]) * (t - ts[lo]) / span : ys[hi];
}
