// @ts-check
/**
 * "Who was trade minister in March 2024?": posts from /api/posts, each holder with the interval the
 * releases support; when a day is asked, the holders of that day are marked and listed first.
 */
import { h } from '../dom.js';
import { pager } from './pager.js';

/**
 * @typedef {import('../../../src/query/types.js').PostList} PostList
 * @typedef {PostList['posts'][number]} Post
 */

/**
 * A post's rows: one per holder listed, then, when the answer lists only some, one offering them all.
 * @param {Post} post
 * @param {(id: string) => void} openEntity
 * @param {(post: Post) => void} allHolders
 */
function postRows(post, openEntity, allHolders) {
  const held = new Map((post.heldAt ?? []).map((i) => [i.person.id, i.basis]));
  const more = post.holderTotal - post.holders.length;
  const span = post.holders.length + (more > 0 ? 1 : 0);
  const rows = post.holders.map((holder, index) =>
    h(
      'tr',
      { class: held.has(holder.person.id) ? 'held' : '', dataset: { post: post.id, person: holder.person.id } },
      index === 0 ? h('td', { rowspan: span, text: post.title }) : null,
      index === 0 ? h('td', { rowspan: span }, h('button', { type: 'button', class: 'link', text: post.organization.name, on: { click: () => openEntity(post.organization.id) } })) : null,
      h('td', {}, h('button', { type: 'button', class: 'link holder', text: holder.person.name, on: { click: () => openEntity(holder.person.id) } })),
      h('td', { class: 'date', text: holder.firstSeen ?? '—' }),
      h('td', { class: 'date', text: holder.lastSeen ?? '—' }),
      h('td', { class: 'date', text: holder.until ?? '' }),
      h('td', { class: 'held-basis', text: held.get(holder.person.id) === 'seen' ? 'in post (seen)' : held.has(holder.person.id) ? 'in post (no successor yet)' : '' }),
      h('td', { class: 'evidence', title: holder.evidence[0]?.sentence ?? '' }, h('span', { class: 'clamp', text: holder.evidence[0]?.sentence ?? '' })),
    ),
  );
  if (more <= 0) return rows;
  const label = `${more} more holder${more === 1 ? '' : 's'} (${post.holderTotal} in all)`;
  const moreRow = h('tr', { class: 'more-holders', dataset: { post: post.id } }, h('td', { colspan: 6 }, h('button', { type: 'button', class: 'link', text: label, on: { click: () => allHolders(post) } })));
  return rows.length ? [...rows, moreRow] : [moreRow];
}

/**
 * The posts table with its pager; `at` is the day asked, if any.
 * @param {object} options
 * @param {PostList} options.list
 * @param {string | undefined} options.at
 * @param {string} options.csv
 * @param {(offset: number) => void} options.go
 * @param {(id: string) => void} options.openEntity
 * @param {(post: Post) => void} options.allHolders lists every holder of one post
 */
export function postsTable({ list, at, csv, go, openEntity, allHolders }) {
  const holders = list.posts.flatMap((post) => (post.heldAt ?? []).map((i) => `${i.person.name} (${post.title}, ${post.organization.name})`));
  return h(
    'div',
    { class: 'list-table posts-table' },
    at ? h('p', { class: 'answer', text: holders.length ? `On ${at}: ${holders.join('; ')}` : `No holder is known on ${at}.` }) : null,
    pager({ noun: 'posts', page: list.page, shown: list.posts.length, total: list.total, csv, go }),
    h(
      'table',
      { class: 'result-table' },
      h('thead', {}, h('tr', {}, ['Post', 'Organisation', 'Holder', 'First seen', 'Last seen', 'Until', at ? `On ${at}` : 'Held', 'Evidence'].map((c) => h('th', { scope: 'col', text: c })))),
      h('tbody', {}, list.posts.flatMap((post) => postRows(post, openEntity, allHolders))),
    ),
  );
}
