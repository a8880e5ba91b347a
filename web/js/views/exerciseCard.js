// One trainee's exercise on the station: who, where the day stands, a mini wallboard (each
// queue's 15-minute service level and waiting, coloured by the wallboard's thresholds), open
// alerts, the live score, the incident under way, and the trainer's controls and links.
import { h, setText, setLevel } from './dom.js';
import { count, percent, speed as formatSpeed, isFigure } from '../format.js';
import { LEVEL_ICON, LEVEL_WORD, serviceLevelLevel, waitingLevel, worst } from '../thresholds.js';
import { copyable } from './handout.js';

/**
 * @typedef {{id:string, title:string, scenario:string, state:string, clock:string, speed:number, openAlerts:number,
 *   trainee?:string, cohort?:string, kind?:string, links:{wallboard:string, debrief?:string},
 *   access?:{joinCode:string, observerLink:string}}} ExerciseInfo
 * @typedef {{onSelect:(id:string, on:boolean)=>void, onPause:(id:string, pause:boolean)=>void, onSpeed:(id:string, x:number)=>void,
 *   onStop:(id:string)=>void, onInject:(id:string)=>void, onNote:(id:string)=>void, onExport:(id:string)=>void}} CardHandlers
 */

const RUN = /** @type {Record<string, string>} */ ({ running: '▶ Running', paused: '❚❚ Paused', finished: '■ Day finished', stopped: '■ Stopped' });
const SPEEDS = [1, 5, 10, 30, 60];

