// Composition root of the start page: the trainer signs in (then starts exercises and sees
// them listed), a trainee joins with a join code. `/?next=/wallboard.html?...` signs in and
// goes back there; `/?code=K7M2-Q9XW` fills in the join code.
import { api, join } from './api.js';
import { credentials } from './credentials.js';
import { SignInView, JoinView } from './views/accessForms.js';
import { StartFormView } from './views/startForm.js';
import { ExerciseListView } from './views/exerciseList.js';

const REFRESH_MS = 3000;
const params = new URLSearchParams(location.search);
const signIn = new SignInView();
const joinBox = new JoinView();
const form = new StartFormView();
const exercises = new ExerciseListView();
/** @type {number|undefined} */ let refreshTimer;

/** Only a path on this trainer: `next` must never send the key's holder elsewhere. */
function nextPage() {
  const next = params.get('next') || '';
  return next.startsWith('/') && !next.startsWith('//') ? next : '';
}

/** A refused key signs out: the trainer was restarted with another key, say. @param {any} e */
function refusedKey(e) {
  if (e.status !== 401) return false;
  signOut();
  signIn.showError(e.message);
  return true;
}

const refresh = () => api.exercises().then((list) => exercises.setExercises(list),
  (e) => refusedKey(e) || exercises.showError(`Could not refresh the exercises: ${e.message}`));

function showTrainer() {
  signIn.setSignedIn(true);
  api.scenarios().then((s) => form.setScenarios(s),
    (e) => refusedKey(e) || form.showError(`Could not load the scenarios: ${e.message}`));
  refresh();
  clearInterval(refreshTimer);
  refreshTimer = setInterval(refresh, REFRESH_MS);
}

function signOut() {
  credentials.signOut();
  clearInterval(refreshTimer);
  signIn.setSignedIn(false);
}

signIn.bindSubmit(async (key) => {
  signIn.setBusy(true);
  signIn.showError('');
  credentials.signIn(key);
  try {
    await api.scenarios(); // any trainer-only call tells whether the key is right
    location.assign(nextPage() || '/trainer.html');
  } catch (e) {
    credentials.signOut();
    signIn.showError(/** @type {Error} */ (e).message);
    signIn.setBusy(false);
  }
});
signIn.bindSignOut(signOut);

joinBox.bindSubmit(async (code) => {
  joinBox.setBusy(true);
  joinBox.showError('');
  try {
    const joined = await join(code);
    credentials.rememberTrainee(joined.exercise, joined.token);
    location.assign(joined.console || `/console.html?exercise=${encodeURIComponent(joined.exercise)}`);
  } catch (e) {
    joinBox.showError(/** @type {Error} */ (e).message);
    joinBox.setBusy(false);
  }
});
if (params.get('code')) joinBox.setCode(params.get('code') || '');

form.bindStart(async (request) => {
  form.setBusy(true);
  try {
    form.showStarted(await api.start(request));
    await refresh();
  } catch (e) {
    if (!refusedKey(e)) form.showError(/** @type {Error} */ (e).message);
  } finally {
    form.setBusy(false);
  }
});

if (credentials.trainerKey()) showTrainer();
else signIn.setSignedIn(false);
