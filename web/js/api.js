// The trainer's HTTP API (docs/api.md). Every call but joining carries a credential as a Bearer
// header: the trainer key, or a trainee's token for one exercise. Every failure becomes an
// ApiError carrying the trainer's own sentence (or ours, for a refused credential), ready to
// show inline.
import { credentials } from './credentials.js';

export class ApiError extends Error {
  /** @param {number} status @param {string} code @param {string} message @param {any} [body] the error's whole JSON */
  constructor(status, code, message, body = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.body = body;
  }
}

/** @typedef {'trainer'|'trainee'|'anyone'} Who */
/**
 * @typedef {object} CallOptions
 * @property {object} [json] a JSON body
 * @property {Blob|string} [raw] a body sent as it is (a journal file)
 * @property {string} [rawType]
 * @property {'json'|'blob'} [as] what to read back
 */

const SIGN_IN = {
  trainer: {
    none: 'Not signed in as the trainer: sign in with the trainer key on the start page.',
    refused: 'The trainer did not accept this trainer key: sign in again with the key the trainer printed at its first start (or set with --trainer-key).',
  },
  trainee: {
    none: 'This browser has not joined this exercise: join it with the join code your trainer gave you, on the start page.',
    refused: 'Your place in this exercise has expired or is not valid here: join again with the join code.',
  },
};

/**
 * @param {Who} who @param {string} credential '' sends none
 * @param {string} method @param {string} path @param {CallOptions} [o]
 * @returns {Promise<any>}
 */
async function call(who, credential, method, path, o = {}) {
  /** @type {Record<string, string>} */
  const headers = {};
  if (credential) headers.authorization = `Bearer ${credential}`;
  let body;
  if (o.json) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(o.json);
  } else if (o.raw !== undefined) {
    headers['content-type'] = o.rawType || 'application/octet-stream';
    body = o.raw;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body });
  } catch {
    throw new ApiError(0, 'unreachable', 'The trainer cannot be reached. Check that it is running, then try again.');
  }
  if (response.ok && o.as === 'blob') {
    return { blob: await response.blob(), filename: filenameOf(response.headers.get('content-disposition')) };
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    let message = json?.message || `The trainer answered ${response.status} ${response.statusText}.`;
    if (response.status === 401 && who !== 'anyone') message = SIGN_IN[who][credential ? 'refused' : 'none'];
    throw new ApiError(response.status, json?.error || 'http-' + response.status, message, json);
  }
  return json;
}

/** The file name a content-disposition header gives, if any. @param {string|null} header */
function filenameOf(header) {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header || '');
  return match ? decodeURIComponent(match[1]) : '';
}

const exercisePath = (/** @type {string} */ id) => `/api/exercises/${encodeURIComponent(id)}`;

/**
 * The API as one caller: every call carries the credential `credential()` gives at that moment.
 * @param {Who} who @param {() => string} credential
 */
function apiAs(who, credential) {
  const send = (/** @type {string} */ method, /** @type {string} */ path, /** @type {CallOptions} */ o = {}) =>
    call(who, credential(), method, path, o);
  return {
    scenarios: () => send('GET', '/api/scenarios').then((r) => r.scenarios),
    exercises: () => send('GET', '/api/exercises').then((r) => r.exercises),
    exercise: (/** @type {string} */ id) => send('GET', exercisePath(id)),
    /** @param {{scenario:string, speed:number, seed?:number}} request */
    start: (request) => send('POST', '/api/exercises', { json: request }),
    /** @param {{scenario:string, speed:number, seed?:number, trainees:string[]}} request */
    cohort: (request) => send('POST', '/api/cohorts', { json: request }),
    pause: (/** @type {string} */ id) => send('POST', `${exercisePath(id)}/pause`),
    resume: (/** @type {string} */ id) => send('POST', `${exercisePath(id)}/resume`),
    stop: (/** @type {string} */ id) => send('POST', `${exercisePath(id)}/stop`),
    /** @param {string} id @param {number} speed */
    speed: (id, speed) => send('POST', `${exercisePath(id)}/speed`, { json: { speed } }),
    /** A single-use ticket to open the stream as this caller. @param {string} id */
    ticket: (id) => send('POST', `${exercisePath(id)}/ticket`),
    /** 404 not-found when the scenario is not scored. @param {string} id */
    score: (id) => send('GET', `${exercisePath(id)}/score`),
    /** @param {string} id */
    debrief: (id) => send('GET', `${exercisePath(id)}/debrief`),
    /** The debrief with the trainer's notes and the trainee's label. @param {string} id */
    record: (id) => send('GET', `${exercisePath(id)}/record`),
    /** @param {string} id @param {string} alert */
    acknowledge: (id, alert) => send('POST', `${exercisePath(id)}/alerts/${encodeURIComponent(alert)}/acknowledge`),
    /** @param {string} id @param {object} incident as in a scenario file, without `at` */
    inject: (id, incident) => send('POST', `${exercisePath(id)}/incidents`, { json: incident }),
    /** @param {string} id @param {string} text */
    note: (id, text) => send('POST', `${exercisePath(id)}/notes`, { json: { text } }),
    journal: () => send('GET', '/api/journal').then((r) => r.exercises),
    /** @param {string} id @returns {Promise<{blob: Blob, filename: string}>} */
    exportJournal: (id) => send('GET', `/api/journal/${encodeURIComponent(id)}/export`, { as: 'blob' }),
    /** @param {Blob} file an exported journal */
    importJournal: (file) => send('POST', '/api/journal/import', { raw: file, rawType: 'application/x-ndjson' }),
    /** @param {string} exercise @param {number} [speed] */
    replay: (exercise, speed) => send('POST', '/api/replays', { json: speed ? { exercise, speed } : { exercise } }),
    /** @param {string} id @param {number} t */
    seek: (id, t) => send('POST', `${exercisePath(id)}/seek`, { json: { t } }),
    /** @param {string} id */
    next: (id) => send('POST', `${exercisePath(id)}/next`),
  };
}

/** @typedef {ReturnType<typeof apiAs>} Api */

/** The trainer: every call carries the trainer key this tab signed in with. */
export const api = apiAs('trainer', credentials.trainerKey);

/** The trainee of one exercise: every call carries the token from joining it. @param {string} exercise */
export const traineeApi = (exercise) => apiAs('trainee', () => credentials.traineeToken(exercise));

/**
 * Joins an exercise with a join code (no credential needed).
 * @param {string} code @returns {Promise<{exercise:string, title:string, token:string, console:string}>}
 */
export const join = (code) => call('anyone', '', 'POST', '/api/join', { json: { code } });
