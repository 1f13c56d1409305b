import { appendTo, compareStrings, groupBy, uniqueSortedEvidence, type EdgeRecord, type GraphStore, type NodeRecord } from '../domain/index.js';
import { derived } from './derived.js';
import { pageOf, type Page } from './page.js';
import { keyOfWords, organisationWords, postKey, titleWords } from './post-title.js';
import { summarize } from './presenters.js';
import type { Post, PostHolder, PostIncumbent, PostList } from './types.js';

export interface PostFilter {
  /** A title in any of its wordings: `Trade Minister` finds the post written `Minister for Trade`. */
  readonly title?: string;
  /** An organisation's id, or its name or an alias (case and accents aside). */
  readonly org?: string;
  /** An ISO day: each post says who held it then. */
  readonly at?: string;
}

/*
 * The default pages (posts, each post's holders, who held it on the asked day) keep an answer
 * readable and small: at most 24 KB over the HTTP bench's drawn URLs on the 100× graph (mean
 * 4.8 KB), where 20 posts of 5 holders and 5 incumbents made 7.6 KB on average and up to 62 KB,
 * and the bytes written, more than the finding, are what a posts request cost. Each list says its
 * total and takes an offset, so nothing is out of reach.
 */

/** The first page of posts when none is asked for; `total` says how many match. */
export const DEFAULT_POST_PAGE: Page = Object.freeze({ offset: 0, limit: 10 });

/**
 * The holders each post lists when no holder page is asked for: the first three by first
 * sighting, with `holderTotal`. A ministry's `Minister` has hundreds at 1000×; `heldAt` is still
 * found among them all.
 */
export const DEFAULT_HOLDER_PAGE: Page = Object.freeze({ offset: 0, limit: 3 });

/**
 * Who held a post on the asked day, listed when no page of them is asked for: the first three in
 * holder order, with `heldAtTotal`. A post held by one person at a time names one or two on a
 * day, but a ministry's `Minister` gathers every country's minister (31 on one day at 100×).
 */
export const DEFAULT_HELD_AT_PAGE: Page = Object.freeze({ offset: 0, limit: 3 });

/** One post before a day is asked of it: its key and organisation, for filtering. */
interface KnownPost {
  readonly key: string;
  readonly organisation: NodeRecord;
  /** The organisation's name as a title may restate it (organisationWords). */
  readonly named: readonly string[];
  readonly post: Omit<Post, 'heldAt' | 'heldAtTotal' | 'holderTotal'>;
}

/**
 * The posts matching `filter`, one page of them, with how many match in all. Built from the
 * HOLDS_POSITION edges (their `title`, organisation and dates) over the GraphStore interface only,
 * so both backends answer the same.
 */
export async function postPage(
  store: GraphStore,
  filter: PostFilter = {},
  page: Page = DEFAULT_POST_PAGE,
  holderPage: Page = DEFAULT_HOLDER_PAGE,
  heldAtPage: Page = DEFAULT_HELD_AT_PAGE,
): Promise<PostList> {
  const asked = filter.title ? titleWords(filter.title) : null;
  const matches = ({ key, named }: KnownPost) => !asked || keyOfWords(asked, named) === key;
  const chosen = asked && !filter.org && store.backend === 'embedded' ? await postsTitled(store, asked) : (await postsAt(store, filter.org)).filter(matches);
  const posts = pageOf(chosen, page).map(({ post }) => {
    const held = filter.at ? incumbents(post.holders, filter.at) : null;
    return {
      ...post,
      holders: pageOf(post.holders, holderPage),
      holderTotal: post.holders.length,
      heldAt: held && pageOf(held, heldAtPage),
      heldAtTotal: held && held.length,
    };
  });
  return {
    posts,
    total: chosen.length,
    page: { offset: page.offset, limit: page.limit },
    holderPage: { offset: holderPage.offset, limit: holderPage.limit },
    heldAtPage: { offset: heldAtPage.offset, limit: heldAtPage.limit },
  };
}

/**
 * The posts of the organisations `org` names (by id, name or alias), or of every organisation.
 * The embedded store keeps every post, which is filtered; Neo4j, where every organisation asked
 * is a round trip, is asked of the named organisations alone.
 */
async function postsAt(store: GraphStore, org: string | undefined): Promise<readonly KnownPost[]> {
  if (!org) return everyPost(store);
  const folded = titleWords(org).join(' ');
  const byName = await organisationsByName(store);
  const organisations = [...new Map([...(byName.get(org) ?? []), ...(byName.get(folded) ?? [])].map((node) => [node.id, node])).values()];
  if (organisations.length === 0) return [];
  if (store.backend === 'embedded') {
    const { byOrganisation } = await postIndex(store);
    const all = await everyPost(store);
    return [...new Set(organisations.flatMap((node) => byOrganisation.get(node.id) ?? []))].sort((a, b) => a - b).map((at) => all[at]!);
  }
  return postsOf(store, organisations);
}

