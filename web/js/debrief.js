// Composition root of the debrief: debrief.html?exercise=ID. Fetches the debrief once and lays
// it out as a document that prints cleanly (css/debrief.css has the print rules).
import { api } from './api.js';
import { h, $ } from './views/dom.js';
import { criteriaSection, headline, outcomeSection, penaltiesSection, pointsSection } from './views/debriefScore.js';
import { interventionsSection, timelineSection } from './views/debriefRecord.js';

const id = new URLSearchParams(location.search).get('exercise') || '';
const STATE = /** @type {Record<string, string>} */ ({
  running: 'still running', paused: 'paused', finished: 'day finished', stopped: 'stopped',
});

$('#print').addEventListener('click', () => window.print());
/** @type {HTMLAnchorElement} */ ($('#console-link')).href = `console.html?exercise=${encodeURIComponent(id)}`;

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

/** @param {any} d the debrief (docs/scoring.md) */
function render(d) {
  const scenario = d.exercise?.scenario || {};
  const info = d.exercise?.info || {};
  const score = d.score;
  document.title = `Debrief: ${scenario.title || id} · cc-trainer`;
  $('#db-title').textContent = scenario.title || 'Exercise';
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
  fill('#db-interventions', interventionsSection(d.interventions || []));
  fill('#db-timeline', timelineSection(d.timeline || []));
  document.body.dataset.loaded = 'true';
}

if (!id) {
  fail('No exercise given: open the debrief from the start page or the console, which add ?exercise=… to the address.');
} else {
  api.debrief(id).then(render, (e) => fail(e.status === 404
    ? `${e.message}. A debrief stays available for as long as its exercise is listed on the start page.`
    : e.message));
}
