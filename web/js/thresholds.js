// The colour thresholds of the wallboard (documented in docs/wallboard.md). They follow the
// alert rules (docs/alerts.md) so a tile turns red at about the moment an alert is raised.
import { isFigure } from './format.js';

/** @typedef {'ok'|'watch'|'act'|'none'} Level  green, amber, red, or no data */

/** Points below target that still count as "at risk" rather than "off target". */
export const SL_AMBER_POINTS = 0.05;
/** Fewer contacts than this in the window colour nothing: a ratio of three contacts is noise (as for the alerts). */
export const MIN_SL_CONTACTS = 10;
export const MIN_ABANDON_CONTACTS = 10;

/**
 * Rolling service level against target: at or above target ok; up to 5 points under watch;
 * further under act. Needs at least 10 answered + abandoned in the window (as the SLA alert does).
 * @param {number|null} level @param {number|null} target @param {number} contacts answered + abandoned
 * @returns {Level}
 */
export function serviceLevelLevel(level, target, contacts) {
  if (!isFigure(level) || !isFigure(target) || contacts < MIN_SL_CONTACTS) return 'none';
  if (level >= target - 1e-9) return 'ok';
  return level >= target - SL_AMBER_POINTS - 1e-9 ? 'watch' : 'act';
}

/**
 * Longest wait against the SLA threshold T: voice and chat watch above T, act above 3 × T
 * (the longest-wait alert's warning line); email watch above half T, act above 0.75 × T.
 * @param {number|null} seconds @param {number|null} threshold @param {string} channel @returns {Level}
 */
export function longestWaitLevel(seconds, threshold, channel) {
  if (!isFigure(seconds) || !isFigure(threshold)) return 'none';
  const [watch, act] = channel === 'email' ? [0.5, 0.75] : [1, 3];
  if (seconds > act * threshold) return 'act';
  return seconds > watch * threshold ? 'watch' : 'ok';
}

/**
 * Contacts waiting: voice and chat watch above 5, act at 10 or more (queue-depth warning);
 * email watch above 25, act at 50 or more.
 * @param {number|null} waiting @param {string} channel @returns {Level}
 */
export function waitingLevel(waiting, channel) {
  if (!isFigure(waiting)) return 'none';
  const [watch, act] = channel === 'email' ? [25, 50] : [5, 10];
  if (waiting >= act) return 'act';
  return waiting > watch ? 'watch' : 'ok';
}

/**
 * Rolling abandon rate: above 5% watch, above 8% act (the abandon-rate alert's warning line).
 * Needs at least 10 answered + abandoned in the window. Email never abandons.
 * @param {number|null} rate @param {number} contacts answered + abandoned @returns {Level}
 */
export function abandonLevel(rate, contacts) {
  if (!isFigure(rate) || contacts < MIN_ABANDON_CONTACTS) return 'none';
  if (rate > 0.08) return 'act';
  return rate > 0.05 ? 'watch' : 'ok';
}

const RANK = { none: 0, ok: 1, watch: 2, act: 3 };

/**
 * The tile's overall level: the worst of its figures, with the figure that set it.
 * @param {Array<[string, Level]>} named
 * @returns {{level: Level, because: string[]}}
 */
export function worst(named) {
  let level = /** @type {Level} */ ('none');
  for (const [, l] of named) if (RANK[l] > RANK[level]) level = l;
  const because = level === 'ok' || level === 'none' ? [] : named.filter(([, l]) => l === level).map(([n]) => n);
  return { level, because };
}

/** Words beside the colour, so the status reads without colour vision. */
export const LEVEL_WORD = { ok: 'On target', watch: 'At risk', act: 'Action needed', none: 'Too few contacts yet' };
/** Icons beside the words: a tick, a warning triangle, a cross. */
export const LEVEL_ICON = { ok: '✓', watch: '▲', act: '✕', none: '○' };
