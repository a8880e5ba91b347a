// Who this browser tab is: the trainer (the trainer key) and/or the trainee of some exercises
// (a token per exercise, from joining with a join code). Kept in sessionStorage, so they last as
// long as the tab and go with it; a new tab opened from a page keeps them, a fresh one does not.
// Nothing here goes into a URL: the key and the tokens travel only as Bearer headers.

const KEY = 'cc-trainer.trainer-key';
const TOKEN_PREFIX = 'cc-trainer.trainee.';

/** @param {string} name @returns {string} */
function read(name) {
  try {
    return sessionStorage.getItem(name) || '';
  } catch {
    return ''; // storage disabled: behave as signed out
  }
}

/** @param {string} name @param {string} value empty removes it */
function write(name, value) {
  try {
    if (value) sessionStorage.setItem(name, value);
    else sessionStorage.removeItem(name);
  } catch {
    // storage disabled: the credential lasts for this page only
  }
}

export const credentials = {
  /** The trainer key, or '' when not signed in as the trainer. */
  trainerKey: () => read(KEY),
  /** @param {string} key */
  signIn: (key) => write(KEY, key.trim()),
  signOut: () => write(KEY, ''),
  /** The token from joining this exercise, or ''. @param {string} exercise */
  traineeToken: (exercise) => read(TOKEN_PREFIX + exercise),
  /** @param {string} exercise @param {string} token */
  rememberTrainee: (exercise, token) => write(TOKEN_PREFIX + exercise, token),
  /** @param {string} exercise */
  forgetTrainee: (exercise) => write(TOKEN_PREFIX + exercise, ''),
};

/** The start page's address that signs in and comes back here (or to `path`). @param {string} [path] */
export function signInHref(path = location.pathname + location.search) {
  return `/?next=${encodeURIComponent(path)}`;
}
