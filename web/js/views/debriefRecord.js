// The record half of the debrief: every intervention with the figures before and after, and
// the full timeline of the exercise.
import { h } from './dom.js';
import { ACTION_LABEL, summarise } from '../commands.js';
import { isFigure, percent, rate } from '../format.js';

const KIND = /** @type {Record<string, string>} */ ({ incident: '⚡ Incident', alert: '▲ Alert', event: '• Event', command: '✓ Command', refused: '✕ Refused', note: '✎ Note' });

/** @param {any[]} interventions */
export function interventionsSection(interventions) {
  return [h('h2', { id: 'interventions-heading' }, 'Interventions'),
    h('p', { class: 'db-lead' }, 'Every change to the centre, with the service level of the queues it touched just before and up to 15 minutes after.'),
    interventions.length === 0 ? h('p', null, 'No interventions changed the centre.')
      : h('table', { class: 'db-table interventions' },
        h('thead', null, h('tr', null, ...['Time', 'Action', 'What', 'Why', 'Answer', 'Before → after'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, ...interventions.map((i) => h('tr', { 'data-id': i.id, 'data-accepted': String(i.accepted) },
          h('td', { class: 'time' }, i.clock),
          h('td', { class: 'strong' }, ACTION_LABEL[i.action] || i.action),
          h('td', null, summarise(i.action, i.params || {})),
          h('td', { class: 'why' }, i.rationale || h('span', { class: 'muted' }, 'none given')),
          h('td', null, h('span', { class: 'status', 'data-level': i.accepted ? 'ok' : 'act' }, i.accepted ? '✓ Accepted' : '✕ Refused'), ' ', i.message || ''),
          h('td', { class: 'before-after' }, ...figures(i))))))];
}

/** Per queue: "billing SL 62% → 81% · abandoned 9.1% → 3.0%". @param {any} i */
function figures(i) {
  if (!i.accepted) return [h('span', { class: 'muted' }, '–')];
  const queues = [...new Set([...Object.keys(i.before || {}), ...Object.keys(i.after || {})])];
  if (queues.length === 0) return [h('span', { class: 'muted' }, i.summary || 'no figures yet')];
  return queues.map((q) => {
    const b = i.before?.[q] || {};
    const a = i.after?.[q] || {};
    const better = isFigure(a.serviceLevel15m) && isFigure(b.serviceLevel15m) ? Math.sign(a.serviceLevel15m - b.serviceLevel15m) : 0;
    return h('div', { class: 'ba-line', 'data-queue': q },
      h('strong', null, q), ' SL ', percent(b.serviceLevel15m), ' → ',
      h('strong', { 'data-trend': better > 0 ? 'up' : better < 0 ? 'down' : 'flat' }, percent(a.serviceLevel15m)),
      h('span', { class: 'muted' }, ` · abandoned ${rate(b.abandonRate15m)} → ${rate(a.abandonRate15m)}`));
  });
}

/** @param {any[]} timeline */
export function timelineSection(timeline) {
  return [h('h2', { id: 'timeline-heading' }, 'Timeline'),
    h('p', { class: 'db-lead' }, 'Everything that happened, in order: incidents, alerts, centre events and every command, accepted or refused, with its why.'),
    timeline.length === 0 ? h('p', null, 'Nothing happened yet.')
      : h('table', { class: 'db-table timeline' },
        h('thead', null, h('tr', null, ...['Time', 'Kind', 'What happened'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, ...timeline.map((e) => h('tr', { 'data-kind': e.kind },
          h('td', { class: 'time' }, e.clock),
          h('td', { class: 'kind' }, KIND[e.kind] || e.kind),
          h('td', null, e.text)))))];
}

/** The trainer's observation notes, at the virtual time each was written. @param {any[]} notes {t, clock, text} */
export function notesSection(notes) {
  return [h('h2', { id: 'notes-heading' }, 'Trainer’s observation notes'),
    h('p', { class: 'db-lead' }, 'What the trainer saw and wrote during the exercise, at the simulated time of each note.'),
    notes.length === 0 ? h('p', null, 'The trainer wrote no notes on this exercise.')
      : h('table', { class: 'db-table notes' },
        h('thead', null, h('tr', null, ...['Time', 'Note'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, ...notes.map((n) => h('tr', { 'data-note': '' },
          h('td', { class: 'time' }, n.clock || ''),
          h('td', { class: 'note-text' }, n.text || '')))))];
}
