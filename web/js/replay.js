// Composition root of the replay page. replay.html?of=ID starts a replay of the recorded
// exercise ID (POST /api/replays) and becomes replay.html?exercise=REPLAY, which a reload or a
// shared tab reopens. The replay streams like an exercise, so the wallboard's own views draw
// it; the timeline bar shows the day with its alerts, incidents, commands and notes, and jumps
// where it is clicked. Play/pause and speed are the exercise controls; "next intervention" jumps
// to the next recorded input (a trainee's command, an injected incident or a note).
import { api } from './api.js';
import { credentials, signInHref } from './credentials.js';
import { Connection, withTicket } from './connection.js';
import { Store } from './store.js';
import { Renderer } from './render.js';
import { TrendCharts } from './charts.js';
import { $ } from './views/dom.js';
import { HeaderView } from './views/header.js';
import { TilesView } from './views/tiles.js';
import { TotalsView } from './views/totals.js';
import { AlertsView } from './views/alerts.js';
import { TimelineView } from './views/timeline.js';
import { ReplayBarView } from './views/replayBar.js';

/** A jump should bring a fresh snapshot; if none comes this soon, a new socket fetches one. */
const SNAPSHOT_AFTER_JUMP_MS = 1500;
const KEPT = 'cc-trainer.replay.';

const params = new URLSearchParams(location.search);
const header = new HeaderView();
const bar = new ReplayBarView();
const views = {
  header, alerts: new AlertsView(), tiles: new TilesView(), totals: new TotalsView(), timeline: new TimelineView(),
  charts: new TrendCharts($('#sl-chart'), $('#volume-chart'), $('#sl-legend'), $('#volume-legend')),
};
const store = new Store();
const renderer = new Renderer(store, views);
header.useReplayWords();
/** @type {Connection|null} */ let connection = null;
let id = params.get('exercise') || '';
/** @type {number|undefined} */ let jumpTimer;
let dayKnown = false;
/** @type {any[]} */ let markers = [];

const act = (/** @type {Promise<any>} */ p) => p.then((r) => { header.clearError(); return r; }, (e) => { header.showNotice(e.message); return null; });

/** After a seek or a step: show the new moment at once, and make sure a fresh snapshot follows. @param {any} r */
function jumped(r) {
  if (!r) return;
  if (typeof r.t === 'number') bar.setPosition(r.t);
  clearTimeout(jumpTimer);
  jumpTimer = setTimeout(() => connection?.reconnect(), SNAPSHOT_AFTER_JUMP_MS);
}

header.bindPauseResume((pause) => act(pause ? api.pause(id) : api.resume(id)));
header.bindSpeed((speed) => act(api.speed(id, speed)));
$('#next').addEventListener('click', () => act(api.next(id)).then(jumped));
$('#stop').addEventListener('click', () => {
  if (confirm('Close this replay? The recording stays; you can replay it again from the trainer station.')) {
    act(api.stop(id)).then(() => location.assign('/trainer.html'));
  }
});
bar.bindSeek((t) => act(api.seek(id, t)).then(jumped));

/** @param {any} m */
function onMessage(m) {
  if (m.type === 'score') return; // the replay's score is the recording's; the debrief has it
  if (m.type === 'snapshot') clearTimeout(jumpTimer);
  if (!store.apply(m)) return;
  const s = store.state;
  if (s) {
    if (!dayKnown && s.scenario) {
      dayKnown = true;
      bar.setDay(bar.duration || s.scenario.durationSeconds, s.scenario.startClock);
      bar.setMarkers(markers);
    }
    bar.setPosition(s.t);
  }
  renderer.request();
}

/** @param {any} replay the replay resource: kind replay, replayOf, duration, markers */
function show(replay) {
  id = replay.id;
  markers = replay.markers || [];
  const of = replay.trainee ? `${replay.trainee}’s exercise` : `exercise ${replay.replayOf || ''}`;
  $('#replay-kicker').textContent = `Replay of ${of}`;
  bar.setDay(replay.duration || replay.dayEndSeconds || 0, '');
  bar.setMarkers(markers);
  const observer = replay.access?.observerLink;
  const copy = /** @type {HTMLButtonElement} */ ($('#copy-observer'));
  copy.hidden = !observer;
  if (observer) copy.addEventListener('click', () => copyLink(new URL(observer, location.href).href, copy));
  connection = new Connection(withTicket(id, api), {
    onMessage,
    onStatus: (status) => {
      header.setConnection(status);
      if (status.state === 'denied') header.showNoticeLink(status.message || 'The trainer refused this replay.', signInHref(), 'Sign in again →');
      if (status.state === 'ended') header.showNotice('This replay has been closed. Start another from the trainer station’s Recorded list.', 'info');
    },
    isEnded: () => api.exercise(id).then((e) => e.state === 'stopped', (e) => e.status === 404),
  }).open();
}

/** @param {string} url @param {HTMLButtonElement} button */
async function copyLink(url, button) {
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    copied = false;
  }
  button.textContent = copied ? 'Copied ✓' : 'Copy failed: see the title';
  button.title = url;
  setTimeout(() => { button.textContent = 'Copy observer link'; }, 2000);
}

/** The replay as the trainer describes it; the answer that created it (kept in this tab) fills any gaps. @param {string} replayId */
async function load(replayId) {
  let kept = null;
  try {
    kept = JSON.parse(sessionStorage.getItem(KEPT + replayId) || 'null');
  } catch {
    kept = null;
  }
  const current = await api.exercise(replayId);
  return { ...kept, ...current, markers: current.markers || kept?.markers || [], duration: current.duration ?? kept?.duration };
}

async function start() {
  const of = params.get('of');
  if (of) {
    const replay = await api.replay(of);
    try {
      sessionStorage.setItem(KEPT + replay.id, JSON.stringify(replay));
    } catch {
      // not kept: a reload asks the trainer again
    }
    history.replaceState(null, '', `/replay.html?exercise=${encodeURIComponent(replay.id)}`);
    return replay;
  }
  return load(id);
}

if (!credentials.trainerKey()) {
  header.setConnection({ state: 'denied' });
  header.showNoticeLink('Replays are for the trainer: sign in with the trainer key (observers follow a replay with its observer link).',
    signInHref(), 'Sign in →');
} else if (!id && !params.get('of')) {
  header.setConnection({ state: 'ended' });
  header.showNotice('No replay given: start one from the trainer station’s Recorded list.');
} else {
  start().then(show, (e) => {
    header.setConnection({ state: e.status === 401 || e.status === 403 ? 'denied' : 'ended' });
    header.showNotice(`The replay could not start: ${e.message}`);
    $('#scenario-title').textContent = 'No replay';
  });
}
