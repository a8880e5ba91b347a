// The trainer's HTTP API (docs/api.md). Every failure becomes an ApiError carrying the
// trainer's own sentence, ready to show inline.

export class ApiError extends Error {
  /** @param {number} status @param {string} code @param {string} message */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * @param {string} method @param {string} path @param {object} [body]
 * @returns {Promise<any>}
 */
async function call(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0, 'unreachable', 'The trainer cannot be reached. Check that it is running, then try again.');
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const message = json?.message || `The trainer answered ${response.status} ${response.statusText}.`;
    throw new ApiError(response.status, json?.error || 'http-' + response.status, message);
  }
  return json;
}

const exercisePath = (/** @type {string} */ id) => `/api/exercises/${encodeURIComponent(id)}`;

export const api = {
  scenarios: () => call('GET', '/api/scenarios').then((r) => r.scenarios),
  exercises: () => call('GET', '/api/exercises').then((r) => r.exercises),
  exercise: (/** @type {string} */ id) => call('GET', exercisePath(id)),
  /** @param {{scenario:string, speed:number, seed?:number}} request */
  start: (request) => call('POST', '/api/exercises', request),
  pause: (/** @type {string} */ id) => call('POST', `${exercisePath(id)}/pause`),
  resume: (/** @type {string} */ id) => call('POST', `${exercisePath(id)}/resume`),
  stop: (/** @type {string} */ id) => call('POST', `${exercisePath(id)}/stop`),
  /** @param {string} id @param {number} speed */
  speed: (id, speed) => call('POST', `${exercisePath(id)}/speed`, { speed }),
  /** 404 not-found when the scenario is not scored. @param {string} id */
  score: (id) => call('GET', `${exercisePath(id)}/score`),
  /** @param {string} id */
  debrief: (id) => call('GET', `${exercisePath(id)}/debrief`),
  /** @param {string} id @param {string} alert */
  acknowledge: (id, alert) => call('POST', `${exercisePath(id)}/alerts/${encodeURIComponent(alert)}/acknowledge`),
};
