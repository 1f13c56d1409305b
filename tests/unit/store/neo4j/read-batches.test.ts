import { describe, expect, it } from 'vitest';
import { type BatchedRead, readBatches, type RunBatch } from '../../../../src/store/neo4j/read-batches.js';

/** A statement runner that records each run and answers every ask but 'missing' with `answer:<ask>`. */
function recordingRunner(): { run: RunBatch; runs: { statement: string; params: Record<string, unknown> }[] } {
  const runs: { statement: string; params: Record<string, unknown> }[] = [];
  const run: RunBatch = async (statement, params) => {
    runs.push({ statement, params });
    const asks = params.asks as string[];
    return asks.flatMap((ask, i) => (ask === 'missing' ? [] : [{ i, record: { get: () => `answer:${ask}` } }]));
  };
  return { run, runs };
}

const read = (ask: string, statement = 'S', params: Record<string, unknown> = { keep: 1 }): BatchedRead<string, string | null> => ({
  statement,
  params,
  ask,
  decode: (record) => (record ? String(record.get('x')) : null),
});

describe('readBatches', () => {
  it('sends the reads asked in one turn with the same statement and parameters as one statement, each answered from its own record', async () => {
    const { run, runs } = recordingRunner();
    const ask = readBatches(run);
    expect(await Promise.all([ask(read('a')), ask(read('b')), ask(read('c'))])).toEqual(['answer:a', 'answer:b', 'answer:c']);
    expect(runs).toEqual([{ statement: 'S', params: { keep: 1, asks: ['a', 'b', 'c'] } }]);
  });

  it('never batches reads whose statement or shared parameters differ', async () => {
    const { run, runs } = recordingRunner();
    const ask = readBatches(run);
    await Promise.all([ask(read('a')), ask(read('b', 'T')), ask(read('c', 'S', { keep: 2 })), ask(read('d'))]);
    expect(runs.map((r) => r.params.asks)).toEqual([['a', 'd'], ['b'], ['c']]);
  });

  it('splits a turn with more reads than maxBatch into several statements', async () => {
    const { run, runs } = recordingRunner();
    const ask = readBatches(run, { maxBatch: 2 });
    expect(await Promise.all(['a', 'b', 'c'].map((x) => ask(read(x))))).toEqual(['answer:a', 'answer:b', 'answer:c']);
    expect(runs.map((r) => r.params.asks)).toEqual([['a', 'b'], ['c']]);
  });

  it('answers a read the statement returned no row for from no record', async () => {
    const { run } = recordingRunner();
    const ask = readBatches(run);
    expect(await Promise.all([ask(read('a')), ask(read('missing')), ask(read('b'))])).toEqual(['answer:a', null, 'answer:b']);
  });

  it('reads asked in a later turn go in a statement of their own', async () => {
    const { run, runs } = recordingRunner();
    const ask = readBatches(run);
    await ask(read('a'));
    await ask(read('b'));
    expect(runs.map((r) => r.params.asks)).toEqual([['a'], ['b']]);
  });

  it('fails every read of a batch whose statement failed, and only the read whose decoding failed', async () => {
    const failing = readBatches(async () => {
      throw Object.assign(new Error('gone'), { code: 'NEO4J_UNREACHABLE' });
    });
    const outcomes = await Promise.allSettled([failing(read('a')), failing(read('b'))]);
    expect(outcomes.map((o) => o.status === 'rejected' && (o.reason as { code: string }).code)).toEqual(['NEO4J_UNREACHABLE', 'NEO4J_UNREACHABLE']);

    const { run } = recordingRunner();
    const ask = readBatches(run);
    const broken: BatchedRead<string, string> = { ...read('b'), decode: () => { throw Object.assign(new Error('bad row'), { code: 'NEO4J_CORRUPT_EDGE' }); } };
    const mixed = await Promise.allSettled([ask(read('a')), ask(broken)]);
    expect(mixed[0]).toEqual({ status: 'fulfilled', value: 'answer:a' });
    expect(mixed[1].status === 'rejected' && (mixed[1].reason as { code: string }).code).toBe('NEO4J_CORRUPT_EDGE');
  });
});
