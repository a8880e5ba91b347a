// The trainee's commands (docs/protocol.md, "Commands"): what each action is called, a one-line
// summary of its parameters, and the desk that sends commands and matches each answer (ack or
// error) to its command by id. No DOM here: the command log and the forms render from it.

/** Actions as a supervisor names them. */
export const ACTION_LABEL = /** @type {Record<string,string>} */ ({
  'move-agent': 'Move agent', 'set-priority': 'Queue priority', 'set-overflow': 'Overflow',
  'recall-agent': 'Recall agent', 'postpone-activity': 'Postpone activity', 'add-overtime': 'Overtime',
  'send-home': 'Send home', 'set-callback-offer': 'Callback offer', 'set-ivr-message': 'IVR message',
  'set-digital-deflection': 'Digital deflection', 'classify-case': 'Classify case', 'escalate-case': 'Escalate case',
  'compliance-action': 'Compliance response', 'invoke-continuity-plan': 'Continuity plan',
  'schedule-coaching': 'Coaching session', reforecast: 'Re-forecast', staffing: 'Staffing calculator',
  'open-view': 'Looked at', broadcast: 'Broadcast', 'acknowledge-alert': 'Acknowledge alert',
  'resolve-alert': 'Resolve alert', 'review-change': 'Review of a change', 'risk-assessment': 'Risk assessment',
  'improvement-plan': 'Improvement plan',
});

/** The commands that change the centre: the ones a review-change can name (scoring's ActionNames.CHANGES). */
export const CHANGES = new Set(['move-agent', 'set-priority', 'set-overflow', 'recall-agent', 'postpone-activity',
  'add-overtime', 'send-home', 'set-callback-offer', 'set-ivr-message', 'set-digital-deflection',
  'invoke-continuity-plan', 'schedule-coaching']);

export const VIEW_LABEL = /** @type {Record<string,string>} */ ({
  'agent-quality': 'quality figures', recordings: 'flagged recordings', 'csat-comments': 'survey comments',
  'what-moved': 'what moved',
});

export const RESPONSE_LABEL = /** @type {Record<string,string>} */ ({
  'pause-recording': 'Pause recording', 'redact-recording': 'Redact recording', 'report-dpo': 'Report to the DPO',
  'remove-agent': 'Remove agent from queue', 'contact-customer': 'Contact the customer',
  'stop-all-recording': 'Stop all recording',
});

/**
 * One line saying what a command asked for: "sam-ortiz → billing, support (priority 2)".
 * @param {string} action @param {Record<string, any>} p
 * @param {(id: string) => string} [name] agent, case or event id → the name a supervisor knows it by
 */
