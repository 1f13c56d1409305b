// @ts-check
/**
 * A search box with a suggestion list (ARIA combobox): typing asks /api/search, arrow keys move
 * through the hits, Enter picks the highlighted one (or the first), Escape closes the list.
 */
import { api, asError } from './api.js';
import { h, replace } from './dom.js';
import { classInfo, nodeClass } from './graph-style.js';

let uid = 0;

/** @typedef {import('../../src/query/types.js').SearchHit} SearchHit */

/**
 * Wires `input` and the `list` element under it. `onPick(hit)` receives the SearchHit chosen;
 * `labels` restricts the search (e.g. `['Country']`).
 * @param {object} options
 * @param {HTMLInputElement} options.input
 * @param {HTMLElement} options.list
 * @param {readonly string[]} [options.labels]
 * @param {(hit: SearchHit) => unknown} options.onPick
 * @param {number} [options.limit]
 */
export function createAutocomplete({ input, list, labels, onPick, limit = 10 }) {
  const listId = list.id || `ac-list-${++uid}`;
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';

  /** @type {readonly SearchHit[]} */
  let hits = [];
  let active = -1;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let asked = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function render() {
    replace(
      list,
      hits.map((hit, index) => {
        const info = classInfo(nodeClass(hit.label, hit.kind));
        const option = h(
          'li',
          {
            id: `${listId}-${index}`,
            role: 'option',
            class: index === active ? 'option active' : 'option',
            'aria-selected': index === active ? 'true' : 'false',
            on: { mousedown: (event) => { event.preventDefault(); pick(index); } },
          },
          h('span', { class: `swatch ${info.cls}`, 'aria-hidden': 'true' }),
          h('span', { class: 'option-name', text: hit.name }),
          h('span', { class: 'option-meta', text: [info.name, hit.country].filter(Boolean).join(' · ') }),
          hit.matched && hit.matched !== hit.name ? h('span', { class: 'option-alias', text: `“${hit.matched}”` }) : null,
        );
        return option;
      }),
    );
    if (hits.length === 0) list.append(h('li', { class: 'option empty', text: 'No match' }));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  /** @param {number} index */
  function pick(index) {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.name;
    close();
    onPick(hit);
  }

  async function lookup() {
    const q = input.value.trim();
    if (q.length < 2) {
      hits = [];
      close();
      return;
    }
    const ticket = ++asked;
    try {
      const result = await api.search(q, { limit, labels });
      if (ticket !== asked) return;
      hits = result.hits;
      active = hits.length > 0 ? 0 : -1;
      render();
    } catch (error) {
      if (ticket !== asked) return;
      hits = [];
      replace(list, h('li', { class: 'option empty', text: asError(error).message }));
      list.hidden = false;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void lookup(), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && hits.length > 0) pick(Math.max(active, 0));
      else void lookup();
    } else if (event.key === 'Escape' && !list.hidden) {
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return { close, clear: () => { input.value = ''; hits = []; close(); } };
}
