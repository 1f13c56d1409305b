// @ts-check
/**
 * Full-text search results: the releases whose title or text holds the words, best first, each
 * with its passage and the matching words marked. Marks arrive as offsets and become <mark>
 * elements around text nodes, so HTML in a release stays text.
 */
import { api, asError } from '../api.js';
import { createAutocomplete } from '../autocomplete.js';
import { h } from '../dom.js';
import { describeFilters, withoutEmpty } from '../text-query.js';
import { errorBox } from '../widgets.js';

/**
 * @typedef {import('../../../src/query/types.js').TextSearchResult} TextSearchResult
 * @typedef {import('../../../src/query/types.js').TextSearchHit} TextSearchHit
 * @typedef {{ start: number, end: number }} Span
 * @typedef {import('../text-query.js').TextQuery} TextQuery
 */

/** Hits per page. */
const PAGE = 10;

/**
 * `text` cut at the marks: runs in order, each marked or not. Marks must be sorted and not overlap
 * (as the API sends them); one outside the text or ending before it starts is ignored.
 * @param {string} text
 * @param {readonly Span[]} marks
 * @returns {{ text: string, marked: boolean }[]}
 */
export function markedRuns(text, marks) {
  /** @type {{ text: string, marked: boolean }[]} */
  const runs = [];
  let at = 0;
  for (const { start, end } of marks) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) runs.push({ text: text.slice(at, start), marked: false });
    runs.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}

/**
 * @param {string} text
 * @param {readonly Span[]} marks
 */
const marked = (text, marks) => markedRuns(text, marks).map((run) => (run.marked ? h('mark', { text: run.text }) : run.text));

/**
 * @param {TextSearchHit} hit
 * @param {(id: string) => void} openDocument
 */
function hitItem(hit, openDocument) {
  const { snippet, document: doc } = hit;
  return h(
    'li',
    { class: 'text-hit', dataset: { id: doc.id } },
    h('button', { type: 'button', class: 'link text-hit-title', on: { click: () => openDocument(doc.id) } }, marked(doc.title, hit.titleMarks)),
    h('span', { class: 'muted', text: ` ${doc.date ?? 'undated'}` }),
    h('p', { class: 'text-hit-snippet' }, snippet.start > 0 ? '… ' : '', marked(snippet.text, snippet.marks), snippet.end < snippet.textLength ? ' …' : ''),
  );
}

/**
 * Names of the entities filtered on, by id: picked from the suggestions or read once, so paging
 * the hits or changing another filter asks for no entity again.
 * @type {Map<string, string>}
 */
const entityNames = new Map();

/**
 * The entity's name for the filter field, or undefined when it cannot be read (the id is shown).
 * @param {string | undefined} id
 * @returns {Promise<string | undefined>}
 */
async function entityNameOf(id) {
  if (!id) return undefined;
  const known = entityNames.get(id);
  if (known !== undefined) return known;
  try {
    const { name } = await api.entity(id);
    entityNames.set(id, name);
    return name;
  } catch {
    return undefined;
  }
}

/**
 * @typedef {object} TextSearchActions
 * @property {(id: string) => void} openDocument opens a release (the panel keeps the list for Back)
 * @property {(query: TextQuery) => void} search runs a changed search (the controller writes it into the link)
 */

/**
 * The filter fields over the hits: release days, a country and an entity the releases mention.
 * The entity is picked from the entity search's suggestions; clearing its field drops it.
 * @param {TextQuery} query
 * @param {string | undefined} entityName
 * @param {(query: TextQuery) => void} search
 */
function filterForm(query, entityName, search) {
  const from = h('input', { type: 'date', name: 'from', value: query.from ?? '' });
  const to = h('input', { type: 'date', name: 'to', value: query.to ?? '' });
  const country = h('input', { type: 'search', name: 'country', value: query.country ?? '', placeholder: 'code or name, e.g. Japan', spellcheck: 'false' });
  const entityInput = h('input', { type: 'search', name: 'entity', value: query.entity ? (entityName ?? query.entity) : '', placeholder: 'any person, body, agreement…', spellcheck: 'false' });
  const entityList = h('ul', { class: 'suggestions' });
  let entity = query.entity;
  createAutocomplete({ input: entityInput, list: entityList, onPick: (hit) => { entity = hit.id; entityNames.set(hit.id, hit.name); } });
  // Typing over a picked entity un-picks it: the filter is only ever an entity the user chose.
  entityInput.addEventListener('input', () => { entity = undefined; });
  const form = h(
    'form',
    {
      class: 'stack text-filters',
      on: {
        submit: (event) => {
          event.preventDefault();
          search(withoutEmpty({ q: query.q, from: from.value, to: to.value, country: country.value, entity: entityInput.value.trim() ? entity : undefined }));
        },
      },
    },
    h('div', { class: 'text-filter-days' }, h('label', { class: 'field' }, 'Released from', from), h('label', { class: 'field' }, 'to', to)),
    h('label', { class: 'field' }, 'Mentioning the country', country),
    h('div', { class: 'search small' }, h('label', { class: 'field' }, 'Mentioning the entity', entityInput), entityList),
    h('button', { type: 'submit', text: 'Filter' }),
  );
  const filtered = Boolean(query.from || query.to || query.country || query.entity);
  return h('details', { class: 'text-filter-box', open: filtered }, h('summary', { text: filtered ? 'Filters (on)' : 'Filters' }), form);
}

/**
 * Asks GET /api/documents/search for the query and lists the hits in the side panel, a page at a
 * time, under the filter fields (kept also when the API refuses a filter, so it can be mended).
 * @param {import('../side-panel.js').SidePanel} panel
 * @param {TextQuery} query
 * @param {TextSearchActions} actions
 * @param {number} [offset]
 */
export async function openTextSearchPanel(panel, query, actions, offset = 0) {
  if (!query.q.trim()) return;
  panel.loading('Release texts', { push: offset > 0 });
  const { q, ...filter } = query;
  const [answer, entityName] = await Promise.all([
    api.textSearch(q, { ...filter, offset, limit: PAGE }).then(
      (result) => ({ result }),
      (error) => ({ error: asError(error) }),
    ),
    entityNameOf(query.entity),
  ]);
  const form = filterForm(query, entityName, actions.search);
  if ('error' in answer) {
    panel.open({ title: 'Release texts', content: h('section', { class: 'text-search' }, form, errorBox(answer.error)) }, { push: offset > 0 });
    return;
  }
  const { result } = answer;
  const last = Math.min(result.total, offset + result.hits.length);
  const filters = describeFilters(query, entityName);
  const within = filters ? `, ${filters}` : '';
  const content = h(
    'section',
    { class: 'text-search' },
    form,
    h('p', {
      class: 'muted text-search-count',
      text:
        result.total === 0
          ? `No release mentions “${result.query}”${within}.`
          : `${result.total} release${result.total === 1 ? ' mentions' : 's mention'} “${result.query}”${within} (${offset + 1}–${last}).`,
    }),
    h('ol', { class: 'text-hits', start: String(offset + 1) }, result.hits.map((hit) => hitItem(hit, actions.openDocument))),
    last < result.total
      ? h('button', { type: 'button', class: 'link', text: 'More', on: { click: () => void openTextSearchPanel(panel, query, actions, last) } })
      : null,
  );
  panel.open({ title: 'Release texts', content }, { push: offset > 0 });
}
