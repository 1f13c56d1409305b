/**
 * The search endpoints' answers over the HTTP bench's drawn URLs (entity search, full-text search,
 * entity lists), per source tree: a SHA-256 of every answer as the route serialises it, and the CPU
 * ms per answer, rounds alternating between the trees over one store, so a change to a search
 * index is proven twice at once: the same digests (every byte kept) and its cost before → after on
 * the same URLs under the same load.
 * `tsx tests/bench/search-answers.ts SNAPSHOT [endpoints] [rounds] [srcRoot...]` — each srcRoot is
 * a copy of src/ (e.g. `git archive HEAD src | tar -x -C /tmp/base`), default this tree's.
 * SEARCH_ANSWERS_MAX=N answers only the first N drawn URLs of each endpoint (a shorter run on a busy machine).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { drawUrls } from './lib/draw-urls.js';
import { BENCH_SEED } from './lib/work-dir.js';
import { readSnapshot } from '../../src/store/index.js';
import { openSnapshotStore } from '../../src/store/embedded/index.js';
import type { QueryService, createQueryService as CreateQueryService } from '../../src/query/index.js';
import { CSV_LISTS, csvOf } from '../../src/api/csv/index.js';
import { entitiesQuery, searchQuery, textSearchQuery } from '../../src/api/requests.js';

const [snapshot, endpointList = 'search,documents,entities', rounds = '3', ...roots] = process.argv.slice(2);
if (!snapshot) throw new Error('usage: search-answers.ts SNAPSHOT [endpoints] [rounds] [srcRoot...]');
const srcRoots = roots.length > 0 ? roots.map((root) => resolve(root)) : [resolve(import.meta.dirname, '../../src')];

type Answer = (url: URL) => Promise<unknown>;
const params = (url: URL) => Object.fromEntries(url.searchParams);
const answers = (q: QueryService): Record<string, Answer> => ({
  search: (u) => {
    const { q: text, labels, limit } = searchQuery.parse(params(u));
    return q.search(text, { limit, ...(labels ? { labels } : {}) });
  },
  documents: (u) => {
    const { q: text, from, to, country, entity, offset, limit } = textSearchQuery.parse(params(u));
    return q.textSearch(text, { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(country ? { country } : {}), ...(entity ? { entity } : {}) }, { offset, limit });
  },
  entities: (u) => {
    const { label, country, kind, prefix, offset, limit } = entitiesQuery.parse(params(u));
    return q.entities({ ...(label ? { labels: label } : {}), ...(country ? { country } : {}), ...(kind?.length ? { kinds: kind } : {}), ...(prefix ? { prefix } : {}) }, { offset, limit });
  },
});

/** The bytes the route writes: CSV when `format=csv` asks, JSON otherwise; an error's message in its place. */
async function body(url: URL, answer: Answer): Promise<string> {
  try {
    const value = await answer(url);
    if (url.searchParams.get('format') !== 'csv') return JSON.stringify(value);
    const list = CSV_LISTS.find((candidate) => candidate.path.test(url.pathname.slice('/api'.length)))!;
    return csvOf(list.rows(params(url)), value);
  } catch (error) {
    return JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
  }
}

const urls = drawUrls((await readSnapshot(snapshot)).graph, BENCH_SEED);
const { store } = await openSnapshotStore(snapshot);
const trees: { root: string; table: Record<string, Answer> }[] = [];
for (const root of srcRoots) {
  const { createQueryService } = (await import(pathToFileURL(`${root}/query/index.ts`).href)) as { createQueryService: typeof CreateQueryService };
  const query = createQueryService(store);
  const start = process.cpuUsage();
  await query.warm();
  const used = process.cpuUsage(start);
  console.log(`${root}: warm-up ${Math.round((used.user + used.system) / 1000)} ms CPU, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB after`);
  trees.push({ root, table: answers(query) });
}
for (const endpoint of endpointList.split(',')) {
  const list = urls[endpoint as keyof typeof urls].slice(0, Number(process.env.SEARCH_ANSWERS_MAX ?? Infinity));
  const ms = trees.map(() => [] as number[]);
  for (let round = 0; round < Number(rounds); round++) {
    for (const [t, tree] of trees.entries()) {
      const hash = createHash('sha256');
      let bytes = 0;
      const start = process.cpuUsage();
      for (const path of list) {
        const text = await body(new URL(path, 'http://x'), tree.table[endpoint]!);
        hash.update(text);
        bytes += text.length;
      }
      const used = process.cpuUsage(start);
      // The first round builds what the answers build lazily (entity lists): timed but not counted.
      if (round > 0 || Number(rounds) === 1) ms[t]!.push((used.user + used.system) / 1000 / list.length);
      if (round === 0) console.log(`${endpoint} ${tree.root}: ${list.length} answers, ${bytes} characters, sha256 ${hash.digest('hex')}`);
    }
  }
  trees.forEach((tree, t) => console.log(`${endpoint} ${tree.root}: CPU ms/answer per round ${ms[t]!.map((m) => m.toFixed(3)).join(' ')}`));
}
await store.close();
