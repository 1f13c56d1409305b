/**
 * The real seeds through parse → dedupe → extract → resolve → build: the officials who recur are
 * one node each, officials who share a surname stay apart, the meeting reported twice is one event.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, documentNodeKey, toGraphData } from '../../../src/build/index.js';
import { dedupe } from '../../../src/dedupe/index.js';
import type { Document, Extraction, GraphData } from '../../../src/domain/index.js';
import { extract } from '../../../src/extract/index.js';
import { readInputs } from '../../../src/parse/index.js';
import { explain, resolve, type ResolvedCorpus } from '../../../src/resolve/index.js';
import { writeSnapshot } from '../../../src/store/embedded/snapshot.js';
import { makeTempFolder } from '../../support/temp-folder.js';

let documents: Document[];
let extractions: Extraction[];
let corpus: ResolvedCorpus;
let graph: GraphData;

beforeAll(async () => {
  const parsed = await readInputs([new URL('../../../seeds', import.meta.url).pathname]);
  documents = [...dedupe(parsed.documents).documents];
  extractions = documents.map((d) => extract(d));
  corpus = resolve(documents, extractions);
  graph = toGraphData(buildGraph(documents, corpus));
}, 120_000);

const person = (key: string) => corpus.entities.find((e) => e.key === key);
const keyOfName = (name: string) => corpus.entities.filter((e) => e.label === 'Person' && e.name === name).map((e) => e.key);

describe('the seeds, resolved', () => {
  it.each([
    ['Yeo Han-koo', 'person:yeo-han-koo'],
    ['Kim Jung-kwan', 'person:kim-jung-kwan'],
    ['Kang Gam-chan', 'person:kang-gam-chan'],
  ])('keeps %s, who recurs across releases, as one node', (name, key) => {
    expect(keyOfName(name)).toEqual([key]);
    expect(person(key)?.docIds.length).toBeGreaterThan(1);
  });

  it('puts every `JK Kim` form on the industry minister’s node', () => {
    const forms = corpus.entities.filter((e) => e.label === 'Person').flatMap((e) => [e.name, ...e.aliases].map((f) => [f, e.key]));
    const jk = forms.filter(([form]) => /\bJK\b/.test(form as string));
    expect(jk.length).toBeGreaterThan(0);
    expect(new Set(jk.map(([, key]) => key))).toEqual(new Set(['person:kim-jung-kwan']));
  });

  it.each([
    ['Kim', ['Kim Jung-kwan', 'Kim Sung-whan', 'Kim Min-seok', 'Kim Dae-ja']],
    ['Lee', ['Lee Jae Myung', 'Lee Jae-keun', 'Lee Dong-eun']],
    ['Park', ['Park Jung-sung', 'Park Dong-il', 'Park Young-kyu']],
  ])('keeps officials surnamed %s apart', (_surname, names) => {
    const keys = names.map((n) => corpus.entities.find((e) => e.label === 'Person' && [e.name, ...e.aliases].includes(n))?.key);
    expect(keys.every(Boolean)).toBe(true);
    expect(new Set(keys).size).toBe(names.length);
  });

  it('makes the 18 November meeting on trade barriers, reported twice, one Event with two sources', () => {
    const meetings = graph.nodes.filter((n) => n.attributes.label === 'Event' && /trade barriers/i.test(n.attributes.name));
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.attributes.date).toBe('2025-11-18');
    const sources = graph.edges.filter((e) => e.attributes.type === 'MENTIONS' && e.target === meetings[0]?.id);
    expect(sources).toHaveLength(2);
    expect(meetings[0]?.attributes.docIds).toHaveLength(2);
  });

  it('links the Ministry of Trade, Industry and Energy to MOTIR by RENAMED_TO', () => {
    const renamed = graph.edges.filter((e) => e.attributes.type === 'RENAMED_TO');
    expect(renamed.map((e) => [e.source, e.target, e.attributes.date])).toEqual([
      ['org:ministry-of-trade-industry-and-energy', 'org:ministry-of-trade-industry-and-resources', '2025-10-01'],
    ]);
  });

  it('has a Document node for every release and no edge to a missing node', () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const doc of documents) expect(ids.has(documentNodeKey(doc.id))).toBe(true);
    for (const edge of graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('explains the industry minister with the initials rule and the releases behind him', () => {
    const [match] = explain(corpus, 'JK Kim').matches;
    expect(match?.key).toBe('person:kim-jung-kwan');
    expect(match?.merges.some((m) => m.rule === 'initials')).toBe(true);
    expect(match?.documents.length).toBe(person('person:kim-jung-kwan')?.docIds.length);
  });

  it('writes a byte-identical snapshot when rebuilt, whatever order the extractions come in', async () => {
    const again = toGraphData(buildGraph([...documents].reverse(), resolve([...documents].reverse(), [...extractions].reverse())));
    const folder = await makeTempFolder('tradegraph-seeds-');
    await writeSnapshot(join(folder, 'a.json'), graph, { inputs: ['seeds'] });
    await writeSnapshot(join(folder, 'b.json'), again, { inputs: ['seeds'] });
    expect(await readFile(join(folder, 'b.json'), 'utf8')).toBe(await readFile(join(folder, 'a.json'), 'utf8'));
  });
});
