// Composition root of the start page.
import { api } from './api.js';
import { StartFormView } from './views/startForm.js';
import { ExerciseListView } from './views/exerciseList.js';

const REFRESH_MS = 3000;
const form = new StartFormView();
const exercises = new ExerciseListView();

const refresh = () => api.exercises().then((list) => exercises.setExercises(list),
  (e) => exercises.showError(`Could not refresh the exercises: ${e.message}`));

api.scenarios().then((s) => form.setScenarios(s), (e) => form.showError(`Could not load the scenarios: ${e.message}`));
form.bindStart(async (request) => {
  form.setBusy(true);
  try {
    form.showStarted(await api.start(request));
    await refresh();
  } catch (e) {
    form.showError(/** @type {Error} */ (e).message);
  } finally {
    form.setBusy(false);
  }
});
refresh();
setInterval(refresh, REFRESH_MS);
