// Composition root of the debrief: debrief.html?exercise=ID. Fetches the debrief once and lays
// it out as a document that prints cleanly (css/debrief.css has the print rules). With
// &record=1 it is the observation record for the trainee's portfolio: the same debrief with the
// trainee's label and the trainer's notes. The trainer reads it with the trainer key; a trainee
// with the token from joining (once the day is over).
import { api, traineeApi } from './api.js';
import { credentials, signInHref } from './credentials.js';
import { h, $ } from './views/dom.js';
import { criteriaSection, headline, outcomeSection, penaltiesSection, pointsSection } from './views/debriefScore.js';
import { interventionsSection, notesSection, timelineSection } from './views/debriefRecord.js';

const params = new URLSearchParams(location.search);
const id = params.get('exercise') || '';
const asRecord = params.get('record') === '1';
const caller = credentials.trainerKey() || !credentials.traineeToken(id) ? api : traineeApi(id);
const STATE = /** @type {Record<string, string>} */ ({
  running: 'still running', paused: 'paused', finished: 'day finished', stopped: 'stopped',
});

$('#print').addEventListener('click', () => window.print());
const back = /** @type {HTMLAnchorElement} */ ($('#console-link'));
if (credentials.trainerKey()) {
  back.href = '/trainer.html';
  back.textContent = 'Trainer station';
} else {
  back.href = `console.html?exercise=${encodeURIComponent(id)}`;
}

/** @param {string} selector @param {Node[]} nodes */
function fill(selector, nodes) {
  const section = $(selector);
  section.replaceChildren(...nodes);
  section.hidden = false;
}

/** @param {string} message */
function fail(message) {
  $('#db-title').textContent = 'No debrief to show';
  const error = $('#db-error');
  error.textContent = message;
  error.hidden = false;
}

/**
 * @param {any} d the debrief (docs/scoring.md)
 * @param {{trainee?: string, notes?: any[]}} [record] the observation record's own parts
 */
function render(d, record) {
  const scenario = d.exercise?.scenario || {};
  const info = d.exercise?.info || {};
  const score = d.score;
  const trainee = record?.trainee || info.trainee || '';
  document.title = `${record ? 'Observation record' : 'Debrief'}: ${trainee ? `${trainee}, ` : ''}${scenario.title || id} · cc-trainer`;
  if (record) $('.db-kicker').textContent = 'Observation record';
  $('#db-title').textContent = scenario.title || 'Exercise';
  if (trainee) $('#db-header').append(h('p', { class: 'db-trainee' }, 'Trainee: ', h('strong', { id: 'db-trainee' }, trainee)));
  const state = STATE[info.state] || info.state || '';
  $('#db-header').append(
    h('p', { class: 'db-meta' }, `Exercise ${info.id || id} · scenario ${scenario.id || '–'} · as of ${d.clock} (${state})`
      + (info.seed != null ? ` · seed ${info.seed}` : '')),
    score ? headline(score) : h('p', { class: 'db-unscored' }, 'This scenario is not scored: there are no marking points. The interventions and the timeline are below.'));
  if (info.state === 'running' || info.state === 'paused') {
    const note = $('#db-note');
    note.textContent = `The exercise is ${state}: this is the debrief as of ${d.clock}, and open marking points may still change. Reload for the latest.`;
    note.hidden = false;
  }
  if (score) {
    fill('#db-outcome', outcomeSection(score.outcome));
    fill('#db-criteria', criteriaSection(score.criteria || [], score.points || []));
    fill('#db-points', pointsSection(score.points || []));
    fill('#db-penalties', penaltiesSection(score.penalties || []));
  }
  if (record) fill('#db-notes', notesSection(record.notes || []));
  fill('#db-interventions', interventionsSection(d.interventions || []));
  fill('#db-timeline', timelineSection(d.timeline || []));
  document.body.dataset.loaded = 'true';
}

/**
 * The record is the debrief with the trainer's notes and the trainee's label: either as
 * {debrief, notes, trainee}, or the debrief itself, whose timeline carries the notes (kind
 * "note") and whose exercise info carries the label.
 * @param {any} r
 */
function renderRecord(r) {
  const d = r.debrief || r;
  const notes = r.notes || (d.timeline || []).filter((/** @type {any} */ e) => e.kind === 'note')
    .map((/** @type {any} */ e) => ({ t: e.t, clock: e.clock, text: String(e.text || '').replace(/^Trainer['’]s note:\s*/, '') }));
  render(d, { trainee: r.trainee || d.exercise?.info?.trainee || '', notes });
}

if (!id) {
  fail('No exercise given: open the debrief from the start page, the trainer station or the console, which add ?exercise=… to the address.');
} else if (!credentials.trainerKey() && !credentials.traineeToken(id)) {
  fail('Sign in as the trainer, or join this exercise with its join code, to read its debrief.');
  $('#db-error').append(' ', h('a', { href: signInHref() }, 'Sign in →'));
} else {
  (asRecord ? caller.record(id).then(renderRecord) : caller.debrief(id).then((d) => render(d))).catch((e) => fail(e.status === 404
    ? `${e.message}. A debrief stays available for as long as its exercise is listed on the start page.`
    : e.message));
}
