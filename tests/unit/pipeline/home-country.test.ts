import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_OPTIONS, extractOptionsOf, type GraphData, type StageOptions } from '../../../src/domain/index.js';
import { buildGraphFromInputs, extractDocuments, loadDocuments } from '../../../src/pipeline/index.js';
import { JAPAN, JAPAN_RELEASES } from './japan-releases.js';

const JAPAN_STAGES: StageOptions = { ...DEFAULT_STAGE_OPTIONS, homeCountry: JAPAN };

type Node = GraphData['nodes'][number];
type Edge = GraphData['edges'][number];

const node = (graph: GraphData, key: string): Node | undefined => graph.nodes.find((n) => n.id === key);
const edges = (graph: GraphData, type: string): Edge[] => graph.edges.filter((e) => e.attributes.type === type);
/** Where a person holds a post: the body's key per person key. */
const postsOf = (graph: GraphData): Record<string, string> =>
  Object.fromEntries(edges(graph, 'HOLDS_POSITION').map((e) => [e.source, e.target]));

describe("building the graph of another country's releases", () => {
  let folder: string;
  let file: string;
  let japan: GraphData;
  let korea: GraphData;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tradegraph-home-'));
    file = join(folder, 'releases.jsonl');
    writeFileSync(file, `${JAPAN_RELEASES.map((r) => JSON.stringify(r)).join('\n')}\n`);
    japan = (await buildGraphFromInputs([file], { stages: JAPAN_STAGES })).graph;
    korea = (await buildGraphFromInputs([file])).graph;
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives the home officials the home country, Japan', () => {
    for (const key of ['person:kenta-morioka', 'person:taro-ishikawa', 'person:yuki-hasegawa', 'person:sayaka-honda']) {
      expect(node(japan, key)?.attributes.country, key).toBe('JP');
    }
    expect(node(japan, 'person:tran-van-duc')?.attributes.country).toBe('VN');
  });

  it('resolves the home ministry, a Japanese body, and the posts held at it', () => {
    expect(node(japan, 'org:ministry-of-economy-trade-and-industry')?.attributes).toMatchObject({ acronym: 'METI', country: 'JP' });
    expect(postsOf(japan)).toMatchObject({
      'person:kenta-morioka': 'org:ministry-of-economy-trade-and-industry',
      // `Vice Minister Yuki Hasegawa` in a 2015 release that says only `the ministry`.
      'person:yuki-hasegawa': 'org:ministry-of-economy-trade-and-industry',
      // `Director-General Sayaka Honda` in a release that names the ministry only as `METI`.
      'person:sayaka-honda': 'org:ministry-of-economy-trade-and-industry',
    });
  });

  it('reads `the ministry` in a release of 2000 as the name in force then, and links the rename', () => {
    expect(postsOf(japan)['person:taro-ishikawa']).toBe('org:ministry-of-international-trade-and-industry');
    expect(node(japan, 'org:ministry-of-international-trade-and-industry')?.attributes).toMatchObject({ acronym: 'MITI', country: 'JP' });
    const renamed = edges(japan, 'RENAMED_TO').map((e) => [e.source, e.target, e.attributes.date]);
    expect(renamed).toEqual([['org:ministry-of-international-trade-and-industry', 'org:ministry-of-economy-trade-and-industry', '2001-01-06']]);
  });

  it('assumes nothing Korean: no Korean node, person or body', () => {
    expect(node(japan, 'country:KR')).toBeUndefined();
    expect(japan.nodes.filter((n) => n.attributes.country === 'KR').map((n) => n.id)).toEqual([]);
    expect(japan.nodes.filter((n) => /\bMO(TIE|TIR)\b|MKE/.test(JSON.stringify(n.attributes))).map((n) => n.id)).toEqual([]);
  });

  it('is the option that decides: with the default home, Korea, the same releases make Korean officials', () => {
    expect(node(korea, 'person:kenta-morioka')?.attributes.country).toBe('KR');
    // A bare `Vice Minister` before a name that is not Korean is no longer given the Korean home
    // ministry (it is the partner's official in a Korean release); it is not Japan's either.
    expect(postsOf(korea)['person:yuki-hasegawa']).not.toBe('org:ministry-of-economy-trade-and-industry');
  });

  it('passes the home country to extraction threads: two workers extract as one does', async () => {
    const documents = (await loadDocuments([file])).dedupe.documents;
    const options = { extract: extractOptionsOf(JAPAN_STAGES), batchSize: 1, minDocumentsPerThread: 1 };
    const serial = await extractDocuments(documents, { ...options, workers: 1 });
    const threaded = await extractDocuments(documents, { ...options, workers: 2 });
    expect(threaded.every((o) => o.failure === null)).toBe(true);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(serial));
    // And differently from Korea's default, so the threads cannot have ignored the option.
    const korean = await extractDocuments(documents, { batchSize: 1, minDocumentsPerThread: 1, workers: 2 });
    expect(JSON.stringify(korean)).not.toBe(JSON.stringify(serial));
  });
});
