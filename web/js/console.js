// Composition root of the trainee console: console.html?exercise=ID. Opens the exercise's stream
// as its trainee (a ticket from the token this tab got by joining with the join code), draws the
// queues, alerts and cases from the store, and sends the trainee's commands through the desk,
// which matches each answer to its command. Trainers watch and steer; they send no commands, so
// a trainer without a trainee token is pointed to the join code.
import { api, traineeApi } from './api.js';
import { credentials } from './credentials.js';
import { Connection, withTicket } from './connection.js';
import { Store } from './store.js';
import { ACTION_LABEL, CommandDesk, CommandError, summarise } from './commands.js';
import { AGENT_STATES, clockAt } from './format.js';
import { Choices, refusal } from './views/formKit.js';
import { ConsoleHeaderView } from './views/consoleHeader.js';
import { TilesView } from './views/tiles.js';
import { AlertsView } from './views/alerts.js';
import { CaseInboxView } from './views/caseInbox.js';
import { WhatMovedView } from './views/whatMoved.js';
import { InterventionsView } from './views/interventions.js';
import { AgentTableView } from './views/agentTable.js';
import { AgentEvidenceView } from './views/agentEvidence.js';
import { CommandLogView } from './views/commandLog.js';
import { ScorePanelView } from './views/scorePanel.js';

const AGENT_POLL_MS = 3000;
const AWAY = new Set(['break', 'lunch', 'training', 'coaching']);
const STATE_WORD = Object.fromEntries(AGENT_STATES);

const id = new URLSearchParams(location.search).get('exercise') || '';
const trainee = traineeApi(id);
const store = new Store();
/** @type {Connection|null} */ let connection = null;
/** @type {Map<string, any>} */ const agents = new Map();
let ended = false;
let scored = false;

const desk = new CommandDesk((frame) => connection?.send(frame) ?? false, () => store.state?.clock ?? '--:--');
/** @type {import('./views/formKit.js').Send} */
const send = (action, params, rationale) => (ended
  ? Promise.reject(new CommandError('wrong-state', 'The exercise is over: it takes no more commands. Open the debrief.'))
  : desk.send(action, params, rationale));
const at = (/** @type {number} */ t) => clockAt(store.state?.scenario.startClock || '00:00', t);
/** @type {Map<string, string>} */ const itemTitles = new Map();
/** An agent, case or compliance event by the name the supervisor knows it by. */
const nameOf = (/** @type {string} */ x) => agents.get(x)?.name || itemTitles.get(x) || store.state?.alerts.get(x)?.title
  || commandName(x) || x;
/** One of our commands as "08:02 Digital deflection" (what a review names). @param {string} x */
function commandName(x) {
  const e = desk.entries.find((entry) => entry.id === x);
  return e ? `${e.clock} ${ACTION_LABEL[e.action] || e.action}` : '';
}

const header = new ConsoleHeaderView();
const tiles = new TilesView();
const alerts = new AlertsView();
const cases = new CaseInboxView(send, (a) => agents.get(a)?.name || a);
new WhatMovedView(send, () => store.state?.clock || '');
const interventions = new InterventionsView();
const agentTable = new AgentTableView();
const evidence = new AgentEvidenceView();
const log = new CommandLogView(nameOf);
const score = new ScorePanelView();
const choices = new Choices();

alerts.bindAcknowledge((alert) => send('acknowledge-alert', { alert }));
alerts.bindResolve((alert) => send('resolve-alert', { alert }));
agentTable.bindView((view, agent) => send('open-view', { view, agent })
  .then((ack) => evidence.setResult(ack.result), (e) => evidence.showError(refusal(e))));
evidence.bindCoach((agent) => interventions.coach(agent));
desk.subscribe((entry) => {
  log.update(entry);
  if (entry.status !== 'accepted') return;
  choices.set('change', desk.acceptedChanges().map((e) => ({
    value: e.id, label: `${e.clock} ${ACTION_LABEL[e.action]}: ${summarise(e.action, e.params, nameOf)}` })));
  if (entry.action === 'move-agent' || entry.action === 'recall-agent' || entry.action === 'send-home') pollAgents();
});

/** @param {any[]} list */
function setAgents(list) {
  agents.clear();
  for (const a of list) agents.set(a.id, a);
  agentTable.setAgents(list);
  const sorted = [...list].sort((a, b) => a.name.localeCompare(b.name));
  choices.set('agent', sorted.map((a) => ({ value: a.id, label: a.name, group: a.team })));
  choices.set('agent-away', sorted.filter((a) => AWAY.has(a.state))
    .map((a) => ({ value: a.id, label: a.name, group: STATE_WORD[a.state] || a.state })));
}

function pollAgents() {
  if (!ended) connection?.send({ type: 'agents' });
}

let built = false;
/** The forms need the queues: build them from the first snapshot. */
function build() {
  const s = store.state;
  if (built || !s) return;
  built = true;
  const queues = s.kpis.queues.map((q) => ({ id: q.id, name: q.name, channel: q.channel }));
  choices.set('queue', queues.map((q) => ({ value: q.id, label: q.name })));
  interventions.build({
    send, choices, queues, clockAt: at,
    queue: (q) => store.state?.kpis.queues.find((x) => x.id === q),
    agent: (a) => agents.get(a),
    clock: () => store.state?.clock || '',
  });
}

