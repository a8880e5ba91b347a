// A tiny element builder for the views: h('p', {class: 'x'}, 'text', child).

/**
 * @param {string} tag
 * @param {Record<string, any>|null} [attrs]  class, text, dataset-free attributes; on* → listeners
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** Sets text only when it changed, so an unchanged figure costs no layout. @param {Element} el @param {string} text */
export function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

/** Sets a data-level attribute (ok, watch, act, none) that the CSS colours. @param {HTMLElement} el @param {string} level */
export function setLevel(el, level) {
  if (el.dataset.level !== level) el.dataset.level = level;
}

/** @param {string} selector @param {ParentNode} [root] @returns {HTMLElement} */
export function $(selector, root = document) {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`the page has no ${selector}`);
  return /** @type {HTMLElement} */ (el);
}

/**
 * Offers a file the page fetched (with a header a plain link cannot send) as a download.
 * @param {Blob} blob @param {string} filename
 */
export function saveFile(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
