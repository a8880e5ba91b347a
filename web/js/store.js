// The latest state of one exercise, built from the stream: a snapshot replaces everything,
// ticks replace the KPIs and extend the trend history, alerts and events update their lists.
// Views never read messages; they read this.

/**
 * @typedef {{serviceLevel:number|null, asaSeconds:number|null, abandonRate:number|null,
 *   arrived:number, answered:number, abandoned:number}} Span
 * @typedef {{id:string, name:string, channel:string, slTarget:number|null, slThresholdSeconds:number|null,
 *   serviceLevelFormula:string, sinceStart:Span, last15:Span, last30:Span, waiting:number,
 *   longestWaitSeconds:number|null, callbacksPending:number, agentsByState:Record<string,number>,
 *   forecastToDate:number, forecastLast30:number}} Queue
 * @typedef {{queues:Queue[], total:Queue, openItems:object[], activeIncidents:string[]}} Kpis
 * @typedef {{id:string, rule:string, severity:'warning'|'critical', state:'raised'|'acknowledged'|'resolved',
 *   queue:string|null, title:string, message:string, raisedAt:number, resolvedAt:number|null, updatedAt:number}} Alert
 * @typedef {{seq:number, t:number, clock:string, kind:string, summary:string, detail:object}} ExerciseEvent
 * @typedef {{queue:string, serviceLevel:number|null, arrived:number, forecastToDate:number, waiting:number}} QueuePoint
 * @typedef {{t:number, queues:QueuePoint[]}} TrendPoint
 * @typedef {{exercise:string, seq:number, t:number, clock:string, state:string, speed:number,
 *   scenario:{id:string,title:string,startClock:string,durationSeconds:number},
 *   kpis:Kpis, alerts:Map<string,Alert>, events:ExerciseEvent[], history:TrendPoint[],
 *   historyVersion:number, ended:boolean}} State
 */

const MAX_EVENTS = 200;
/** The trainer keeps a day of one-minute points; so does the board. */
const MAX_HISTORY = 24 * 60;

export class Store {
  /** @type {State|null} */
  state = null;

  /** Applies one stream message; returns true when the state changed. @param {any} message */
  apply(message) {
    switch (message.type) {
      case 'snapshot': return this.#replace(message);
      case 'tick': return this.#tick(message);
      case 'alert': return this.#alert(message);
      case 'event': return this.#event(message);
      default: return false;
    }
  }

  /** @param {any} m */
  #replace(m) {
    const version = this.state ? this.state.historyVersion + 1 : 1;
    this.state = {
      exercise: m.exercise, seq: m.seq, t: m.t, clock: m.clock, state: m.state, speed: m.speed,
      scenario: m.scenario, kpis: m.kpis,
      alerts: new Map((m.alerts || []).map((a) => [a.id, a])),
      events: (m.events || []).slice(-MAX_EVENTS),
      history: m.history || [],
      historyVersion: version,
      ended: m.state === 'stopped',
    };
    return true;
  }

  /** @param {any} m */
  #tick(m) {
    const s = this.state;
    if (!s) return false;
    Object.assign(s, { seq: m.seq, t: m.t, clock: m.clock, state: m.state, speed: m.speed });
    s.kpis = { ...s.kpis, ...m.kpis };
    if (m.trend) {
      s.history.push(m.trend);
      if (s.history.length > MAX_HISTORY) s.history.shift();
      s.historyVersion++;
    }
    return true;
  }

  /** @param {any} m */
  #alert(m) {
    const s = this.state;
    if (!s) return false;
    s.seq = m.seq;
    s.alerts.set(m.alert.id, m.alert);
    return true;
  }

  /** @param {any} m */
  #event(m) {
    const s = this.state;
    if (!s) return false;
    s.seq = m.seq;
    s.events.push(m);
    if (s.events.length > MAX_EVENTS) s.events.shift();
    // No tick follows a stop, so the event itself carries the new state.
    if (m.kind === 'exercise-stopped') {
      s.ended = true;
      s.state = 'stopped';
    }
    return true;
  }

  /** Open alerts first by newest raised, for the alert list. @returns {Alert[]} */
  alertsNewestFirst() {
    if (!this.state) return [];
    return [...this.state.alerts.values()].sort((a, b) => b.raisedAt - a.raisedAt);
  }
}