export class ExerciseCard {
  /** @param {ExerciseInfo} info @param {CardHandlers} on */
  constructor(info, on) {
    this.id = info.id;
    this.state = '';
    this.live = false;
    /** @type {number|undefined} */ this.statusTimer = undefined;
    /** @type {ExerciseInfo} */ this.info = info;
    this.select = /** @type {HTMLInputElement} */ (h('input', { type: 'checkbox', class: 'card-select', 'aria-label': `Select ${info.trainee || info.id}` }));
    this.select.addEventListener('change', () => on.onSelect(this.id, this.select.checked));
    this.who = h('h3', { class: 'card-who' });
    this.scenario = h('span', { class: 'card-scenario' });
    this.runState = h('span', { class: 'card-state' });
    this.clock = h('span', { class: 'card-clock', title: 'Time in the simulated day' });
    this.speedWord = h('span', { class: 'card-speed' });
    this.link = h('span', { class: 'card-link' });
    this.queues = h('div', { class: 'mini-tiles' });
    /** @type {Map<string, {el: HTMLElement, sl: HTMLElement, waiting: HTMLElement, status: HTMLElement}>} */
    this.tiles = new Map();
    this.alerts = h('span', { class: 'card-alerts' });
    this.score = h('span', { class: 'card-score' });
    this.incident = h('p', { class: 'card-incident', hidden: true });
    this.lastEvent = h('p', { class: 'card-event' });
    this.status = h('p', { class: 'card-status', role: 'status', hidden: true });

    this.pauseButton = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'secondary', 'data-act': 'pause' }, '❚❚ Pause'));
    this.pauseButton.addEventListener('click', () => on.onPause(this.id, this.state === 'running'));
    this.speedSelect = /** @type {HTMLSelectElement} */ (h('select', { 'aria-label': 'Speed', 'data-act': 'speed' },
      ...SPEEDS.map((x) => new Option(`${x}×`, String(x)))));
    this.speedSelect.addEventListener('change', () => on.onSpeed(this.id, Number(this.speedSelect.value)));
    const button = (/** @type {string} */ act, /** @type {string} */ word, /** @type {() => void} */ fn, cls = 'secondary') => {
      const b = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: cls, 'data-act': act }, word));
      b.addEventListener('click', fn);
      return b;
    };
    this.injectButton = button('inject', '⚡ Inject…', () => on.onInject(this.id));
    this.noteButton = button('note', '✎ Note…', () => on.onNote(this.id));
    this.stopButton = button('stop', '■ Stop', () => on.onStop(this.id), 'danger');
    this.exportButton = button('export', '⇩ Export journal', () => on.onExport(this.id), 'linkish');
    this.code = h('span', { class: 'card-code' });

    const q = encodeURIComponent(info.id);
    this.el = h('article', { class: 'card', 'data-exercise': info.id },
      h('header', { class: 'card-head' },
        h('label', { class: 'card-pick' }, this.select),
        h('div', { class: 'card-title' }, this.who, this.scenario),
        h('div', { class: 'card-time' }, this.clock, h('span', { class: 'card-run' }, this.runState, this.speedWord, this.link))),
      this.queues,
      h('div', { class: 'card-figures' }, this.alerts, this.score),
      this.incident,
      this.lastEvent,
      h('div', { class: 'card-controls' }, this.pauseButton, this.speedSelect, this.injectButton, this.noteButton, this.stopButton),
      this.status,
      h('footer', { class: 'card-foot' },
        h('a', { href: info.links.wallboard, target: '_blank', rel: 'opener', class: 'card-wallboard' }, 'Wallboard'),
        h('a', { href: info.links.debrief || `/debrief.html?exercise=${q}`, target: '_blank', rel: 'opener', class: 'card-debrief' }, 'Debrief'),
        h('a', { href: `/debrief.html?exercise=${q}&record=1`, target: '_blank', rel: 'opener', class: 'card-record' }, 'Record'),
        this.exportButton,
        this.code));
    this.setInfo(info);
  }

  /** What the list says (every 2–3 s): the figures until the stream has its own. @param {ExerciseInfo} info */
  setInfo(info) {
    this.info = info;
    setText(this.who, info.trainee || info.id);
    setText(this.scenario, info.title);
    this.scenario.title = `${info.title} · exercise ${info.id}${info.cohort ? ` · cohort ${info.cohort}` : ''}`;
    if (info.access && !this.code.firstChild) {
      this.code.append('Join code ', copyable(info.access.joinCode, 'code', 'Copy', `Join code for ${info.trainee || info.id}`));
    }
    if (!this.live) {
      this.#setRun(info.state, info.speed);
      setText(this.clock, info.clock);
      this.#setAlerts(info.openAlerts);
    }
  }

  /**
   * The live figures from the trainer's stream.
   * @param {import('../store.js').State} s @param {string[]} incidents the incidents under way, by title
   */
  setLive(s, incidents) {
    this.live = true;
    this.#setRun(s.state, s.speed);
    setText(this.clock, s.clock);
    this.#setQueues(s.kpis.queues);
    let open = 0;
    for (const a of s.alerts.values()) if (a.state !== 'resolved') open++;
    this.#setAlerts(open);
    this.incident.hidden = incidents.length === 0;
    setText(this.incident, incidents.length ? `⚡ ${incidents.join('; ')}` : '');
    const e = s.events[s.events.length - 1];
    setText(this.lastEvent, e ? `${e.clock} ${e.summary}` : 'Nothing has happened yet.');
    this.lastEvent.dataset.kind = e?.kind || '';
  }

  /** @param {any} score the score report, or null @param {boolean|null} scored */
  setScore(score, scored) {
    const pct = (/** @type {any} */ x) => (isFigure(x) ? `${Math.round(x)}%` : '–');
    if (score) {
      this.score.replaceChildren('Score ', h('strong', { class: 'score-overall' }, pct(score.overallPercent)),
        ` · points ${score.max > 0 ? pct(score.pointsPercent) : '–'}`);
      this.score.title = score.max > 0
        ? `Overall ${pct(score.overallPercent)}; points ${score.awarded} awarded${score.penalty ? `, −${score.penalty} penalties` : ''} of ${score.max} triggered so far`
        : 'Overall is the outcome balance until a marking point is triggered';
    } else {
      setText(this.score, scored === false ? 'Not scored (practice)' : 'Score –');
    }
  }

  /** @param {import('../connection.js').LinkStatus} status */
  setLink(status) {
    const word = { connecting: '…', live: '● Live', reconnecting: '↻', ended: '', denied: '✕ Refused' }[status.state] || '';
    setText(this.link, word);
    this.link.dataset.state = status.state;
    this.link.title = status.message || '';
  }

  /** @param {boolean} on */
  setSelected(on) {
    this.select.checked = on;
    this.el.classList.toggle('selected', on);
  }

  /** The answer to the last thing done to this exercise. @param {string} message @param {'ok'|'error'} kind */
  setStatus(message, kind) {
    setText(this.status, `${kind === 'ok' ? '✓' : '✕'} ${message}`);
    this.status.dataset.kind = kind;
    this.status.hidden = !message;
    clearTimeout(this.statusTimer);
    if (kind === 'ok') this.statusTimer = setTimeout(() => { this.status.hidden = true; }, 8000);
  }

  /** @param {string} state @param {number} speed */
  #setRun(state, speed) {
    this.state = state;
    this.el.dataset.state = state;
    setText(this.runState, RUN[state] || state);
    this.runState.dataset.state = state;
    setText(this.speedWord, formatSpeed(speed));
    setText(this.pauseButton, state === 'paused' ? '▶ Resume' : '❚❚ Pause');
    const live = state === 'running' || state === 'paused';
    this.pauseButton.disabled = !live;
    this.speedSelect.disabled = !live;
    this.injectButton.disabled = !live;
    this.noteButton.disabled = !live;
    this.stopButton.disabled = state === 'stopped';
    if (document.activeElement !== this.speedSelect) {
      const value = String(speed);
      if (![...this.speedSelect.options].some((o) => o.value === value)) this.speedSelect.add(new Option(formatSpeed(speed), value));
      this.speedSelect.value = value;
    }
  }

  /** @param {number} open */
  #setAlerts(open) {
    setText(this.alerts, open === 0 ? '✓ No open alerts' : `▲ ${open} open alert${open === 1 ? '' : 's'}`);
    setLevel(this.alerts, open === 0 ? 'ok' : open >= 3 ? 'act' : 'watch');
  }

  /** @param {import('../store.js').Queue[]} queues */
  #setQueues(queues) {
    const ids = queues.map((q) => q.id).join(',');
    if (ids !== [...this.tiles.keys()].join(',')) {
      this.tiles = new Map(queues.map((q) => {
        const sl = h('strong', { class: 'mini-sl' });
        const waiting = h('span', { class: 'mini-waiting' });
        const status = h('span', { class: 'mini-status' });
        const el = h('div', { class: 'mini-tile', 'data-queue': q.id, title: `${q.name}: service level over the last 15 minutes, and contacts waiting` },
          h('span', { class: 'mini-name' }, q.name), h('span', { class: 'mini-line' }, status, sl), waiting);
        return [q.id, { el, sl, waiting, status }];
      }));
      this.queues.replaceChildren(...[...this.tiles.values()].map((t) => t.el));
    }
    for (const q of queues) {
      const tile = this.tiles.get(q.id);
      if (!tile) continue;
      const contacts = q.last15.answered + q.last15.abandoned;
      const slLevel = serviceLevelLevel(q.last15.serviceLevel, q.slTarget, contacts);
      const depth = waitingLevel(q.waiting, q.channel);
      const overall = worst([['service level', slLevel], ['queue size', depth]]).level;
      const level = overall === 'ok' && slLevel === 'none' ? 'none' : overall;
      setLevel(tile.el, level);
      setLevel(tile.sl, slLevel);
      setText(tile.status, LEVEL_ICON[level]);
      tile.status.title = LEVEL_WORD[level];
      setText(tile.sl, percent(q.last15.serviceLevel));
      setText(tile.waiting, `${count(q.waiting)} waiting`);
      setLevel(tile.waiting, depth);
    }
  }
}
