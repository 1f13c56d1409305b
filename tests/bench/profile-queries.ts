/**
 * In-process cost of the graph questions over the HTTP bench's drawn URLs (no Express, no sockets):
 * each URL's answer computed and serialised as the route would, timed one by one, then the mean,
 * the tail and the costliest URLs per endpoint. Times are the process's CPU (user + system, GC
 * included), not wall time: the machine is shared. `tsx tests/bench/profile-queries.ts SNAPSHOT [endpoints] [rounds]`
 * (PROFILE_NO_WARM=1 skips the service's warm-up, PROFILE_OUT=file a CPU profile).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { drawUrls } from './lib/draw-urls.js';
import { BENCH_SEED } from './lib/work-dir.js';
import { readSnapshot } from '../../src/store/index.js';
import { openSnapshotStore } from '../../src/store/embedded/index.js';
import { answerJson, createQueryService, type QueryService } from '../../src/query/index.js';
import { CSV_LISTS, csvOf } from '../../src/api/csv/index.js';
import { pathQuery, pairQuery, personMeetingsQuery, neighbourhoodQuery, postsQuery, entitiesQuery, occasionsQuery, countryQuery, searchQuery, textSearchQuery } from '../../src/api/requests.js';

const [snapshot, endpointList = 'path,meetings,entity,neighbourhood', rounds = '1'] = process.argv.slice(2);
if (!snapshot) throw new Error('usage: profile-queries.ts SNAPSHOT [endpoints] [rounds]');

type Answer = (url: URL) => Promise<unknown>;
const answers = (q: QueryService): Record<string, Answer> => ({
  path: (u) => {
    const { from, to, maxDepth, types, limit } = pathQuery.parse(Object.fromEntries(u.searchParams));
    return q.path(from, to, { maxDepth, limit, ...(types ? { types } : {}) });
  },
  meetings: (u) => {
    const m = /^\/api\/persons\/([^/]+)\/meetings$/.exec(u.pathname);
    if (m) return q.personMeetings(decodeURIComponent(m[1]!), personMeetingsQuery.parse(Object.fromEntries(u.searchParams)));
    const { a, b } = pairQuery.parse(Object.fromEntries(u.searchParams));
    return q.pairMeetings(a, b);
  },
  entity: (u) => q.entity(decodeURIComponent(u.pathname.split('/')[3]!)),
  neighbourhood: (u) => {
    const { depth, labels, types, from, to, limit } = neighbourhoodQuery.parse(Object.fromEntries(u.searchParams));
    return q.neighbourhood(decodeURIComponent(u.pathname.split('/')[3]!), { depth, limit, ...(labels ? { labels } : {}), ...(types ? { types } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) });
  },
  // The lists (a CSV URL's answer is turned into CSV by serialise).
  posts: (u) => {
    const { title, org, at, offset, limit, holderOffset, holderLimit, heldAtOffset, heldAtLimit } = postsQuery.parse(Object.fromEntries(u.searchParams));
    return q.posts({ ...(title ? { title } : {}), ...(org ? { org } : {}), ...(at ? { at } : {}) }, { offset, limit }, { offset: holderOffset, limit: holderLimit }, { offset: heldAtOffset, limit: heldAtLimit });
  },
  entities: (u) => {
    const { label, country, kind, prefix, offset, limit } = entitiesQuery.parse(Object.fromEntries(u.searchParams));
    return q.entities({ ...(label ? { labels: label } : {}), ...(country ? { country } : {}), ...(kind?.length ? { kinds: kind } : {}), ...(prefix ? { prefix } : {}) }, { offset, limit });
  },
  occasions: (u) => {
    const { person, country, from, to, offset, limit } = occasionsQuery.parse(Object.fromEntries(u.searchParams));
    return q.occasions({ ...(person ? { person } : {}), ...(country ? { country } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) }, { offset, limit });
  },
  country: (u) => q.country(decodeURIComponent(u.pathname.split('/')[3]!), countryQuery.parse(Object.fromEntries(u.searchParams))),
  'country-graph': (u) => q.countryGraph(decodeURIComponent(u.pathname.split('/')[3]!), countryQuery.parse(Object.fromEntries(u.searchParams))),
  lifecycle: (u) => q.agreementLifecycle(decodeURIComponent(u.pathname.split('/')[3]!)),
  search: (u) => {
    const { q: text, labels, limit } = searchQuery.parse(Object.fromEntries(u.searchParams));
    return q.search(text, { limit, ...(labels ? { labels } : {}) });
  },
  documents: (u) => {
    const { q: text, from, to, country, entity, offset, limit } = textSearchQuery.parse(Object.fromEntries(u.searchParams));
    return q.textSearch(text, { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(country ? { country } : {}), ...(entity ? { entity } : {}) }, { offset, limit });
  },
});

/** The answer's bytes as the server writes them: CSV when `format=csv` asks (as csvResponses turns it), JSON otherwise (through the answer's own writer when it has one, as res.json does). */
function serialise(url: URL, answer: unknown): string {
  if (url.searchParams.get('format') !== 'csv') return answerJson(answer);
  const path = url.pathname.slice('/api'.length);
  const list = CSV_LISTS.find((candidate) => candidate.path.test(path));
  if (!list) throw new Error(`${url.pathname} answers no CSV`);
  return csvOf(list.rows(Object.fromEntries(url.searchParams)), answer);
}

