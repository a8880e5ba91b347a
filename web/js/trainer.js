// Composition root of the trainer station: launch a cohort and hand out its join codes; watch
// every exercise at once (the list every 2.5 s, a live trainer stream per card on screen);
// pause, resume, change speed, stop, inject incidents and write notes, for one or all selected;
// the recorded exercises, to replay, export or import.
import { api } from './api.js';
import { credentials, signInHref } from './credentials.js';
import { LiveExercises } from './liveExercises.js';
import { $, h, saveFile } from './views/dom.js';
import { CohortFormView } from './views/cohortForm.js';
import { HandoutView } from './views/handout.js';
import { ExerciseGridView } from './views/exerciseGrid.js';
import { InjectDialogView } from './views/injectDialog.js';
import { NoteDialogView } from './views/noteDialog.js';
import { RecordedListView } from './views/recordedList.js';

const LIST_MS = 2500;
const JOURNAL_MS = 10_000;

if (!credentials.trainerKey()) location.replace(signInHref());

const notice = $('#st-notice');
const summary = $('#st-summary');
const cohortForm = new CohortFormView();
const handout = new HandoutView();
const injectDialog = new InjectDialogView();
const noteDialog = new NoteDialogView();
const recorded = new RecordedListView();
/** @type {Map<string, any>} the list's latest word on each exercise */
const infos = new Map();

/** @type {Set<string>} */ const dirty = new Set();
let frame = 0;
const live = new LiveExercises((id) => {
  dirty.add(id);
  if (!frame) frame = requestAnimationFrame(draw);
});

const grid = new ExerciseGridView({
  onSelect: () => {},
  onPause: (id, pause) => each([id], pause ? 'Paused' : 'Resumed', (x) => (pause ? api.pause(x) : api.resume(x))),
  onSpeed: (id, speed) => each([id], `Speed ${speed}×`, (x) => api.speed(x, speed)),
  onStop: (id) => stop([id]),
  onInject: (id) => openInject([id]),
  onNote: (id) => noteDialog.open(targets([id])),
  onExport: (id) => exportJournal(id),
}, (id, visible) => (visible ? live.watch(id) : live.unwatch(id)));

grid.bindBulk({
  pause: (ids) => each(ids, 'Paused', api.pause),
  resume: (ids) => each(ids, 'Resumed', api.resume),
  speed: (ids, speed) => each(ids, `Speed ${speed}×`, (x) => api.speed(x, speed)),
  stop: (ids) => stop(ids),
  inject: (ids) => openInject(ids),
  note: (ids) => noteDialog.open(targets(ids)),
});

/** Draws the cards whose live state changed, once per frame. */
function draw() {
  frame = 0;
  for (const id of dirty) {
    const card = grid.card(id);
    const feed = live.get(id);
    if (!card || !feed) continue;
    card.setLink(feed.link);
    if (feed.store.state) card.setLive(feed.store.state, incidentTitles(feed.store.state));
    card.setScore(feed.score, feed.scored);
  }
  dirty.clear();
}

/** The incidents under way by title: each tick lists them; before the first, the start events say. @param {any} s */
function incidentTitles(s) {
  if (Array.isArray(s.kpis.incidents)) return s.kpis.incidents.map((/** @type {any} */ i) => i.title || i.id);
  return (s.kpis.activeIncidents || []).map((/** @type {string} */ id) => {
    const started = [...s.events].reverse().find((e) => e.kind === 'incident-started' && e.detail?.incident === id);
    return started ? started.summary : id;
  });
}

/** @param {string[]} ids @returns {import('./views/injectDialog.js').Target[]} */
function targets(ids) {
  return ids.map((id) => ({ id, label: infos.get(id)?.trainee || id }));
}

/**
 * Does one thing to each exercise at once; each card says how it went, and so does the bar.
 * @param {string[]} ids @param {string} done the word for success @param {(id: string) => Promise<any>} act
 */
async function each(ids, done, act) {
  const results = await Promise.allSettled(ids.map((id) => act(id)));
  const failed = [];
  results.forEach((r, i) => {
    const card = grid.card(ids[i]);
    if (r.status === 'fulfilled') {
      card?.setStatus(done, 'ok');
      if (r.value?.id) infos.set(r.value.id, { ...infos.get(r.value.id), ...r.value });
    } else {
      card?.setStatus(r.reason.message, 'error');
      failed.push(`${targets([ids[i]])[0].label}: ${r.reason.message}`);
      signedOutBy(r.reason);
    }
  });
  if (ids.length > 1) {
    grid.showBulkStatus(failed.length ? `${done}: ${ids.length - failed.length} of ${ids.length}. ${failed.join(' · ')}`
      : `${done}: all ${ids.length}.`, failed.length ? 'error' : 'ok');
  }
  refresh();
}

/** @param {string[]} ids */
function stop(ids) {
  const who = targets(ids).map((t) => t.label).join(', ');
  if (!confirm(`Stop ${ids.length === 1 ? `${who}’s exercise` : `${ids.length} exercises (${who})`}? `
    + 'It cannot be restarted; its journal, debrief and replay stay.')) return;
  each(ids, 'Stopped', api.stop).then(refreshJournal);
}

/** @param {string[]} ids */
function openInject(ids) {
  const first = ids[0];
  injectDialog.open(targets(ids), { queues: queuesOf(first), agents: live.agents(first) });
}

