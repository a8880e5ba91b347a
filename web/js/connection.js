// One exercise's WebSocket stream, kept open: expects a snapshot first, drops anything not
// newer than what it has passed on, and reconnects with exponential backoff and jitter. The
// fresh snapshot of a new socket replaces everything, so nothing is lost across a reconnect
// (ticks carry the whole KPI state).

/** @typedef {'connecting'|'live'|'reconnecting'|'ended'|'denied'} LinkState  denied: the credential was refused */
/** @typedef {{state: LinkState, retryInMs?: number, attempt?: number, message?: string}} LinkStatus */
/** The stream's address for the next socket: asked before every (re)connect, since a ticket opens one socket once. */
/** @typedef {() => Promise<string>} UrlSource */

/**
 * @typedef {object} ConnectionOptions
 * @property {(message: any) => void} onMessage  each snapshot, tick, alert, event and score, in order
 * @property {(message: any) => void} [onReply]  answers to what this client sent (ack, error, agents, pong):
 *   they repeat the latest seq, so they bypass the seq check
 * @property {(status: LinkStatus) => void} onStatus
 * @property {() => Promise<boolean>} [isEnded]  asked after a close: true stops reconnecting
 * @property {number} [firstDelayMs]  first retry delay, doubled per failed attempt
 * @property {number} [maxDelayMs]
 * @property {number} [silenceMs]  a socket quiet this long is presumed dead (ticks come at least once a second)
 */

/** Messages that answer the client rather than tell the exercise's story: never seq-checked. */
const REPLIES = new Set(['ack', 'error', 'agents', 'pong']);

/**
 * The stream's address for an exercise, on the page's own host.
 * @param {string} exercise @param {Record<string, string>} [query]
 */
export function streamUrl(exercise, query = {}) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const search = new URLSearchParams(query).toString();
  return `${scheme}//${location.host}/ws/exercises/${encodeURIComponent(exercise)}${search ? `?${search}` : ''}`;
}

/**
 * Opens each socket with a fresh single-use ticket, asked for with the caller's credential
 * (the trainer key or the trainee's token).
 * @param {string} exercise @param {{ticket: (id: string) => Promise<{ticket: string}>}} caller
 * @returns {UrlSource}
 */
export const withTicket = (exercise, caller) => async () => streamUrl(exercise, { ticket: (await caller.ticket(exercise)).ticket });

/**
 * Opens each socket with the observer link's token: read-only, and no sign-in needed.
 * @param {string} exercise @param {string} watch @returns {UrlSource}
 */
export const withWatch = (exercise, watch) => async () => streamUrl(exercise, { watch });

export class Connection {
  /** @param {UrlSource} url asked before every socket @param {ConnectionOptions} options */
  constructor(url, options) {
    this.url = url;
    this.options = { firstDelayMs: 500, maxDelayMs: 10_000, silenceMs: 10_000, isEnded: async () => false, ...options };
    /** @type {WebSocket|null} */ this.socket = null;
    this.attempt = 0;
    this.lastSeq = -Infinity;
    this.hasSnapshot = false;
    this.stopped = false;
    /** @type {number|undefined} */ this.retryTimer = undefined;
    /** @type {number|undefined} */ this.silenceTimer = undefined;
  }

  open() {
    this.stopped = false;
    this.#connect();
    return this;
  }

  /** True while a snapshot has arrived on an open socket, so what is sent now can be answered. */
  get live() {
    return this.hasSnapshot && this.socket?.readyState === WebSocket.OPEN;
  }

  /**
   * Sends one JSON message on the live socket; false when there is none (reconnecting, ended).
   * @param {object} message
   */
  send(message) {
    if (!this.live) return false;
    /** @type {WebSocket} */ (this.socket).send(JSON.stringify(message));
    return true;
  }

  /** Stops for good: no reconnect. */
  close() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.silenceTimer);
    this.socket?.close(1000, 'viewer left');
  }

  /** Replaces the socket at once, for a fresh snapshot (a replay that jumped, say). */
  reconnect() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    const old = this.socket;
    this.socket = null;
    old?.close(1000, 'reconnecting');
    this.#connect();
  }

  async #connect() {
    this.options.onStatus({ state: this.attempt === 0 ? 'connecting' : 'reconnecting', attempt: this.attempt });
    this.hasSnapshot = false;
    let url;
    try {
      url = await this.url();
    } catch (e) {
      this.#refused(/** @type {any} */ (e));
      return;
    }
    if (this.stopped) return;
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onmessage = (frame) => this.#receive(frame.data);
    socket.onclose = () => this.#closed(socket);
    this.#expectTraffic();
  }

  /** @param {unknown} data */
  #receive(data) {
    this.#expectTraffic();
    let message;
    try {
      message = JSON.parse(String(data));
    } catch {
      return;
    }
    if (REPLIES.has(message.type)) {
      this.options.onReply?.(message);
      return;
    }
    if (!this.hasSnapshot) {
      if (message.type !== 'snapshot') return;
      this.hasSnapshot = true;
      this.attempt = 0;
      this.lastSeq = message.seq;
      this.options.onStatus({ state: message.state === 'stopped' ? 'ended' : 'live' });
      this.options.onMessage(message);
      return;
    }
    if (!(message.seq > this.lastSeq)) return;
    this.lastSeq = message.seq;
    this.options.onMessage(message);
    if (message.type === 'event' && message.kind === 'exercise-stopped') this.#end();
  }

  #end() {
    this.close();
    this.options.onStatus({ state: 'ended' });
  }

  /**
   * No address for a socket: a refused credential stops for good (retrying cannot help), an
   * exercise that is gone has ended, anything else (the trainer unreachable) is retried.
   * @param {{status?: number, message?: string}} e
   */
  #refused(e) {
    if (this.stopped) return;
    if (e.status === 401 || e.status === 403) {
      this.close();
      this.options.onStatus({ state: 'denied', message: e.message });
    } else if (e.status === 404) {
      this.#end();
    } else {
      this.#retry();
    }
  }

  /** Closes a socket that has gone quiet, which makes it reconnect. */
  #expectTraffic() {
    clearTimeout(this.silenceTimer);
    this.silenceTimer = setTimeout(() => this.socket?.close(4000, 'silent'), this.options.silenceMs);
  }

  /** @param {WebSocket} socket */
  async #closed(socket) {
    if (socket !== this.socket || this.stopped) return;
    clearTimeout(this.silenceTimer);
    let ended = false;
    try {
      ended = await this.options.isEnded();
    } catch {
      ended = false; // the trainer itself may be unreachable: keep trying
    }
    if (this.stopped) return;
    if (ended) {
      this.#end();
      return;
    }
    this.#retry();
  }

  #retry() {
    const delay = this.#delay();
    this.attempt++;
    this.options.onStatus({ state: 'reconnecting', retryInMs: delay, attempt: this.attempt });
    this.retryTimer = setTimeout(() => this.#connect(), delay);
  }

  /** 0.5 s doubling to 10 s, each time between half and all of it so many viewers spread out. */
  #delay() {
    const { firstDelayMs, maxDelayMs } = this.options;
    const ceiling = Math.min(maxDelayMs, firstDelayMs * 2 ** this.attempt);
    return Math.round(ceiling / 2 + Math.random() * ceiling / 2);
  }
}
