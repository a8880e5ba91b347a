// "What moved": asks the trainer to split each queue's last 30 minutes into its drivers —
// volume against forecast, handle time against forecast, staff against what Erlang says is
// needed — and draws the answer as a table, the driver named in words.
import { h, $ } from './dom.js';
import { refusal, show } from './formKit.js';
import { count, duration, isFigure, percent } from '../format.js';

/** @typedef {import('./formKit.js').Send} Send */

const DRIVER = {
  volume: 'Volume above forecast', 'handle-time': 'Handle time above forecast', staffing: 'Too few agents on it',
  none: 'On plan (all within 10%)',
};
/** Off plan by more than this is worth a look: the trainer's own line for naming a driver. */
const OFF_PLAN = 0.10;
const MIN_FORECAST = 10;

export class WhatMovedView {
  /** @param {Send} send @param {() => string} clock the virtual clock now, to date the answer */
  constructor(send, clock, root = document) {
    this.button = $('#what-moved-button', root);
    this.status = $('#what-moved-status', root);
    this.result = $('#what-moved-result', root);
    this.button.addEventListener('click', () => {
      show(this.status, 'pending', 'Asking…');
      send('open-view', { view: 'what-moved' }).then((ack) => {
        this.status.hidden = true;
        this.setResult(ack.result?.queues || [], `${ack.message || 'What moved'}, at ${clock()}`);
      }, (e) => show(this.status, 'error', refusal(e)));
    });
  }

  /** @param {any[]} queues @param {string} [caption] */
  setResult(queues, caption) {
    const over = (/** @type {number|null} */ ratio) => (isFigure(ratio) && ratio - 1 > OFF_PLAN ? 'watch' : 'none');
    // A percentage of a handful of contacts is noise: under 10 forecast, show the counts alone (as the tiles do).
    const fewContacts = (/** @type {any} */ q) => !(q.forecastLast30 >= MIN_FORECAST);
    const versus = (/** @type {number|null} */ ratio) => (isFigure(ratio) ? `${ratio >= 1 ? '+' : '−'}${Math.abs(Math.round((ratio - 1) * 100))}%` : '–');
    this.result.replaceChildren(h('table', { class: 'figures-table what-moved' },
      h('caption', null, caption || 'What moved, over the last 30 minutes'),
      h('thead', null, h('tr', null, ...['Queue', 'Service level 15 min', 'Volume vs forecast', 'AHT vs forecast', 'Skilled agents vs needed', 'Driver']
        .map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', null, ...queues.map((q) => {
        const short = typeof q.required === 'number' && q.staffed < q.required;
        return h('tr', { 'data-queue': q.queue },
          h('th', { scope: 'row' }, q.name || q.queue),
          h('td', null, `${percent(q.serviceLevel15m)} `, h('span', { class: 'muted' }, `of ${percent(q.target)}`)),
          fewContacts(q)
            ? h('td', null, h('span', { class: 'muted' }, `${count(q.arrivedLast30)} arrived vs ${q.forecastLast30 ?? '–'}: too few to judge`))
            : h('td', { 'data-level': over(q.volumeVsForecast) }, h('strong', null, versus(q.volumeVsForecast)),
              h('span', { class: 'muted' }, ` ${count(q.arrivedLast30)} vs ${q.forecastLast30 ?? '–'}`)),
          isFigure(q.ahtSeconds)
            ? h('td', { 'data-level': over(q.ahtVsForecast) }, h('strong', null, versus(q.ahtVsForecast)),
              h('span', { class: 'muted' }, ` ${duration(q.ahtSeconds)} vs ${duration(q.forecastAhtSeconds)}`))
            : h('td', null, h('span', { class: 'muted' }, `none handled yet (plan ${duration(q.forecastAhtSeconds)})`)),
          h('td', { 'data-level': short ? 'watch' : 'none' }, h('strong', null, count(q.staffed)),
            h('span', { class: 'muted' }, ` skilled, ${q.required ?? '–'} needed`)),
          h('td', { class: 'driver', 'data-driver': q.driver, 'data-level': q.driver && q.driver !== 'none' ? 'watch' : 'none' },
            DRIVER[/** @type {keyof DRIVER} */ (q.driver)] || q.driver));
      }))));
    this.result.hidden = false;
  }
}
