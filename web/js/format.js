// Formatting for the wallboard: every number a viewer reads passes through here, so undefined
// figures (null, NaN, Infinity) show the same dash everywhere.

/** The mark shown for a figure that is not defined yet. */
export const DASH = '–';

/** @param {unknown} x @returns {x is number} */
export const isFigure = (x) => typeof x === 'number' && Number.isFinite(x);

/**
 * A fraction as a percent: 0.8234 → "82%" (digits 0) or "82.3%" (digits 1).
 * @param {number|null|undefined} fraction
 * @param {number} [digits]
 */
export function percent(fraction, digits = 0) {
  if (!isFigure(fraction)) return DASH;
  return `${(fraction * 100).toFixed(digits)}%`;
}

/**
 * A rate that people read best with a decimal while it is small: 0.043 → "4.3%", 0.12 → "12%".
 * @param {number|null|undefined} fraction
 */
export function rate(fraction) {
  if (!isFigure(fraction)) return DASH;
  return percent(fraction, fraction < 0.1 && fraction > 0 ? 1 : 0);
}

/**
 * A duration as a clock-style reading: 65 → "1:05", 3725 → "1:02:05".
 * @param {number|null|undefined} seconds
 */
export function duration(seconds) {
  if (!isFigure(seconds) || seconds < 0) return DASH;
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * A threshold in words, for captions: 20 → "20 s", 90 → "90 s", 14400 → "4 h", 5400 → "1 h 30 min".
 * @param {number|null|undefined} seconds
 */
export function spoken(seconds) {
  if (!isFigure(seconds)) return DASH;
  if (seconds < 120) return `${Math.round(seconds)} s`;
  // Round to the minute first, so 1 h 59.6 min reads "2 h", never "1 h 60 min".
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/**
 * An SLA target as people say it: (0.8, 20) → "80% in 20 s".
 * @param {number|null|undefined} target
 * @param {number|null|undefined} thresholdSeconds
 */
export function slaTarget(target, thresholdSeconds) {
  if (!isFigure(target)) return DASH;
  return `${percent(target)} in ${spoken(thresholdSeconds)}`;
}

/**
 * The wall clock of the simulated day at virtual second t: ("08:00", 5400) → "09:30".
 * @param {string} startClock "HH:MM"
 * @param {number} t virtual seconds since the day's start
 */
export function clockAt(startClock, t) {
  const [h, m] = (startClock || '00:00').split(':').map(Number);
  const minutes = Math.floor((h * 60 + m) + t / 60);
  const hh = Math.floor(minutes / 60) % 24;
  return `${String(hh).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The service-level formula with the queue's own threshold: "answered within T ÷ answered"
 * → "answered ≤ 20 s ÷ answered".
 * @param {string|null|undefined} formula
 * @param {number|null|undefined} thresholdSeconds
 */
export function formula(formula, thresholdSeconds) {
  if (!formula) return '';
  if (!isFigure(thresholdSeconds)) return formula.replace(/\bT\b/g, 'threshold');
  return formula.replace(/within T\b/, `≤ ${spoken(thresholdSeconds)}`);
}

/** @param {number|null|undefined} n */
export function count(n) {
  return isFigure(n) ? String(Math.round(n)) : DASH;
}

/** @param {number} speed */
export function speed(speed) {
  return isFigure(speed) ? `${Number.isInteger(speed) ? speed : speed.toFixed(1)}×` : DASH;
}

/** Channel names as a supervisor says them. */
export const CHANNEL = /** @type {Record<string,string>} */ ({ voice: 'Phone', chat: 'Chat', email: 'Email', all: 'All' });

/** Agent states in plain English, in the order a wallboard lists them. */
export const AGENT_STATES = /** @type {const} */ ([
  ['available', 'Available'], ['on-contact', 'On contact'], ['wrap-up', 'Wrap-up'], ['break', 'Break'],
  ['lunch', 'Lunch'], ['training', 'Training'], ['coaching', 'Coaching'], ['not-ready', 'Not ready'],
  ['logged-out', 'Logged out'],
]);
