import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { writeChunks, type ChunkTarget } from '../../../../src/export/graph/write-chunks.js';

/** A target that says it is full after every write and drains only when told. */
function slowTarget(): ChunkTarget & { writes: string[]; waiting: () => number; drain: () => void } {
  const writes: string[] = [];
  return Object.assign(new EventEmitter(), {
    writes,
    write: (chunk: string) => (writes.push(chunk), false),
    waiting(this: EventEmitter) {
      return this.listenerCount('drain');
    },
    drain(this: EventEmitter) {
      this.emit('drain');
    },
  });
}

/** A target that takes everything at once. */
function fastTarget(writes: string[]): ChunkTarget {
  return Object.assign(new EventEmitter(), { write: (chunk: string) => (writes.push(chunk), true) });
}

describe('writeChunks', () => {
  it('gathers small pieces into writes of about the batch size, in order', async () => {
    const writes: string[] = [];
    const pieces = Array.from({ length: 100 }, (_, i) => `${i};`);
    const count = await writeChunks(pieces, fastTarget(writes), { batchChars: 50 });
    expect(writes.join('')).toBe(pieces.join(''));
    expect(count).toBe(pieces.join('').length);
    expect(writes.length).toBeGreaterThan(3);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(60);
  });

  it('waits for the target to drain before writing more', async () => {
    const target = slowTarget();
    const done = writeChunks(['aaaa', 'bbbb', 'cccc'], target, { batchChars: 4 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(target.writes).toEqual(['aaaa']);
    expect(target.waiting()).toBe(1);
    target.drain();
    await new Promise((resolve) => setImmediate(resolve));
    expect(target.writes).toEqual(['aaaa', 'bbbb']);
    target.drain();
    await new Promise((resolve) => setImmediate(resolve));
    target.drain();
    expect(await done).toBe(12);
    expect(target.writes).toEqual(['aaaa', 'bbbb', 'cccc']);
  });

  it('gives up with the error when the target fails while it waits (a full disk)', async () => {
    const target = slowTarget();
    const done = writeChunks(['aaaa', 'bbbb'], target, { batchChars: 4 });
    await new Promise((resolve) => setImmediate(resolve));
    target.emit('error', Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    await expect(done).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  it('writes nothing for no pieces', async () => {
    const writes: string[] = [];
    expect(await writeChunks([], fastTarget(writes))).toBe(0);
    expect(writes).toEqual([]);
  });
});
