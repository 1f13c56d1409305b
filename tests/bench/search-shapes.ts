/**
 * Where the entity search's time goes, by query shape, over the HTTP bench's drawn search URLs:
 * each answer timed alone (process CPU, the last of `rounds`), grouped by the walk that ranks it
 * (pruned from three distinct words, else every form scored), its count of distinct words, whether a
 * word is no index term (a typo: its fuzzy neighbours come from the radix tree, not the kept table)
 * and how many terms the last word reaches as a prefix. Prints each group's count, mean and share.
 * `tsx tests/bench/search-shapes.ts SNAPSHOT [rounds]`.
 */
import { drawUrls } from './lib/draw-urls.js';
import { BENCH_SEED } from './lib/work-dir.js';
import { readSnapshot } from '../../src/store/index.js';
import { openSnapshotStore } from '../../src/store/embedded/index.js';
import { foldName } from '../../src/domain/index.js';
import { createQueryService } from '../../src/query/index.js';
import { searchIndexFor, termsWithPrefix } from '../../src/query/search-index.js';
import { searchQuery } from '../../src/api/requests.js';

const [snapshot, rounds = '2'] = process.argv.slice(2);
if (!snapshot) throw new Error('usage: search-shapes.ts SNAPSHOT [rounds]');
const urls = drawUrls((await readSnapshot(snapshot)).graph, BENCH_SEED).search;
const { store } = await openSnapshotStore(snapshot);
const query = createQueryService(store);
await query.warm();
const index = await searchIndexFor(store);

/** The bucket a count falls in: 0, 1, 2–9, 10–99, 100–999, 1000+. */
const bucket = (n: number) => (n < 2 ? String(n) : n < 10 ? '2-9' : n < 100 ? '10-99' : n < 1000 ? '100-999' : '1000+');
const groups = new Map<string, { count: number; ms: number; worst: number }>();
let all = 0;
for (let round = 0; round < Number(rounds); round++) {
  for (const path of urls) {
    const { q, labels, limit } = searchQuery.parse(Object.fromEntries(new URL(path, 'http://x').searchParams));
    const start = process.cpuUsage();
    JSON.stringify(await query.search(q, { limit, ...(labels ? { labels } : {}) }));
    const used = process.cpuUsage(start);
    if (round < Number(rounds) - 1) continue;
    const ms = (used.user + used.system) / 1000;
    const words = foldName(q).split(' ');
    const distinct = new Set(words).size;
    const last = words[words.length - 1]!;
    const key = [
      distinct >= 3 ? 'pruned' : 'every form',
      `${Math.min(distinct, 6)}${distinct >= 6 ? '+' : ''} words`,
      words.some((word) => index.terms.get(word) === undefined) ? 'a word no term' : 'all terms',
      `last word a prefix of ${bucket(termsWithPrefix(index, last).length)} terms`,
    ].join(' | ');
    const group = groups.get(key) ?? { count: 0, ms: 0, worst: 0 };
    group.count += 1;
    group.ms += ms;
    group.worst = Math.max(group.worst, ms);
    groups.set(key, group);
    all += ms;
  }
}
console.log(`${urls.length} searches, mean ${(all / urls.length).toFixed(3)} ms CPU`);
for (const [key, { count, ms, worst }] of [...groups].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(`${((100 * ms) / all).toFixed(1).padStart(5)}% of time  ${String(count).padStart(5)} queries  mean ${(ms / count).toFixed(3)} ms  worst ${worst.toFixed(1)} ms  ${key}`);
}
await store.close();