/**
 * Builds what the posts answers share on the embedded store (every post, the title index, the
 * organisations by name) between requests, so no asker of a title or an organisation builds it.
 */
export async function warmPosts(store: GraphStore): Promise<void> {
  if (store.backend !== 'embedded') return;
  await postIndex(store);
  await organisationsByName(store);
}

/** Every organisation under its id and the folded words of its name and of each alias (kept until the next load). */
function organisationsByName(store: GraphStore): Promise<ReadonlyMap<string, readonly NodeRecord[]>> {
  return derived(store, 'organisations-by-name', async () => {
    const index = new Map<string, NodeRecord[]>();
    for (const node of await store.listNodes(['Organization'])) {
      for (const name of new Set([node.id, ...[node.attributes.name, ...node.attributes.aliases].map((text) => titleWords(text).join(' '))])) appendTo(index, name, node);
    }
    return index;
  });
}

/** Every post of every organisation, in answer order (embedded store: kept until the next load). */
function everyPost(store: GraphStore): Promise<readonly KnownPost[]> {
  return derived(store, 'posts', async () => postsOf(store, await store.listNodes(['Organization'])));
}

/**
 * Positions in everyPost, ascending: by the post's key, by the words a title restating its
 * organisation's name is made of (byRestated), and by its organisation.
 */
interface PostIndex {
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  readonly byRestated: ReadonlyMap<string, readonly number[]>;
  readonly byOrganisation: ReadonlyMap<string, readonly number[]>;
}

/** Distinct words, sorted and joined: a set of words as a map key. */
function wordSet(words: Iterable<string>): string {
  return [...new Set(words)].sort().join(' ');
}

function postIndex(store: GraphStore): Promise<PostIndex> {
  return derived(store, 'post-index', async () => {
    const byKey = new Map<string, number[]>();
    const byRestated = new Map<string, number[]>();
    const byOrganisation = new Map<string, number[]>();
    (await everyPost(store)).forEach(({ key, named, organisation }, at) => {
      appendTo(byKey, key, at);
      appendTo(byOrganisation, organisation.id, at);
      // The one set of words, besides its key, a title names this post by: its key and its
      // organisation's words together, when those words read back to its key.
      const restated = wordSet([...key.split(' '), ...named]);
      if (restated !== key && keyOfWords(restated.split(' '), named) === key) appendTo(byRestated, restated, at);
    });
    return { byKey, byRestated, byOrganisation };
  });
}

/**
 * The posts a title names, in answer order. A post matches when the asked words, less its
 * organisation's name if they restate it, make its key (keyOfWords), which depends on the set of
 * asked words alone. So a post matches when its key is that set, or when that set is its key and
 * its organisation's words together (and they read back to its key): two lookups, never a check
 * of each post (a common title such as `Minister` is the key of thousands of posts at 1000×, and a
 * long title's subsets would outnumber the posts). The two finds are disjoint.
 */
async function postsTitled(store: GraphStore, asked: readonly string[]): Promise<readonly KnownPost[]> {
  const all = await everyPost(store);
  const { byKey, byRestated } = await postIndex(store);
  const words = wordSet(asked);
  const keyed = byKey.get(words) ?? [];
  const restated = byRestated.get(words) ?? [];
  const positions = restated.length === 0 ? keyed : keyed.length === 0 ? restated : [...keyed, ...restated].sort((a, b) => a - b);
  return positions.map((at) => all[at]!);
}

/** Who held a post on `day`: those seen around it, or last seen before it with no successor yet. */
export function incumbents(holders: readonly PostHolder[], day: string): PostIncumbent[] {
  return holders.flatMap((holder): PostIncumbent[] => {
    if (!holder.firstSeen || !holder.lastSeen || holder.firstSeen > day) return [];
    if (day <= holder.lastSeen) return [{ person: holder.person, basis: 'seen' }];
    return holder.until && day < holder.until ? [{ person: holder.person, basis: 'before-successor' }] : [];
  });
}