/** Outages under way: each tick lists the incidents in progress with their type and title. */
function outages() {
  const s = store.state;
  if (!s) return [];
  const listed = /** @type {any} */ (s.kpis).incidents;
  if (Array.isArray(listed)) {
    return listed.filter((i) => i.type === 'outage').map((i) => ({ value: i.id, label: i.title || i.id }));
  }
  // Before the first tick: the incident-started events of the snapshot say the same.
  return (s.kpis.activeIncidents || []).flatMap((incident) => {
    const started = [...s.events].reverse().find((e) => e.kind === 'incident-started' && /** @type {any} */ (e.detail)?.incident === incident);
    return /** @type {any} */ (started?.detail)?.incidentType === 'outage' ? [{ value: incident, label: started?.summary || incident }] : [];
  });
}

let frame = 0;
function draw() {
  frame = 0;
  const s = store.state;
  if (!s) return;
  header.setTitle(s.scenario.title);
  header.setClock(s.clock, s.t, s.scenario.durationSeconds);
  header.setRunState(s.state);
  header.setIncidents((s.kpis.activeIncidents || []).map((i) => {
    const started = [...s.events].reverse().find((e) => e.kind === 'incident-started' && /** @type {any} */ (e.detail)?.incident === i);
    return started ? started.summary : i;
  }));
  tiles.setQueues(s.kpis.queues);
  alerts.setAlerts(store.alertsNewestFirst(), at);
  for (const item of s.kpis.openItems || []) itemTitles.set(item.id, item.title);
  cases.setItems(s.kpis.openItems || [], s.t, at);
  const outagesNow = outages();
  for (const o of outagesNow) itemTitles.set(o.value, o.label);
  choices.set('outage', outagesNow);
  if (s.state === 'finished' || s.state === 'stopped') end();
}
const redraw = () => { if (!frame) frame = requestAnimationFrame(draw); };

/** Once: no more commands; the final score (if the scenario is scored) and the debrief. */
function end() {
  if (ended) return;
  ended = true;
  document.querySelectorAll('.cmd').forEach((b) => b.setAttribute('disabled', ''));
  finalScore(0);
}

/**
 * The final score. The stop is announced a moment before the trainer keeps the final report,
 * so a 404 right away is asked again; "not scored" is said only if no score ever came.
 * @param {number} attempt
 */
function finalScore(attempt) {
  trainee.score(id).then((s) => score.setScore(s, true), (e) => {
    if (e.status === 404 && attempt < 3) setTimeout(() => finalScore(attempt + 1), 700);
    else if (e.status === 404 && !scored) score.setNotScored();
  });
}

/** @param {any} m */
function onMessage(m) {
  if (m.type === 'score') {
    scored = true;
    score.setScore(m.score, false);
    return;
  }
  if (m.type === 'snapshot') {
    for (const e of m.events || []) if (e.kind === 'command' || e.kind === 'broadcast') desk.announced(e, true);
    if (m.kpis?.agents) setAgents(m.kpis.agents);
  }
  if (m.type === 'event') {
    if (m.kind === 'command' || m.kind === 'broadcast') desk.announced(m);
    if (m.kind === 'broadcast') header.showBroadcast(m.clock, m.summary);
  }
  if (store.apply(m)) {
    build();
    redraw();
  }
}

/** @param {any} m an answer to what we sent */
function onReply(m) {
  if (m.type === 'agents') setAgents(m.agents || []);
  else if ((m.type === 'ack' || m.type === 'error') && !desk.answer(m) && m.type === 'error') {
    header.showNotice(`The trainer could not read a message from this console: ${m.message}`);
  }
}

document.querySelectorAll('a[href^="debrief.html"]').forEach((a) => { /** @type {HTMLAnchorElement} */ (a).href = `debrief.html?exercise=${encodeURIComponent(id)}`; });
if (!id) {
  header.setConnection({ state: 'ended' });
  header.showNotice('No exercise given: join an exercise with its join code on the start page, which opens its console.');
} else if (!credentials.traineeToken(id)) {
  notJoined();
} else {
  connection = new Connection(withTicket(id, trainee), {
    onMessage, onReply,
    onStatus: (status) => {
      header.setConnection(status);
      if (status.state === 'denied') {
        header.showNoticeLink(status.message || 'The trainer refused this console.', '/', 'Join again →');
      } else if (status.state === 'ended') {
        if (!store.state) header.showNotice('This exercise has ended or does not exist. Its debrief may still be available.');
        end();
        header.setRunState(store.state?.state === 'finished' ? 'finished' : 'stopped');
      }
    },
    isEnded: () => trainee.exercise(id).then((e) => e.state === 'stopped', (e) => e.status === 404),
  }).open();
  setInterval(pollAgents, AGENT_POLL_MS);
}

/** No trainee token for this exercise in this tab: say how to get one (a trainer sees the code). */
function notJoined() {
  header.setConnection({ state: 'denied' });
  document.querySelectorAll('.cmd').forEach((b) => b.setAttribute('disabled', ''));
  if (!credentials.trainerKey()) {
    header.showNoticeLink('This console is for the trainee of this exercise: join it with the join code your trainer gave you.',
      '/', 'Join with a code →');
    return;
  }
  const say = (/** @type {string} */ code) => header.showNoticeLink('You are signed in as the trainer: trainers watch and steer, '
    + `trainees act, so the console needs a trainee’s place. To try it yourself, join with this exercise’s join code${code ? ` ${code}` : ''}.`,
  code ? `/?code=${encodeURIComponent(code)}` : '/', 'Join as its trainee →');
  api.exercise(id).then((e) => say(e.access?.joinCode || ''), () => say(''));
}
