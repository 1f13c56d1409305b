/**
 * How well the entity search finds what users look for, per source tree, over every search URL the
 * HTTP bench draws: each query was drawn from one or more entities (its name, lower case, last word,
 * first two words, a typo in the first word, an alias: searchQuerySources), and the rank of the
 * best-placed of them in the answer is the query's source rank. Prints per tree recall@1, @5,
 * @limit and the mean reciprocal rank, overall and per kind of query; with two trees, the share of
 * answers whose ids changed against the first tree and every query whose source rank got worse
 * (with both answers' head, so each loss can be explained), and CPU ms per answer in alternating rounds.
 * `tsx tests/bench/search-quality.ts SNAPSHOT [rounds] [srcRoot...]` — each srcRoot a copy of src/
 * (`git archive BASE src | tar -x -C /tmp/base`), default this tree's. SEARCH_QUALITY_LOSSES=N
 * lists at most N losses (default 40).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { drawUrls, searchQuerySources } from './lib/draw-urls.js';
import { BENCH_SEED } from './lib/work-dir.js';
import { readSnapshot } from '../../src/store/index.js';
import { openSnapshotStore } from '../../src/store/embedded/index.js';
import type { SearchResult } from '../../src/query/types.js';
import type { createQueryService as CreateQueryService } from '../../src/query/index.js';
import { searchQuery } from '../../src/api/requests.js';

const [snapshot, rounds = '1', ...roots] = process.argv.slice(2);
if (!snapshot) throw new Error('usage: search-quality.ts SNAPSHOT [rounds] [srcRoot...]');
const srcRoots = roots.length > 0 ? roots.map((root) => resolve(root)) : [resolve(import.meta.dirname, '../../src')];
const maxLosses = Number(process.env.SEARCH_QUALITY_LOSSES ?? 40);

const { graph } = await readSnapshot(snapshot);
const entities = graph.nodes.filter((n) => n.attributes.label !== 'Document');
const sources = searchQuerySources(entities);
/** How each query was drawn, for the per-kind table: the first way any of its sources gives it. */
const kinds = new Map<string, string>();
entities.forEach((n) => {
  const name = n.attributes.name;
  const words = name.split(/\s+/).filter((w) => w.length > 2);
  const mark = (query: string, kind: string) => {
    if (!kinds.has(query)) kinds.set(query, kind);
  };
  mark(name, 'full name');
  mark(name.toLowerCase(), 'lower case');
  if (words.length > 1) mark(words.at(-1)!, 'last word');
  if (words.length > 2) mark(words.slice(0, 2).join(' '), 'first two words');
  for (const alias of n.attributes.aliases ?? []) mark(alias, 'alias');
});
const urls = drawUrls(graph, BENCH_SEED).search.map((path) => searchQuery.parse(Object.fromEntries(new URL(path, 'http://x').searchParams)));
const { store } = await openSnapshotStore(snapshot);

interface Tree {
  readonly root: string;
  readonly search: (q: string, limit: number) => Promise<SearchResult>;
  readonly answers: SearchResult[];
  readonly ms: number[];
}
const trees: Tree[] = [];
for (const root of srcRoots) {
  const { createQueryService } = (await import(pathToFileURL(`${root}/query/index.ts`).href)) as { createQueryService: typeof CreateQueryService };
  const query = createQueryService(store);
  await query.warm();
  trees.push({ root, search: (q, limit) => query.search(q, { limit }), answers: [], ms: [] });
}
for (let round = 0; round < Number(rounds); round++) {
  for (const tree of trees) {
    const start = process.cpuUsage();
    for (const [u, { q, limit }] of urls.entries()) {
      const answer = await tree.search(q, limit);
      if (round === 0) tree.answers[u] = answer;
    }
    const used = process.cpuUsage(start);
    tree.ms.push((used.user + used.system) / 1000 / urls.length);
  }
}

/** The 1-based rank of the best-placed source of `q` in `answer`, Infinity when none is listed. */
function sourceRank(q: string, answer: SearchResult): number {
  const ids = new Set(sources.get(q) ?? []);
  const at = answer.hits.findIndex((hit) => ids.has(hit.id));
  return at === -1 ? Infinity : at + 1;
}

interface Tally {
  count: number;
  at1: number;
  at5: number;
  atLimit: number;
  reciprocal: number;
}
const tallyOf = (ranks: readonly number[]): Tally => ({
  count: ranks.length,
  at1: ranks.filter((r) => r <= 1).length,
  at5: ranks.filter((r) => r <= 5).length,
  atLimit: ranks.filter((r) => r !== Infinity).length,
  reciprocal: ranks.reduce((sum, r) => sum + 1 / r, 0),
});
const pct = (n: number, of: number) => ((100 * n) / of).toFixed(2).padStart(6);
const ranksOf = (tree: Tree) => urls.map(({ q }, u) => sourceRank(q, tree.answers[u]!));
const kindOf = (q: string) => kinds.get(q) ?? 'typo';

console.log(`${urls.length} search URLs from ${snapshot}`);
const allRanks = trees.map(ranksOf);
for (const kind of ['all', 'full name', 'lower case', 'last word', 'first two words', 'typo', 'alias']) {
  for (const [t, tree] of trees.entries()) {
    const ranks = allRanks[t]!.filter((_r, u) => kind === 'all' || kindOf(urls[u]!.q) === kind);
    if (ranks.length === 0) continue;
    const { count, at1, at5, atLimit, reciprocal } = tallyOf(ranks);
    console.log(
      `${kind.padEnd(16)} ${String(count).padStart(6)} queries  recall@1 ${pct(at1, count)}%  @5 ${pct(at5, count)}%  @limit ${pct(atLimit, count)}%  MRR ${(reciprocal / count).toFixed(4)}  ${tree.root}`,
    );
  }
}
trees.forEach((tree) => console.log(`CPU ms/search per round ${tree.ms.map((m) => m.toFixed(3)).join(' ')}  ${tree.root}`));

const [base] = trees as [Tree];
for (const [t, mine] of trees.entries()) {
  if (t === 0) continue;
  const baseRanks = allRanks[0]!;
  const mineRanks = allRanks[t]!;
  let changed = 0;
  let better = 0;
  let worse = 0;
  const losses: string[] = [];
  const head = (answer: SearchResult) => answer.hits.slice(0, 3).map((hit) => `${hit.id} ${hit.score} "${hit.matched}"`).join(' | ');
  for (const [u, { q, limit }] of urls.entries()) {
    const ids = (answer: SearchResult) => answer.hits.map((hit) => hit.id).join('\n');
    if (ids(base.answers[u]!) !== ids(mine.answers[u]!)) changed++;
    if (mineRanks[u]! < baseRanks[u]!) better++;
    if (mineRanks[u]! > baseRanks[u]!) {
      worse++;
      if (losses.length < maxLosses) {
        losses.push(`  ${JSON.stringify(q)} (limit ${limit}, ${kindOf(q)}, sources ${sources.get(q)?.join(' ')}): rank ${baseRanks[u]} → ${mineRanks[u]}\n    base: ${head(base.answers[u]!)}\n    mine: ${head(mine.answers[u]!)}`);
      }
    }
  }
  console.log(`${mine.root} against ${base.root}:`);
  console.log(`answers whose ids changed: ${changed} of ${urls.length} (${pct(changed, urls.length).trim()}%); source rank better in ${better}, worse in ${worse}`);
  if (losses.length > 0) console.log(`source rank worse:\n${losses.join('\n')}`);
}
await store.close();