/** The posts of `organisations`, in answer order. */
async function postsOf(store: GraphStore, organisations: readonly NodeRecord[]): Promise<readonly KnownPost[]> {
  // Asked of every organisation, one listing of the relation beats a round trip per organisation.
  const wanted = new Set(organisations.map((org) => org.id));
  const held =
    store.listEdges && organisations.length > 1
      ? (await store.listEdges(['HOLDS_POSITION'])).filter((edge) => wanted.has(edge.target))
      : (await Promise.all(organisations.map((org) => store.edgesOf(org.id, { types: ['HOLDS_POSITION'], direction: 'in' })))).flat();
  const people = new Map((await store.getNodes([...new Set(held.map((edge) => edge.source))])).map((node) => [node.id, node]));
  const byPost = new Map<string, { organisation: NodeRecord; key: string; edges: EdgeRecord[] }>();
  const organisationById = new Map(organisations.map((org) => [org.id, org]));
  for (const edge of held) {
    const organisation = organisationById.get(edge.target);
    if (!organisation || !people.has(edge.source) || !edge.attributes.title) continue;
    const key = postKey(edge.attributes.title, organisation.attributes.name);
    const id = `${organisation.id}#${key.replaceAll(' ', '-')}`;
    const entry = byPost.get(id) ?? { organisation, key, edges: [] };
    entry.edges.push(edge);
    byPost.set(id, entry);
  }
  const posts = [...byPost].map(([id, { organisation, key, edges }]) => ({
    key,
    organisation,
    named: organisationWords(organisation.attributes.name),
    post: describe(id, organisation, edges, people),
  }));
  return posts.sort(
    (a, b) =>
      compareStrings(a.post.title.toLowerCase(), b.post.title.toLowerCase()) ||
      compareStrings(a.organisation.attributes.name, b.organisation.attributes.name) ||
      compareStrings(a.post.id, b.post.id),
  );
}

function describe(id: string, organisation: NodeRecord, edges: readonly EdgeRecord[], people: ReadonlyMap<string, NodeRecord>): Omit<Post, 'heldAt' | 'heldAtTotal' | 'holderTotal'> {
  const byPerson = groupBy(edges, (edge) => edge.source);
  const sightings = [...byPerson].map(([personId, own]) => {
    const dates = own.flatMap((edge) => [edge.attributes.firstDate, edge.attributes.lastDate]).filter((date): date is string => Boolean(date)).sort();
    return { person: people.get(personId)!, edges: own, firstSeen: dates[0] ?? null, lastSeen: dates[dates.length - 1] ?? null };
  });
  // Every holder's first sighting in order: a successor is found by a binary search, not a scan of every holder (a ministry's post has hundreds).
  const starts = sightings.map((holder) => holder.firstSeen).filter((date): date is string => Boolean(date)).sort();
  const holders: PostHolder[] = sightings
    .map((holder) => ({
      person: summarize(holder.person),
      titles: distinctSorted(holder.edges.map((edge) => edge.attributes.title!)),
      edgeIds: holder.edges.map((edge) => edge.id).sort(),
      firstSeen: holder.firstSeen,
      lastSeen: holder.lastSeen,
      until: successorDate(holder, starts),
      ...intervalEvidence(holder.edges),
    }))
    .sort((a, b) => compareStrings(a.firstSeen ?? '', b.firstSeen ?? '') || compareStrings(a.person.id, b.person.id));
  const seen = holders.flatMap((holder) => [holder.firstSeen, holder.lastSeen]).filter((date): date is string => Boolean(date)).sort();
  return {
    id,
    title: usualTitle(edges),
    titles: distinctSorted(edges.map((edge) => edge.attributes.title!)),
    organization: summarize(organisation),
    firstSeen: seen[0] ?? null,
    lastSeen: seen[seen.length - 1] ?? null,
    holders,
  };
}

/**
 * The sentence of a holder's first sighting, and how many name them in the post in all: a
 * ministry's post gathers hundreds, which its edges (`/api/edges/:id`) give in full. One quoted
 * sentence, not the first and the last: quoting was half of the posts answer's bytes.
 */
function intervalEvidence(edges: readonly EdgeRecord[]): Pick<PostHolder, 'evidence' | 'evidenceCount'> {
  const all = uniqueSortedEvidence(edges.flatMap((edge) => edge.attributes.evidence));
  return { evidence: all.slice(0, 1), evidenceCount: all.length };
}

/**
 * The first sighting of another holder after `holder` was last seen; `starts` are every holder's
 * first sightings, sorted. A holder's own first sighting is never after its last, so it is never the answer.
 */
function successorDate(holder: { lastSeen: string | null }, starts: readonly string[]): string | null {
  if (!holder.lastSeen) return null;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! > holder.lastSeen) high = middle;
    else low = middle + 1;
  }
  return starts[low] ?? null;
}

/** The wording with the most supporting sentences; the shorter, then the first alphabetically, on a tie. */
function usualTitle(edges: readonly EdgeRecord[]): string {
  const support = new Map<string, number>();
  for (const edge of edges) support.set(edge.attributes.title!, (support.get(edge.attributes.title!) ?? 0) + Math.max(1, edge.attributes.evidence.length));
  return [...support].sort(([a, x], [b, y]) => y - x || a.length - b.length || (a < b ? -1 : 1))[0]![0];
}

function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