/** The queues of an exercise: from its stream, or else from its scenario. @param {string} id */
function queuesOf(id) {
  const streamed = live.queues(id);
  if (streamed.length) return streamed;
  return scenarios.get(infos.get(id)?.scenario)?.queues || [];
}

injectDialog.bindSend((incident, list) => Promise.all(list.map((t) => api.inject(t.id, incident).then(
  (r) => ({ ...t, ok: true, message: r?.message || `incident ${r?.incident || incident.id} injected` }),
  (e) => ({ ...t, ok: false, message: e.message })))));

noteDialog.bindSend((text, list) => Promise.all(list.map((t) => api.note(t.id, text).then(
  (r) => ({ ...t, ok: true, message: `kept at ${r?.clock || 'the current time'}` }),
  (e) => ({ ...t, ok: false, message: e.message })))));

/** @param {string} id */
async function exportJournal(id) {
  try {
    const { blob, filename } = await api.exportJournal(id);
    saveFile(blob, filename || `cc-trainer-${id}.ndjson`);
    grid.card(id)?.setStatus('Journal exported', 'ok');
  } catch (e) {
    const message = /** @type {Error} */ (e).message;
    const card = grid.card(id);
    if (card) card.setStatus(`Export: ${message}`, 'error');
    else recorded.showError(`Export of ${id}: ${message}`);
  }
}

/** A refused key ends the session here: say so, with the way back. @param {any} e */
function signedOutBy(e) {
  if (e?.status !== 401) return false;
  notice.replaceChildren(e.message, ' ', h('a', { href: signInHref() }, 'Sign in again →'));
  notice.hidden = false;
  clearInterval(listTimer);
  clearInterval(journalTimer);
  return true;
}

/** @type {Map<string, any>} */
let scenarios = new Map();
api.scenarios().then((list) => {
  scenarios = new Map(list.map((/** @type {any} */ s) => [s.id, s]));
  cohortForm.setScenarios(list);
}, (e) => signedOutBy(e) || cohortForm.showError(`Could not load the scenarios: ${e.message}`));

cohortForm.bindLaunch(async (request) => {
  cohortForm.setBusy(true);
  try {
    const cohort = await api.cohort(request);
    handout.show(scenarios.get(request.scenario)?.title || request.scenario, cohort.exercises || []);
    cohortForm.launched();
    await refresh();
    refreshJournal();
  } catch (e) {
    if (!signedOutBy(e)) cohortForm.showError(/** @type {Error} */ (e).message);
  } finally {
    cohortForm.setBusy(false);
  }
});

let firstList = true;
async function refresh() {
  try {
    const list = await api.exercises();
    for (const e of list) infos.set(e.id, e);
    grid.setExercises(list);
    if (firstList) cohortForm.setOpen(!list.some((/** @type {any} */ e) => e.kind !== 'replay' && e.state !== 'stopped'));
    firstList = false;
    for (const e of list) if (e.state === 'stopped') live.drop(e.id);
    const running = list.filter((/** @type {any} */ e) => e.kind !== 'replay' && e.state === 'running').length;
    const paused = list.filter((/** @type {any} */ e) => e.kind !== 'replay' && e.state === 'paused').length;
    summary.textContent = `${running} running · ${paused} paused`;
  } catch (e) {
    if (!signedOutBy(e)) summary.textContent = `Could not refresh: ${/** @type {Error} */ (e).message}`;
  }
}

async function refreshJournal() {
  try {
    recorded.setRecorded(await api.journal());
  } catch (e) {
    if (!signedOutBy(e)) recorded.showError(`Could not read the journal: ${/** @type {Error} */ (e).message}`);
  }
}

recorded.bindExport(exportJournal);
recorded.bindImport(async (file) => {
  try {
    const answer = await api.importJournal(file);
    recorded.showImported(`✓ Imported “${file.name}” as exercise ${answer.id}: it is listed below, ready to replay.`);
    refreshJournal();
  } catch (e) {
    const err = /** @type {any} */ (e);
    if (signedOutBy(err)) return;
    const { heading, problems } = problemsOf(err);
    recorded.showImportProblems(`✕ “${file.name}” was not imported, and nothing was stored: ${heading}`, problems);
  }
});

/**
 * The import's refusal as a heading and its problems, one per line: the answer's own list if it
 * has one, else its message split at each "line N:".
 * @param {any} e @returns {{heading: string, problems: string[]}}
 */
function problemsOf(e) {
  const listed = e.body?.problems || e.body?.errors;
  if (Array.isArray(listed)) {
    return { heading: e.message, problems: listed.map((p) => (typeof p === 'string' ? p : p.line ? `line ${p.line}: ${p.message || p.what}` : JSON.stringify(p))) };
  }
  const message = String(e.message || '');
  const first = message.search(/\bline \d+:/);
  if (first < 0) return { heading: message, problems: [] };
  return {
    heading: message.slice(0, first).replace(/[:\s]+$/, ''),
    problems: message.slice(first).split(/;\s+(?=line \d+:|…)/).map((l) => l.trim()).filter(Boolean),
  };
}

$('#sign-out').addEventListener('click', () => {
  credentials.signOut();
  location.assign('/');
});

const listTimer = setInterval(refresh, LIST_MS);
const journalTimer = setInterval(refreshJournal, JOURNAL_MS);
refresh();
refreshJournal();