export function summarise(action, p, name = (id) => id) {
  const queues = () => (p.skills ? p.skills.map((/** @type {any} */ s) => s.queue + (s.priority > 1 ? ` (priority ${s.priority})` : ''))
    : p.queues || []).join(', ');
  const onOff = p.on ? 'on' : 'off';
  switch (action) {
    case 'move-agent': return `${name(p.agent)} → ${queues()}`;
    case 'set-priority': return `${p.queue}: priority ${p.priority}`;
    case 'set-overflow': return p.to?.length ? `${p.queue}: after ${p.afterSeconds} s → ${p.to.join(', ')}` : `${p.queue}: overflow off`;
    case 'recall-agent': return name(p.agent);
    case 'postpone-activity': return `${name(p.agent)}: next activity ${p.minutes} min later`;
    case 'add-overtime': return `${p.count} agent${p.count === 1 ? '' : 's'} for ${p.durationMinutes} min on ${queues()}`;
    case 'send-home': return (p.agents || []).map(name).join(', ');
    case 'set-callback-offer': case 'set-digital-deflection': return `${p.queue}: ${onOff}`;
    case 'set-ivr-message': return p.on ? `${p.queue}: “${p.message}”` : `${p.queue}: off`;
    case 'classify-case': return `${name(p.case)}: ${p.classification}`;
    case 'escalate-case': return `${name(p.case)}: tier ${p.tier}, owner ${p.owner}, within ${p.resolveWithinMinutes} min`;
    case 'compliance-action': return `${name(p.event)}: ${RESPONSE_LABEL[p.response] || p.response}`;
    case 'invoke-continuity-plan': return `${p.outage}: recovery within ${p.recoveryTimeObjectiveMinutes} min`;
    case 'schedule-coaching': return `${name(p.agent)} at ${p.at} for ${p.minutes} min (${p.note?.model || '?'})`;
    case 'reforecast': return `${p.queue}: ${p.callsPerHour}/h${p.ahtSeconds ? `, AHT ${p.ahtSeconds} s` : ''}`;
    case 'staffing': return [p.queue, p.callsPerHour != null && `${p.callsPerHour}/h`, p.ahtSeconds && `AHT ${p.ahtSeconds} s`,
      p.agents && `${p.agents} agents`].filter(Boolean).join(', ');
    case 'open-view': return (VIEW_LABEL[p.view] || p.view) + (p.agent ? ` of ${name(p.agent)}` : '');
    case 'broadcast': return `“${p.message}”`;
    case 'acknowledge-alert': case 'resolve-alert': {
      const title = name(p.alert);
      return title === p.alert ? `alert ${p.alert}` : `${p.alert}: ${title}`;
    }
    case 'review-change': return `${name(p.change)}: ${p.verdict}${p.note ? ` — ${p.note}` : ''}`;
    case 'risk-assessment': return `${(p.risks || []).length} risk${(p.risks || []).length === 1 ? '' : 's'}`;
    case 'improvement-plan': return p.objective?.specific || '';
    default: return Object.entries(p).map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`).join(', ');
  }
}

/**
 * @typedef {'pending'|'accepted'|'refused'|'unsent'|'no-answer'} CommandStatus
 * @typedef {{id:string, action:string, params:Record<string,any>, rationale:string, clock:string,
 *   status:CommandStatus, code?:string, message?:string, result?:any}} CommandEntry
 */

/** A refused command: the trainer's code and sentence. */
export class CommandError extends Error {
  /** @param {string} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const NO_ANSWER_MS = 15_000;

export class CommandDesk {
  /**
   * @param {(frame: object) => boolean} sendFrame false when there is no live socket
   * @param {() => string} clock the virtual clock now, stamped on each command
   */
  constructor(sendFrame, clock) {
    this.sendFrame = sendFrame;
    this.clock = clock;
    // Ids must be unique for the whole exercise, across reloads and trainees: a per-page suffix.
    this.suffix = Math.random().toString(36).slice(2, 7);
    this.count = 0;
    /** @type {CommandEntry[]} oldest first */
    this.entries = [];
    /** @type {Map<string, {entry: CommandEntry, resolve: (ack: any) => void, reject: (e: Error) => void, timer: number}>} */
    this.pending = new Map();
    /** @type {Set<(entry: CommandEntry) => void>} */
    this.listeners = new Set();
  }

  /** Called with each new or changed entry. @param {(entry: CommandEntry) => void} listener */
  subscribe(listener) {
    this.listeners.add(listener);
  }

  /**
   * Sends a command. Resolves with the ack message; rejects with a CommandError (refused, or not
   * sent at all). A blank rationale is left out.
   * @param {string} action @param {Record<string, any>} params @param {string} [rationale]
   * @returns {Promise<any>}
   */
  send(action, params, rationale = '') {
    const id = `c${++this.count}-${this.suffix}`;
    const why = rationale.trim();
    /** @type {CommandEntry} */
    const entry = { id, action, params, rationale: why, clock: this.clock(), status: 'pending' };
    this.entries.push(entry);
    const frame = { type: 'command', id, action, ...params, ...(why ? { rationale: why } : {}) };
    if (!this.sendFrame(frame)) {
      this.#settle(entry, 'unsent', 'not-sent', 'Not sent: the console is not connected. Wait for “Live”, then try again.');
      return Promise.reject(new CommandError('not-sent', /** @type {string} */ (entry.message)));
    }
    this.#changed(entry);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.#noAnswer(id), NO_ANSWER_MS);
      this.pending.set(id, { entry, resolve, reject, timer });
    });
  }

  /** An ack or error from the stream. Returns true if it answered one of ours. @param {any} m */
  answer(m) {
    const entry = this.entries.find((e) => e.id === m.id);
    if (!entry) return false;
    const waiting = this.pending.get(m.id);
    this.pending.delete(m.id);
    if (waiting) clearTimeout(waiting.timer);
    if (m.type === 'ack') {
      entry.result = m.result ?? entry.result;
      this.#settle(entry, 'accepted', undefined, m.message);
      waiting?.resolve(m);
    } else {
      this.#settle(entry, 'refused', m.code, m.message);
      waiting?.reject(new CommandError(m.code, m.message));
    }
    return true;
  }

  /**
   * A "command" or "broadcast" event: everyone sees accepted commands, so one of ours whose ack
   * was lost is known to be accepted all the same.
   * @param {any} event
   * @param {boolean} [fromSnapshot] true for the events of a fresh snapshot: a socket was
   *   replaced, so acks still awaited on the old one will never come
   */
  announced(event, fromSnapshot = false) {
    const id = event.detail?.id;
    const entry = id && this.entries.find((e) => e.id === id);
    if (!entry || entry.status === 'accepted') return;
    const waiting = this.pending.get(id);
    if (waiting && !fromSnapshot) return; // its ack is on its way, with the result
    const message = event.detail.message || event.summary;
    if (waiting) {
      clearTimeout(waiting.timer);
      this.pending.delete(id);
      waiting.resolve({ type: 'ack', id, action: entry.action, message, result: null });
    }
    this.#settle(entry, 'accepted', undefined, message);
  }

  /** Accepted changes to the centre, newest first: what a review can name. */
  acceptedChanges() {
    return this.entries.filter((e) => e.status === 'accepted' && CHANGES.has(e.action)).reverse();
  }

  /** @param {string} id */
  #noAnswer(id) {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    const text = 'No answer from the trainer yet. If the connection dropped, the command may still have been taken: '
      + 'check this log before sending it again.';
    this.#settle(waiting.entry, 'no-answer', 'no-answer', text);
    waiting.reject(new CommandError('no-answer', text));
  }

  /** @param {CommandEntry} entry @param {CommandStatus} status @param {string|undefined} code @param {string} message */
  #settle(entry, status, code, message) {
    entry.status = status;
    entry.code = code;
    entry.message = message;
    this.#changed(entry);
  }

  /** @param {CommandEntry} entry */
  #changed(entry) {
    for (const listener of this.listeners) listener(entry);
  }
}
