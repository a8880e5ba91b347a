// The wallboard's header: what is running, the virtual clock, its speed and state, the link
// to the trainer, and (not for observers) the trainer's controls.
import { h, $, setText } from './dom.js';
import { speed as formatSpeed, spoken } from '../format.js';

/** @typedef {import('../connection.js').LinkStatus} LinkStatus */

const RUN_WORD = { running: 'Running', paused: 'Paused', finished: 'Day finished', stopped: 'Stopped' };
const RUN_ICON = { running: '▶', paused: '❚❚', finished: '■', stopped: '■' };

export class HeaderView {
  constructor(root = document) {
    this.title = $('#scenario-title', root);
    this.incidents = $('#incidents', root);
    this.clock = $('#clock', root);
    this.progress = $('#day-progress', root);
    this.progressBar = $('#day-progress-bar', root);
    this.dayLeft = $('#day-left', root);
    this.runState = $('#run-state', root);
    this.speed = $('#speed', root);
    this.link = $('#link-state', root);
    this.controls = $('#controls', root);
    this.pauseButton = /** @type {HTMLButtonElement} */ ($('#pause', root));
    this.speedSelect = /** @type {HTMLSelectElement} */ ($('#speed-select', root));
    this.stopButton = /** @type {HTMLButtonElement} */ ($('#stop', root));
    this.notice = $('#notice', root);
    this.score = $('#live-score', root);
    this.state = '';
    this.resumeWord = '▶ Resume';
    this.page = 'wallboard';
  }

  /** Observers get the same board without anything to press. */
  setReadOnly() {
    document.body.classList.add('observer');
    this.controls.remove();
    this.score.remove();
  }

  /**
   * The trainee's score as it stands, for the trainer: overall and points percentages.
   * @param {{overallPercent: number|null, pointsPercent: number|null, max: number}} score
   */
  setScore(score) {
    const pct = (/** @type {number|null} */ x) => (typeof x === 'number' && Number.isFinite(x) ? `${Math.round(x)}%` : '–');
    this.score.replaceChildren('Score ', h('strong', { id: 'score-overall' }, pct(score.overallPercent)),
      h('span', { class: 'score-points' }, ` · points ${score.max > 0 ? pct(score.pointsPercent) : '–'}`));
    this.score.title = 'The trainee\'s score so far (only the trainer sees it live): overall, and the marking points triggered so far';
    this.score.hidden = false;
  }

  /** A replay plays rather than resumes. */
  useReplayWords() {
    this.resumeWord = '▶ Play';
    this.page = 'replay';
  }

  /** @param {string} title */
  setTitle(title) {
    setText(this.title, title);
    document.title = `${title} · ${this.page}`;
  }

  /** The incidents under way, by name; none hides the line. @param {string[]} names */
  setIncidents(names) {
    this.incidents.hidden = names.length === 0;
    setText(this.incidents, names.length ? `⚡ Incident under way: ${names.join('; ')}` : '');
  }

  /** @param {string} clock @param {number} t @param {number} dayLength */
  setClock(clock, t, dayLength) {
    setText(this.clock, clock);
    const done = dayLength > 0 ? Math.min(1, Math.max(0, t / dayLength)) : 0;
    this.progressBar.style.width = `${(done * 100).toFixed(2)}%`;
    this.progress.setAttribute('aria-valuenow', String(Math.round(done * 100)));
    setText(this.dayLeft, done >= 1 ? 'end of day' : `${spoken(Math.max(0, dayLength - t))} to go`);
  }

  /** @param {'running'|'paused'|'finished'|'stopped'} state @param {number} speed */
  setRunState(state, speed) {
    this.state = state;
    setText(this.runState, `${RUN_ICON[state] || ''} ${RUN_WORD[state] || state}`);
    this.runState.dataset.state = state;
    setText(this.speed, formatSpeed(speed));
    setText(this.pauseButton, state === 'paused' ? this.resumeWord : '❚❚ Pause');
    this.pauseButton.disabled = state !== 'running' && state !== 'paused';
    this.stopButton.disabled = state === 'stopped';
    this.speedSelect.disabled = state === 'stopped';
    if (document.activeElement !== this.speedSelect) {
      const value = String(speed);
      if (![...this.speedSelect.options].some((o) => o.value === value)) this.speedSelect.add(new Option(formatSpeed(speed), value));
      this.speedSelect.value = value;
    }
  }

  /** @param {LinkStatus} status */
  setConnection(status) {
    const words = {
      connecting: 'Connecting…',
      live: 'Live',
      reconnecting: status.retryInMs ? `Reconnecting… (retry in ${Math.ceil(status.retryInMs / 1000)} s)` : 'Reconnecting…',
      ended: 'Exercise ended',
      denied: 'Not signed in',
    };
    setText(this.link, words[status.state]);
    this.link.dataset.state = status.state;
    if (status.state === 'ended' || status.state === 'denied') {
      this.controls.querySelectorAll('button, select').forEach((el) => { /** @type {HTMLButtonElement} */ (el).disabled = true; });
    }
    if (status.state === 'ended') this.showNotice('This exercise has ended. The last figures received stay on the board.', 'info');
  }

  /** @param {(paused: boolean) => void} handler called with true to pause, false to resume */
  bindPauseResume(handler) {
    this.pauseButton.addEventListener('click', () => handler(this.state === 'running'));
  }

  /** @param {(speed: number) => void} handler */
  bindSpeed(handler) {
    this.speedSelect.addEventListener('change', () => {
      handler(Number(this.speedSelect.value));
      this.speedSelect.blur();
    });
  }

  /** @param {() => void} handler called once the trainer has confirmed */
  bindStop(handler) {
    this.stopButton.addEventListener('click', () => {
      if (confirm('Stop this exercise for everyone watching it? It cannot be restarted.')) handler();
    });
  }

  /**
   * A line under the header: a refused control, a missing exercise, the end of the exercise.
   * @param {string} message @param {'error'|'info'} [kind]
   */
  showNotice(message, kind = 'error') {
    setText(this.notice, message);
    this.notice.dataset.kind = kind;
    this.notice.hidden = !message;
  }

  /**
   * A notice with a way out: "sign in", say. @param {string} message @param {string} href @param {string} linkText
   */
  showNoticeLink(message, href, linkText) {
    this.notice.replaceChildren(message, ' ', h('a', { href }, linkText));
    this.notice.dataset.kind = 'error';
    this.notice.hidden = false;
  }

  /** Clears the notice if it reports a refused control; an ended exercise stays said. */
  clearError() {
    if (this.notice.dataset.kind === 'error') this.showNotice('');
  }
}
