// One exercise's WebSocket stream, kept open: expects a snapshot first, drops anything not
// newer than what it has passed on, and reconnects with exponential backoff and jitter. The
// fresh snapshot of a new socket replaces everything, so nothing is lost across a reconnect
// (ticks carry the whole KPI state).

/** @typedef {'connecting'|'live'|'reconnecting'|'ended'} LinkState */
/** @typedef {{state: LinkState, retryInMs?: number, attempt?: number}} LinkStatus */

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
 * The stream's address for an exercise, on the page's own host. Without a role the trainer
 * treats the viewer as an observer (read-only); the console joins as "trainee".
 * @param {string} exercise @param {'trainee'|'trainer'|'observer'} [role]
 */
export function streamUrl(exercise, role) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const query = role ? `?role=${encodeURIComponent(role)}` : '';
  return `${scheme}//${location.host}/ws/exercises/${encodeURIComponent(exercise)}${query}`;
}

export class Connection {
  /** @param {string} url @param {ConnectionOptions} options */
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

  #connect() {
    this.options.onStatus({ state: this.attempt === 0 ? 'connecting' : 'reconnecting', attempt: this.attempt });
    this.hasSnapshot = false;
    const socket = new WebSocket(this.url);
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
