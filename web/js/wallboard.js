// Composition root of the wallboard: wallboard.html?exercise=ID opens as the trainer (a ticket
// from the trainer key: controls and the live score); wallboard.html?exercise=ID&view=observer&watch=T
// is the observer's read-only board, opened with the observer link's own token and no sign-in.
import { api } from './api.js';
import { credentials, signInHref } from './credentials.js';
import { Connection, withTicket, withWatch } from './connection.js';
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
const watch = params.get('watch') || '';
const observer = params.get('view') === 'observer';
const header = new HeaderView();
const views = {
  header, alerts: new AlertsView(), tiles: new TilesView(), totals: new TotalsView(), timeline: new TimelineView(),
  charts: new TrendCharts($('#sl-chart'), $('#volume-chart'), $('#sl-legend'), $('#volume-legend')),
};
const store = new Store();
const renderer = new Renderer(store, views);

if (observer) header.setReadOnly();
const act = (/** @type {Promise<unknown>} */ p) => p.then(() => header.clearError(), (e) => header.showNotice(e.message));
header.bindPauseResume((pause) => act(pause ? api.pause(id) : api.resume(id)));
header.bindSpeed((speed) => act(api.speed(id, speed)));
header.bindStop(() => act(api.stop(id)));

/** @param {any} message */
function onMessage(message) {
  if (message.type === 'score') {
    if (!observer) header.setScore(message.score);
    return;
  }
  if (store.apply(message)) renderer.request();
}

/** @param {import('./connection.js').LinkStatus} status */
function onStatus(status) {
  header.setConnection(status);
  if (status.state === 'denied') header.showNoticeLink(status.message || 'The trainer refused this board.', signInHref(), 'Sign in again →');
}

if (!id) {
  header.setConnection({ state: 'ended' });
  header.showNotice('No exercise given: open a wallboard from the start page or the trainer station, which add ?exercise=… to the address.');
} else if (watch && (observer || !credentials.trainerKey())) {
  // The observer link: read-only, and it cannot ask the API whether the exercise has ended
  // (the stream's exercise-stopped event says so).
  new Connection(withWatch(id, watch), { onMessage, onStatus }).open();
} else if (credentials.trainerKey()) {
  new Connection(withTicket(id, api), {
    onMessage, onStatus,
    isEnded: () => api.exercise(id).then((e) => e.state === 'stopped', (e) => e.status === 404),
  }).open();
} else {
  header.setConnection({ state: 'denied' });
  header.showNoticeLink('This is the trainer’s wallboard: sign in with the trainer key to open it (observers use the observer link).',
    signInHref(), 'Sign in →');
}
