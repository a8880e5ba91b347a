// What the trainer sent back for an agent view: the agent's figures, and the flagged
// recordings (QA excerpts) or survey verbatims, newest first. "Coach" starts a coaching note.
import { h, $, setText } from './dom.js';
import { duration, isFigure, percent } from '../format.js';
import { VIEW_LABEL } from '../commands.js';

export class AgentEvidenceView {
  constructor(root = document) {
    this.el = $('#agent-evidence', root);
    this.title = $('#evidence-title', root);
    this.body = $('#evidence-body', root);
    /** @type {string|null} */ this.agentId = null;
    /** @type {(agentId: string) => void} */ this.onCoach = () => {};
    $('#evidence-close', root).addEventListener('click', () => { this.el.hidden = true; });
    $('#evidence-coach', root).addEventListener('click', () => { if (this.agentId) this.onCoach(this.agentId); });
  }

  /** @param {(agentId: string) => void} handler */
  bindCoach(handler) {
    this.onCoach = handler;
  }

  /** @param {string} message a refusal, shown in the panel */
  showError(message) {
    this.el.hidden = false;
    setText(this.title, 'Could not open the view');
    this.body.replaceChildren(h('p', { class: 'form-status', 'data-status': 'error' }, message));
  }

  /** @param {{view: string, agent: any, recordings?: any[], comments?: any[]}} result */
  setResult(result) {
    const a = result.agent;
    this.agentId = a.id;
    setText(this.title, `${a.name} · ${VIEW_LABEL[result.view] || result.view}`);
    const parts = [figures(a)];
    if (result.view === 'recordings') parts.push(recordings(result.recordings || []));
    if (result.view === 'csat-comments') parts.push(comments(result.comments || []));
    if (result.view === 'agent-quality') {
      parts.push(h('p', { class: 'muted small' }, `${(result.recordings || []).length} flagged recordings and `
        + `${(result.comments || []).length} survey comments kept: open Recordings or Comments to read them.`));
    }
    this.body.replaceChildren(...parts);
    this.el.hidden = false;
    this.el.dataset.view = result.view;
    this.el.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }
}

/** @param {any} a */
function figures(a) {
  const item = (/** @type {string} */ label, /** @type {string} */ value, /** @type {string} */ note = '') =>
    h('div', { class: 'ev-figure' }, h('dt', null, label), h('dd', null, value, note ? h('small', null, ` ${note}`) : null));
  return h('dl', { class: 'ev-figures' },
    item('Team', a.team),
    item('Handled', String(a.handled)),
    item('AHT', duration(a.ahtSeconds), isFigure(a.ahtSeconds) ? `(${Math.round(a.ahtSeconds)} s)` : ''),
    item('CSAT', isFigure(a.csat) ? a.csat.toFixed(2) : '–', `${a.surveys} surveys`),
    item('FCR', percent(a.fcrRate), `${a.repeatsCaused} repeats caused`),
    item('QA', isFigure(a.qaAverage) ? a.qaAverage.toFixed(0) : '–', `${a.qaEvaluations} evaluated, ${a.qaFlagged} flagged`),
    item('Adherence', percent(a.adherence)),
    item('Occupancy', percent(a.occupancy)));
}

/** @param {any[]} items */
function recordings(items) {
  if (items.length === 0) return h('p', { class: 'muted' }, 'No flagged recordings so far.');
  return h('ol', { class: 'evidence-list' }, ...items.map((r) => h('li', null,
    h('div', { class: 'ev-head' }, h('time', null, r.clock), ` ${r.queue} · QA ${r.score ?? '–'}`),
    h('blockquote', { class: 'transcript' }, r.excerpt || '(no excerpt)'))));
}

/** @param {any[]} items */
function comments(items) {
  if (items.length === 0) return h('p', { class: 'muted' }, 'No survey comments so far.');
  return h('ol', { class: 'evidence-list' }, ...items.map((c) => h('li', null,
    h('div', { class: 'ev-head' }, h('time', null, c.clock), ` ${c.queue} · CSAT ${c.csat ?? '–'} of 5`),
    h('blockquote', { class: 'verbatim' }, c.verbatim ? `“${c.verbatim}”` : '(no comment)'))));
}
