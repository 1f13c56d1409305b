/**
 * What the first entity-list requests by label cost once the warm-up has built the unfiltered
 * list, per source tree (each with its own kept lists): a request that builds a list of its own
 * holds the event loop that long. `tsx tests/bench/entity-list-first.ts SNAPSHOT [srcRoot...]`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openSnapshotStore } from '../../src/store/embedded/index.js';
import type { entityPage as EntityPage } from '../../src/query/entity-list.js';

const [snapshot, ...roots] = process.argv.slice(2);
if (!snapshot) throw new Error('usage: entity-list-first.ts SNAPSHOT [srcRoot...]');
const { store } = await openSnapshotStore(snapshot);
const cpu = async (what: () => Promise<unknown>) => {
  const start = process.cpuUsage();
  await what();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
for (const root of roots.length > 0 ? roots.map((r) => resolve(r)) : [resolve(import.meta.dirname, '../../src')]) {
  const { entityPage } = (await import(pathToFileURL(`${root}/query/entity-list.ts`).href)) as { entityPage: typeof EntityPage };
  const warm = await cpu(() => entityPage(store, {}));
  const firsts: string[] = [];
  for (const labels of [['Person'], ['Organization']] as const) {
    firsts.push(`${labels[0]} first ${(await cpu(() => entityPage(store, { labels: [...labels], country: 'KR' }))).toFixed(1)} ms, then ${(await cpu(() => entityPage(store, { labels: [...labels], country: 'US' }))).toFixed(2)} ms`);
  }
  console.log(`${root}: unfiltered list (warm-up) ${warm.toFixed(0)} ms CPU; ${firsts.join('; ')}`);
}
await store.close();
