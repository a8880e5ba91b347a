// Draws the store into the views, at most once per animation frame: however many messages
// arrive in between, only the latest state is drawn.
import { clockAt } from './format.js';

/** @typedef {import('./store.js').Store} Store */
/**
 * @typedef {{header: import('./views/header.js').HeaderView, tiles: import('./views/tiles.js').TilesView,
 *   totals: import('./views/totals.js').TotalsView, alerts: import('./views/alerts.js').AlertsView,
 *   timeline: import('./views/timeline.js').TimelineView, charts: import('./charts.js').TrendCharts}} Views
 */

export class Renderer {
  /** @param {Store} store @param {Views} views */
  constructor(store, views) {
    this.store = store;
    this.views = views;
    this.frame = 0;
    this.drawnHistory = -1;
  }

  /** Asks for a drawing of the latest state; repeated asks before the frame cost nothing. */
  request() {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.#draw());
  }

  #draw() {
    this.frame = 0;
    const s = this.store.state;
    if (!s) return;
    const { header, tiles, totals, alerts, timeline, charts } = this.views;
    const at = (/** @type {number} */ t) => clockAt(s.scenario.startClock, t);
    header.setTitle(s.scenario.title);
    header.setClock(s.clock, s.t, s.scenario.durationSeconds);
    header.setRunState(/** @type {any} */ (s.state), s.speed);
    tiles.setQueues(s.kpis.queues);
    header.setIncidents(incidentNames(s));
    totals.setTotal(s.kpis.total);
    alerts.setAlerts(this.store.alertsNewestFirst(), at);
    timeline.setEvents(s.events);
    if (s.historyVersion !== this.drawnHistory) {
      this.drawnHistory = s.historyVersion;
      charts.setQueues(s.kpis.queues, s.scenario);
      charts.setHistory(s.history);
    }
  }
}

/** The incidents under way, by the summary their start event gave them. @param {import('./store.js').State} s */
function incidentNames(s) {
  return (s.kpis.activeIncidents || []).map((id) => {
    const started = [...s.events].reverse().find((e) => e.kind === 'incident-started' && /** @type {any} */ (e.detail)?.incident === id);
    return started ? started.summary : id;
  });
}
