// @ts-check
/**
 * "Who was trade minister in March 2024?": posts from /api/posts, each holder with the interval the
 * releases support; when a day is asked, the holders of that day are marked and named above the table.
 * The API lists a page of each post's holders and of who held it on the day (with their totals);
 * a "more" control under each asks for the next page of that post's list and adds it in place,
 * so every holder is reachable however many a post has.
 */
import { h } from '../dom.js';
import { whileBusy } from '../busy.js';
import { pager } from './pager.js';

/**
 * @typedef {import('../../../src/query/types.js').PostList} PostList
 * @typedef {PostList['posts'][number]} Post
 * @typedef {import('../../../src/query/types.js').PostHolder} PostHolder
 * @typedef {import('../../../src/query/types.js').PostIncumbent} PostIncumbent
 */

/**
 * Asks the API for one post again with other pages of its lists (`holderOffset` or `heldAtOffset`).
 * @typedef {(post: Post, pages: { holderOffset?: number, heldAtOffset?: number, heldAtLimit?: number }) => Promise<Post | undefined>} MoreOfPost
 */

/** Who held a post on the day, asked in full when more holders are added, so each added row is marked (the API's most). */
const ALL_HELD = 500;

/** @param {number} n @param {string} noun */
const plural = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * A "more" button: runs `load` while the page shows busy; the button goes when `load` says nothing is left.
 * @param {string} className
 * @param {string} label
 * @param {() => Promise<string | null>} load resolves to the next label, or null when all are shown
 */
function moreButton(className, label, load) {
  const button = h('button', {
    type: 'button',
    class: `link ${className}`,
    text: label,
    on: {
      click: () =>
        void whileBusy(async () => {
          button.disabled = true;
          const next = await load();
          if (next === null) button.remove();
          else {
            button.textContent = next;
            button.disabled = false;
          }
        }),
    },
  });
  return button;
}

/**
 * One holder's row; `held` says who held the post on the asked day, as far as it is known.
 * @param {Post} post
 * @param {PostHolder} holder
 * @param {ReadonlyMap<string, PostIncumbent['basis']>} held
 * @param {(id: string) => void} openEntity
 */
function holderRow(post, holder, held, openEntity) {
  const basis = held.get(holder.person.id);
  return h(
    'tr',
    { class: basis ? 'held' : '', dataset: { post: post.id, person: holder.person.id } },
    h('td', {}, h('button', { type: 'button', class: 'link holder', text: holder.person.name, on: { click: () => openEntity(holder.person.id) } })),
    h('td', { class: 'date', text: holder.firstSeen ?? '—' }),
    h('td', { class: 'date', text: holder.lastSeen ?? '—' }),
    h('td', { class: 'date', text: holder.until ?? '' }),
    h('td', { class: 'held-basis', text: basis === 'seen' ? 'in post (seen)' : basis ? 'in post (no successor yet)' : '' }),
    h('td', { class: 'evidence', title: holder.evidence[0]?.sentence ?? '' }, h('span', { class: 'clamp', text: holder.evidence[0]?.sentence ?? '' })),
  );
}

/** @param {number} left @param {number} total */
const moreHoldersLabel = (left, total) => `${plural(left, 'more holder')} (${total} in all)`;

/**
 * A post's rows: one per holder listed, then, when the answer lists only some, one whose button
 * adds the next page of holders above it.
 * @param {Post} post
 * @param {Map<string, PostIncumbent['basis']>} held who held it on the asked day, grown as pages come
 * @param {(id: string) => void} openEntity
 * @param {MoreOfPost} more
 */