// The drawn URLs only: the records read to draw them are dropped before the store opens, as in the bench.
const urls = drawUrls((await readSnapshot(snapshot)).graph, BENCH_SEED);
const { store } = await openSnapshotStore(snapshot);
const query = createQueryService(store);
const warmStart = process.cpuUsage();
// PROFILE_NO_WARM=1: no warm-up (its search indexes take minutes at 1000×); with rounds ≥ 2 the first round builds what the questions keep.
if (!process.env.PROFILE_NO_WARM) await query.warm();
const warmed = process.cpuUsage(warmStart);
console.log(`warm-up ${Math.round((warmed.user + warmed.system) / 1000)} ms CPU`);
// Pauses of the collector while the questions run: a major one on the 1000× graph's heap is a request's tail.
const pauses = { major: [] as number[], minor: 0, minorMs: 0 };
const note = (entries: readonly PerformanceEntry[]) => {
  for (const entry of entries) {
    const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) pauses.major.push(entry.duration);
    else {
      pauses.minor += 1;
      pauses.minorMs += entry.duration;
    }
  }
};
const gcWatch = new PerformanceObserver((list) => note(list.getEntries()));
gcWatch.observe({ entryTypes: ['gc'] });
const table = answers(query);
/** Bytes in use in the old generation (old and large-object spaces). */
function oldSpaceUsed(): number {
  return getHeapSpaceStatistics()
    .filter((space) => space.space_name === 'old_space' || space.space_name === 'large_object_space')
    .reduce((sum, space) => sum + space.space_used_size, 0);
}
// PROFILE_OUT=file.cpuprofile: a CPU profile of the questions alone (the warm-up left out).
const session = process.env.PROFILE_OUT ? new Session() : null;
if (session) {
  session.connect();
  await new Promise((resolve) => session.post('Profiler.enable', () => session.post('Profiler.start', resolve)));
}
for (const endpoint of endpointList.split(',')) {
  const list = urls[endpoint as keyof typeof urls];
  const answer = table[endpoint]!;
  const times: { url: string; ms: number; bytes: number }[] = [];
  for (let r = 0; r < Number(rounds); r++) {
    if (r === Number(rounds) - 1) Object.assign(pauses, { major: [], minor: 0, minorMs: 0 });
    const oldBefore = oldSpaceUsed();
    for (const path of list) {
      const url = new URL(path, 'http://x');
      const start = process.cpuUsage();
      const body = serialise(url, await answer(url));
      const used = process.cpuUsage(start);
      const ms = (used.user + used.system) / 1000;
      if (r === Number(rounds) - 1) times.push({ url: path, ms, bytes: body.length });
    }
    // What a round leaves in the old generation (kept forms and texts, grown indexes): the scavenges that promote it are the long ones.
    console.log(`   round ${r + 1}: old generation ${((oldSpaceUsed() - oldBefore) / 2 ** 20).toFixed(1)} MiB larger`);
  }
  const sorted = [...times].sort((a, b) => a.ms - b.ms);
  const total = sorted.reduce((s, t) => s + t.ms, 0);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.ms.toFixed(3);
  const top1 = sorted.slice(-Math.ceil(sorted.length / 100)).reduce((s, t) => s + t.ms, 0);
  const bytes = times.reduce((s, t) => s + t.bytes, 0) / times.length;
  console.log(`${endpoint}: ${times.length} urls, mean ${(total / times.length).toFixed(3)} ms, p50 ${at(0.5)} p90 ${at(0.9)} p99 ${at(0.99)} max ${at(1)}; worst 1% = ${((100 * top1) / total).toFixed(0)}% of time; mean ${Math.round(bytes)} B`);
  // The collector's entries arrive on a later turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  note(gcWatch.takeRecords());
  const majorMs = pauses.major.reduce((a, b) => a + b, 0);
  console.log(`   GC (last round): ${pauses.major.length} major, ${Math.round(majorMs)} ms (longest ${Math.round(Math.max(0, ...pauses.major))} ms); ${pauses.minor} minor, ${Math.round(pauses.minorMs)} ms`);
  for (const t of sorted.slice(-8).reverse()) console.log(`   ${t.ms.toFixed(2)} ms ${t.bytes} B ${t.url}`);
}
if (session) {
  const profile = await new Promise<unknown>((resolve, reject) => session.post('Profiler.stop', (error, result) => (error ? reject(error) : resolve(result.profile))));
  writeFileSync(process.env.PROFILE_OUT!, JSON.stringify(profile));
}
await store.close();
