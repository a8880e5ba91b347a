// The scored half of the debrief: the headline figures, the outcome balance, each criterion,
// each marking point with its evidence and feedback, and the penalties charged.
import { h } from './dom.js';
import { isFigure } from '../format.js';

/** Status words with an icon, so they read in black and white. */
export const POINT_STATUS = /** @type {Record<string, [string, string]>} */ ({
  met: ['✓ Met', 'ok'], 'partly-met': ['▲ Partly met', 'watch'], 'not-met': ['✕ Not met', 'act'],
  pending: ['… Pending: its window is still open', 'none'], 'not-triggered': ['○ Not triggered', 'none'],
});
export const CRITERION_STATUS = /** @type {Record<string, [string, string]>} */ ({
  met: ['✓ Met', 'ok'], 'partly-met': ['▲ Partly met', 'watch'], 'not-yet-met': ['✕ Not yet met', 'act'],
  'not-assessed': ['○ Not assessed', 'none'],
});

const pct = (/** @type {number|null|undefined} */ x) => (isFigure(x) ? `${Math.round(x)}%` : '–');

/** @param {[string, string]|undefined} status @param {string} fallback */
function badge(status, fallback) {
  const [word, level] = status || [fallback, 'none'];
  return h('span', { class: 'status', 'data-level': level }, word);
}

/** The big figures under the title. @param {any} score */
export function headline(score) {
  return h('div', { class: 'db-figures' },
    h('div', { class: 'db-figure main' }, h('strong', { id: 'overall-percent' }, pct(score.overallPercent)), h('span', null, 'Overall')),
    h('div', { class: 'db-figure' }, h('strong', null, score.max > 0 ? pct(score.pointsPercent) : '–'),
      h('span', null, score.max > 0
        ? `Points: ${score.awarded} awarded${score.penalty ? ` − ${score.penalty} penalties` : ''} of ${score.max}`
        : `Points: no marking point triggered yet${score.penalty ? ` (−${score.penalty} penalties)` : ''}`)),
    h('div', { class: 'db-figure' }, h('strong', null, isFigure(score.outcome?.score) ? pct(score.outcome.score * 100) : '–'),
      h('span', null, 'Outcome balance')));
}

/** @param {any} outcome {score, components[]} */
export function outcomeSection(outcome) {
  return [h('h2', { id: 'outcome-heading' }, 'Outcome balance'),
    h('p', { class: 'db-lead' }, 'How the centre ended up, each part scored from 0 to 100% and weighted. Service at any cost scores less here.'),
    h('table', { class: 'db-table outcome' },
      h('thead', null, h('tr', null, ...['Component', 'Score', '', 'Weight', 'Figure'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, ...(outcome?.components || []).map((/** @type {any} */ c) => h('tr', { 'data-component': c.id },
        h('th', { scope: 'row' }, c.label),
        h('td', { class: 'bar-cell' }, h('span', { class: 'bar', 'data-level': level(c.score) },
          h('span', { class: 'bar-fill', style: `width: ${Math.round(Math.max(0, Math.min(1, c.score ?? 0)) * 100)}%` }))),
        h('td', { class: 'num strong' }, isFigure(c.score) ? pct(c.score * 100) : '–'),
        h('td', { class: 'num' }, isFigure(c.weight) ? pct(c.weight * 100) : '–'),
        h('td', null, c.figure || '')))))];
}

/** @param {number|null} score 0–1 */
function level(score) {
  if (!isFigure(score)) return 'none';
  return score >= 0.8 ? 'ok' : score >= 0.5 ? 'watch' : 'act';
}

/** @param {any[]} criteria @param {any[]} points */
export function criteriaSection(criteria, points) {
  const title = new Map(points.map((p) => [p.id, p.title]));
  return [h('h2', { id: 'criteria-heading' }, 'Assessment criteria'),
    h('table', { class: 'db-table criteria' },
      h('thead', null, h('tr', null, ...['Criterion', 'Status', 'Evidenced by', 'Penalties'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, ...criteria.map((c) => h('tr', { 'data-criterion': c.id },
        h('th', { scope: 'row' }, h('span', { class: 'crit-id' }, c.id), ' ', c.title),
        h('td', null, badge(CRITERION_STATUS[c.status], c.status)),
        h('td', null, ...(c.points || []).flatMap((/** @type {string} */ id, /** @type {number} */ i) =>
          [i ? '; ' : '', h('a', { href: `#point-${id}` }, title.get(id) || id)])),
        h('td', { class: 'num' }, c.penalties ? `−${c.penalties}` : '–')))))];
}

/** @param {any[]} points */
export function pointsSection(points) {
  return [h('h2', { id: 'points-heading' }, 'Marking points'),
    ...points.map((p) => h('article', { class: 'point', id: `point-${p.id}`, 'data-status': p.status },
      h('header', { class: 'point-head' },
        h('h3', null, p.title),
        badge(POINT_STATUS[p.status], p.status),
        h('span', { class: 'point-score' }, `${p.awarded} of ${p.points} points`)),
      h('p', { class: 'point-meta' }, `Criteria ${(p.criteria || []).join(', ')}`,
        p.triggeredClock ? ` · triggered at ${p.triggeredClock}` : ' · not triggered'),
      (p.evidence || []).length ? h('ul', { class: 'evidence' }, ...p.evidence.map((/** @type {any} */ e) =>
        h('li', { 'data-met': String(e.met) }, h('span', { class: 'ev-mark', 'aria-label': e.met ? 'met' : 'not met' }, e.met ? '✓' : '✗'),
          h('time', null, e.clock), ' ', e.text))) : null,
      p.feedback ? h('p', { class: 'feedback' }, p.feedback) : null))];
}

/** @param {any[]} penalties */
export function penaltiesSection(penalties) {
  return [h('h2', { id: 'penalties-heading' }, 'Penalties'),
    penalties.length === 0 ? h('p', { class: 'db-lead' }, '✓ None charged.')
      : h('div', null, ...penalties.map((p) => h('article', { class: 'point penalty', 'data-penalty': p.id },
        h('header', { class: 'point-head' }, h('h3', null, p.title), h('span', { class: 'status', 'data-level': 'act' }, `−${p.points} points`)),
        h('p', { class: 'point-meta' }, `At ${p.clock} · criteria ${(p.criteria || []).join(', ')}`),
        p.evidence ? h('p', { class: 'penalty-evidence' }, p.evidence) : null,
        p.feedback ? h('p', { class: 'feedback' }, p.feedback) : null)))];
}
