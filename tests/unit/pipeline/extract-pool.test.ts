import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../../src/domain/index.js';
import { collectGarbage } from '../../../src/pipeline/collect-garbage.js';
import { extractDocuments, extractSafely, loadDocuments, type ExtractOutcome, type ProgressEvent } from '../../../src/pipeline/index.js';

const broken = (id: string): Document => ({
  id,
  title: 'A release whose body is not text',
  body: null as unknown as string,
  date: '2025-11-20',
  category: null,
  url: null,
  sources: [{ file: 'broken.jsonl', record: 3, line: 3 }],
});

describe('extractDocuments', () => {
  let documents: readonly Document[];
  beforeAll(async () => {
    documents = (await loadDocuments(['seeds'])).dedupe.documents;
  });

  it('gives byte-identical extractions on two worker threads and in the calling thread', async () => {
    const serial = await extractDocuments(documents, { workers: 1 });
    const parallel = await extractDocuments(documents, { workers: 2, batchSize: 3, minDocumentsPerThread: 1 });
    expect(parallel.every((o) => o.failure === null)).toBe(true);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
  });

  it('stays in the calling thread when there are too few documents to be worth a thread', async () => {
    const events: ProgressEvent[] = [];
    const outcomes = await extractDocuments(documents.slice(0, 5), { workers: 2, minDocumentsPerThread: 10, onProgress: (e) => events.push(e) });
    expect(outcomes).toHaveLength(5);
    // In process, progress comes one document at a time.
    expect(events.map((e) => e.done)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('reports progress from 0 to every document, never going back', async () => {
    const events: ProgressEvent[] = [];
    await extractDocuments(documents.slice(0, 12), { workers: 2, batchSize: 2, minDocumentsPerThread: 1, onProgress: (e) => events.push(e) });
    expect(events[0]).toEqual({ stage: 'extract', done: 0, total: 12 });
    expect(events.at(-1)).toEqual({ stage: 'extract', done: 12, total: 12 });
    for (let i = 1; i < events.length; i++) expect(events[i]!.done).toBeGreaterThanOrEqual(events[i - 1]!.done);
  });

  it('keeps no hold on the outcomes once it has handed them over, so the caller decides how long they live', async () => {
    let outcomes: ExtractOutcome[] | null = await extractDocuments(documents.slice(0, 6), { workers: 2, batchSize: 2, minDocumentsPerThread: 1 });
    const first = new WeakRef(outcomes[0]!.extraction);
    const all = new WeakRef(outcomes);
    outcomes = null;
    // A WeakRef's target is kept until the current job ends.
    await new Promise((done) => setTimeout(done, 0));
    collectGarbage();
    expect(all.deref()).toBeUndefined();
    expect(first.deref()).toBeUndefined();
  });

  it('keeps going past a document that breaks extraction, in a worker as in the calling thread', async () => {
    const input = [documents[0]!, broken('doc:broken'), documents[1]!];
    for (const workers of [1, 2]) {
      const outcomes = await extractDocuments(input, { workers, batchSize: 1, minDocumentsPerThread: 1 });
      expect(outcomes.map((o) => o.failure === null)).toEqual([true, false, true]);
      expect(outcomes[1]!.extraction).toEqual({ docId: 'doc:broken', date: '2025-11-20', entities: [], relations: [] });
      expect(outcomes[2]!.extraction.entities.length).toBeGreaterThan(0);
    }
  });
});

describe('extractSafely', () => {
  it('names the error of a document that breaks extraction and returns an empty extraction', () => {
    const outcome = extractSafely(broken('doc:x'));
    expect(outcome.failure).toMatch(/^TypeError: /);
    expect(outcome.extraction.entities).toEqual([]);
  });
});

describe('extractDocuments on worker threads keeps one copy of each string', () => {
  it('holds fewer bytes than the outcomes have characters as JSON, which repeats every string', async () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const heapAfterCollecting = (): number => {
      collect();
      collect();
      return process.memoryUsage().heapUsed;
    };
    const seeds = (await loadDocuments(['seeds'])).dedupe.documents;
    // The seeds five times over, each copy its own article, so the extractions outweigh the noise.
    const documents = Array.from({ length: 5 }, (_, k) => seeds.map((d) => ({ ...d, id: `${d.id}-${k}` }))).flat();
    const before = heapAfterCollecting();
    const outcomes = await extractDocuments(documents, { workers: 2, minDocumentsPerThread: 1 });
    const retained = heapAfterCollecting() - before;
    // Received as sent (every string its own copy, only the sentences re-cut from the bodies) they
    // held 1.75 bytes a JSON character; with every string pooled, 0.9.
    expect(retained).toBeLessThan(JSON.stringify(outcomes).length * 1.2);
  }, 180_000);
});
