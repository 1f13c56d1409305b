/**
 * A SHA-256 of every answer to the HTTP bench's drawn path, meetings, entity list and agreement
 * lifecycle URLs (plus a few wide paths: a hundred paths between two hubs, asked types), as the route
 * would serialise them (answerJson, as the app's res.json): run it before and after a change to the
 * path search, its presenting, the meetings, the lists or their JSON, and the same digests say the
 * 24k+ answers kept every byte. `tsx tests/bench/answers-digest.ts SNAPSHOT`.
 */
import { createHash } from 'node:crypto';
import { drawUrls } from './lib/draw-urls.js';
import { BENCH_SEED } from './lib/work-dir.js';
import { readSnapshot } from '../../src/store/index.js';
import { openSnapshotStore } from '../../src/store/embedded/index.js';
import { answerJson, createQueryService, type QueryService } from '../../src/query/index.js';
import { entitiesQuery, pathQuery, pairQuery, personMeetingsQuery } from '../../src/api/requests.js';

const [snapshot] = process.argv.slice(2);
if (!snapshot) throw new Error('usage: answers-digest.ts SNAPSHOT');

/** Paths the drawn pairs seldom ask for: between hubs, at the widest limit and depth, over asked types. */
const WIDE_PATHS = [
  '/api/path?from=country%3AKR&to=country%3AUS',
  '/api/path?from=country%3AKR&to=country%3AUS&limit=50&maxDepth=6',
  '/api/path?from=person%3Ahelene-fontaine&to=person%3Adiego-navarro-salazar&limit=50',
  '/api/path?from=person%3Ahelene-fontaine&to=person%3Adiego-navarro-salazar&types=REPRESENTS,BASED_IN',
];

const params = (url: URL) => Object.fromEntries(url.searchParams);

type Endpoint = 'path' | 'meetings' | 'entities' | 'lifecycle';

async function answer(query: QueryService, endpoint: Endpoint, url: URL): Promise<unknown> {
  if (endpoint === 'lifecycle') return query.agreementLifecycle(decodeURIComponent(url.pathname.split('/')[3]!));
  if (endpoint === 'entities') {
    const { label, country, kind, prefix, offset, limit } = entitiesQuery.parse(params(url));
    return query.entities({ ...(label ? { labels: label } : {}), ...(country ? { country } : {}), ...(kind?.length ? { kinds: kind } : {}), ...(prefix ? { prefix } : {}) }, { offset, limit });
  }
  if (endpoint === 'path') {
    const { from, to, maxDepth, types, limit } = pathQuery.parse(params(url));
    return query.path(from, to, { maxDepth, limit, ...(types ? { types } : {}) });
  }
  const person = /^\/api\/persons\/([^/]+)\/meetings$/.exec(url.pathname);
  if (person) return query.personMeetings(decodeURIComponent(person[1]!), personMeetingsQuery.parse(params(url)));
  const { a, b } = pairQuery.parse(params(url));
  return query.pairMeetings(a, b);
}

const urls = drawUrls((await readSnapshot(snapshot)).graph, BENCH_SEED);
const { store } = await openSnapshotStore(snapshot);
const query = createQueryService(store);
for (const endpoint of ['path', 'meetings', 'entities', 'lifecycle'] as const) {
  const hash = createHash('sha256');
  let bytes = 0;
  const list = endpoint === 'path' ? [...urls.path, ...WIDE_PATHS] : urls[endpoint];
  for (const path of list) {
    // An error is an answer too (an unknown end): its message is hashed in its place.
    const body = await answer(query, endpoint, new URL(path, 'http://x')).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
    const text = answerJson(body);
    hash.update(text);
    bytes += text.length;
  }
  console.log(`${endpoint}: ${list.length} answers, ${bytes} characters, sha256 ${hash.digest('hex')}`);
}
await store.close();
