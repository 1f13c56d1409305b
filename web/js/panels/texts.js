// @ts-check
/**
 * Full-text search results: the releases whose title or text holds the words, best first, each
 * with its passage and the matching words marked. Marks arrive as offsets and become <mark>
 * elements around text nodes, so HTML in a release stays text.
 */
import { api, asError } from '../api.js';
import { h } from '../dom.js';
import { errorBox } from '../widgets.js';

/**
 * @typedef {import('../../../src/query/types.js').TextSearchResult} TextSearchResult
 * @typedef {import('../../../src/query/types.js').TextSearchHit} TextSearchHit
 * @typedef {{ start: number, end: number }} Span
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
 * Asks GET /api/documents/search for `q` and lists the hits in the side panel, a page at a time.
 * @param {import('../side-panel.js').SidePanel} panel
 * @param {string} q
 * @param {(id: string) => void} openDocument opens a release (the panel keeps the list for Back)
 * @param {number} [offset]
 */
export async function openTextSearchPanel(panel, q, openDocument, offset = 0) {
  const query = q.trim();
  if (!query) return;
  panel.loading('Release texts', { push: offset > 0 });
  /** @type {TextSearchResult} */
  let result;
  try {
    result = await api.textSearch(query, { offset, limit: PAGE });
  } catch (error) {
    panel.open({ title: 'Release texts', content: errorBox(asError(error)) }, { push: offset > 0 });
    return;
  }
  const last = Math.min(result.total, offset + result.hits.length);
  const content = h(
    'section',
    { class: 'text-search' },
    h('p', {
      class: 'muted',
      text: result.total === 0 ? `No release mentions “${result.query}”.` : `${result.total} release${result.total === 1 ? ' mentions' : 's mention'} “${result.query}” (${offset + 1}–${last}).`,
    }),
    h('ol', { class: 'text-hits', start: String(offset + 1) }, result.hits.map((hit) => hitItem(hit, openDocument))),
    last < result.total
      ? h('button', { type: 'button', class: 'link', text: 'More', on: { click: () => void openTextSearchPanel(panel, query, openDocument, last) } })
      : null,
  );
  panel.open({ title: 'Release texts', content }, { push: offset > 0 });
}
