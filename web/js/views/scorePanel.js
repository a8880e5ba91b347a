// The trainee's score, when the trainer shows it (at the end, or live if the scenario says):
// the overall and points percentages, the criteria counted by status, and the debrief link.
import { h, $, setText } from './dom.js';
import { isFigure } from '../format.js';

const CRITERION = /** @type {const} */ ([['met', '✓ met'], ['partly-met', '▲ partly met'], ['not-yet-met', '✕ not yet met'], ['not-assessed', '○ not assessed']]);

export class ScorePanelView {
  constructor(root = document) {
    this.el = $('#score-panel', root);
    this.body = $('#score-body', root);
    this.note = $('#score-note', root);
  }

  /** @param {any} score ScoreReport @param {boolean} final */
  setScore(score, final) {
    const pct = (/** @type {any} */ x) => (isFigure(x) ? `${Math.round(x)}%` : '–');
    const counts = CRITERION.map(([status, word]) => [word, (score.criteria || []).filter((/** @type {any} */ c) => c.status === status).length])
      .filter(([, n]) => n);
    this.body.replaceChildren(
      h('div', { class: 'score-figures' },
        h('div', { class: 'score-main' }, h('strong', { id: 'score-overall' }, pct(score.overallPercent)), h('span', null, 'overall')),
        h('div', null, h('strong', null, score.max > 0 ? pct(score.pointsPercent) : '–'), h('span', null, score.max > 0
          ? `points: ${score.awarded} awarded${score.penalty ? `, −${score.penalty} penalties` : ''}, of ${score.max}`
          : `points: none triggered yet${score.penalty ? ` (−${score.penalty} penalties)` : ''}`)),
        h('div', null, h('strong', null, isFigure(score.outcome?.score) ? `${Math.round(score.outcome.score * 100)}%` : '–'),
          h('span', null, 'outcome balance'))),
      counts.length ? h('p', { class: 'score-criteria' }, 'Criteria: ', counts.map(([w, n]) => `${n} ${w}`).join(' · ')) : '');
    setText(this.note, final || score.finished ? 'Final score. The debrief shows the evidence for each criterion.'
      : 'Score so far: it changes as you act.');
    this.el.hidden = false;
  }

  setNotScored() {
    this.body.replaceChildren(h('p', null, 'This scenario is not scored: it is for practice.'));
    setText(this.note, 'The debrief still shows your timeline and every intervention.');
    this.el.hidden = false;
  }
}