function postRows(post, held, openEntity, more) {
  let shown = post.holders.length;
  const left = () => post.holderTotal - shown;
  /** Whether the "more" row is there: it goes when every holder is shown or a page adds none. */
  let offering = left() > 0;
  const titleCell = h('td', { text: post.title });
  const orgCell = h('td', {}, h('button', { type: 'button', class: 'link', text: post.organization.name, on: { click: () => openEntity(post.organization.id) } }));
  /** The post's two cells span its holders' rows and the "more" row. */
  const span = () => {
    titleCell.rowSpan = Math.max(1, shown + (offering ? 1 : 0));
    orgCell.rowSpan = titleCell.rowSpan;
  };
  const rows = post.holders.map((holder) => holderRow(post, holder, held, openEntity));
  const moreRow =
    offering
      ? h(
          'tr',
          { class: 'more-holders', dataset: { post: post.id } },
          h(
            'td',
            { colspan: 6 },
            moreButton('more-holders-button', moreHoldersLabel(left(), post.holderTotal), async () => {
              // Who held it on the day, all of them (as the API's most allows): the rows added are marked as the first ones are.
              const next = await more(post, { holderOffset: shown, heldAtLimit: ALL_HELD });
              const added = next?.holders ?? [];
              for (const incumbent of next?.heldAt ?? []) held.set(incumbent.person.id, incumbent.basis);
              moreRow?.before(...added.map((holder) => holderRow(post, holder, held, openEntity)));
              shown += added.length;
              offering = added.length > 0 && left() > 0;
              if (!offering) moreRow?.remove();
              span();
              return offering ? moreHoldersLabel(left(), post.holderTotal) : null;
            }),
          ),
        )
      : null;
  span();
  const first = rows[0] ?? moreRow;
  first?.prepend(titleCell, orgCell);
  return moreRow ? [...rows, moreRow] : rows;
}

/** @param {PostIncumbent} incumbent @param {Post} post */
const incumbentText = (incumbent, post) => `${incumbent.person.name} (${post.title}, ${post.organization.name})`;

/**
 * "On DAY: …": who held each post then, a page of them per post, each post's rest behind a button.
 * @param {string} at
 * @param {readonly Post[]} posts
 * @param {ReadonlyMap<string, Map<string, PostIncumbent['basis']>>} heldByPost
 * @param {MoreOfPost} more
 */
function heldAnswer(at, posts, heldByPost, more) {
  const named = posts.filter((post) => (post.heldAtTotal ?? 0) > 0);
  if (named.length === 0) return h('p', { class: 'answer', text: `No holder is known on ${at}.` });
  const parts = named.map((post, index) => {
    const names = h('span', { class: 'held-names', dataset: { post: post.id }, text: (post.heldAt ?? []).map((i) => incumbentText(i, post)).join('; ') });
    let shown = post.heldAt?.length ?? 0;
    const total = post.heldAtTotal ?? 0;
    const label = () => `+${total - shown} more (${post.title}, ${post.organization.name})`;
    const button =
      shown < total
        ? moreButton('more-held', label(), async () => {
            const added = (await more(post, { heldAtOffset: shown }))?.heldAt ?? [];
            for (const incumbent of added) heldByPost.get(post.id)?.set(incumbent.person.id, incumbent.basis);
            if (added.length) names.append(`; ${added.map((i) => incumbentText(i, post)).join('; ')}`);
            shown += added.length;
            return added.length === 0 || shown >= total ? null : label();
          })
        : null;
    return [index > 0 ? '; ' : null, names, button ? ' ' : null, button];
  });
  return h('p', { class: 'answer' }, `On ${at}: `, ...parts);
}

/**
 * The posts table with its pager; `at` is the day asked, if any.
 * @param {object} options
 * @param {PostList} options.list
 * @param {string | undefined} options.at
 * @param {string} options.csv
 * @param {(offset: number) => void} options.go
 * @param {(id: string) => void} options.openEntity
 * @param {MoreOfPost} options.more asks for another page of one post's holders or of who held it on the day
 */
export function postsTable({ list, at, csv, go, openEntity, more }) {
  const heldByPost = new Map(list.posts.map((post) => [post.id, new Map((post.heldAt ?? []).map((i) => [i.person.id, i.basis]))]));
  return h(
    'div',
    { class: 'list-table posts-table' },
    at ? heldAnswer(at, list.posts, heldByPost, more) : null,
    pager({ noun: 'posts', page: list.page, shown: list.posts.length, total: list.total, csv, go }),
    h(
      'table',
      { class: 'result-table' },
      h('thead', {}, h('tr', {}, ['Post', 'Organisation', 'Holder', 'First seen', 'Last seen', 'Until', at ? `On ${at}` : 'Held', 'Evidence'].map((c) => h('th', { scope: 'col', text: c })))),
      h(
        'tbody',
        {},
        list.posts.flatMap((post) => postRows(post, heldByPost.get(post.id) ?? new Map(), openEntity, more)),
      ),
    ),
  );
}
