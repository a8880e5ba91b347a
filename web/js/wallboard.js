// Composition root of the wallboard: wallboard.html?exercise=ID[&view=observer].
import { api } from './api.js';
import { Connection, streamUrl } from './connection.js';
import { Store } from './store.js';
import { Renderer } from './render.js';
import { TrendCharts } from './charts.js';
import { $ } from './views/dom.js';
import { HeaderView } from './views/header.js';
import { TilesView } from './views/tiles.js';
import { TotalsView } from './views/totals.js';
import { AlertsView } from './views/alerts.js';
import { TimelineView } from './views/timeline.js';

const params = new URLSearchParams(location.search);
const id = params.get('exercise') || '';
const header = new HeaderView();
const alerts = new AlertsView();
const views = {
  header, alerts, tiles: new TilesView(), totals: new TotalsView(), timeline: new TimelineView(),
  charts: new TrendCharts($('#sl-chart'), $('#volume-chart'), $('#sl-legend'), $('#volume-legend')),
};
const store = new Store();
const renderer = new Renderer(store, views);

if (params.get('view') === 'observer') header.setReadOnly();
const act = (/** @type {Promise<unknown>} */ p) => p.then(() => header.clearError(), (e) => header.showNotice(e.message));
header.bindPauseResume((pause) => act(pause ? api.pause(id) : api.resume(id)));
header.bindSpeed((speed) => act(api.speed(id, speed)));
header.bindStop(() => act(api.stop(id)));
alerts.bindAcknowledge((alert) => act(api.acknowledge(id, alert)));

if (!id) {
  header.setConnection({ state: 'ended' });
  header.showNotice('No exercise given: open a wallboard from the start page, which adds ?exercise=… to the address.');
} else {
  new Connection(streamUrl(id), {
    onMessage: (message) => { if (store.apply(message)) renderer.request(); },
    onStatus: (status) => header.setConnection(status),
    isEnded: () => api.exercise(id).then((e) => e.state === 'stopped', (e) => e.status === 404),
  }).open();
}
