import { describe, expect, it } from 'vitest';
import { progressLog, type ProgressEvent } from '../../../src/pipeline/index.js';

describe('progressLog', () => {
  const run = (events: Array<[number, ProgressEvent]>): string[] => {
    const lines: string[] = [];
    let now = 0;
    const log = progressLog({ write: (line) => lines.push(line), intervalMs: 5_000, now: () => now });
    for (const [at, event] of events) {
      now = at;
      log(event);
    }
    return lines;
  };

  it('writes a line when a stage starts, every interval while it runs, and when it ends', () => {
    expect(
      run([
        [0, { stage: 'extract', done: 0, total: 100 }],
        [1_000, { stage: 'extract', done: 10, total: 100 }],
        [5_000, { stage: 'extract', done: 40, total: 100 }],
        [6_000, { stage: 'extract', done: 50, total: 100 }],
        [12_500, { stage: 'extract', done: 100, total: 100 }],
        [12_500, { stage: 'resolve', done: 0, total: 6, step: 'countries' }],
        [13_000, { stage: 'resolve', done: 6, total: 6 }],
      ]),
    ).toEqual([
      'tradegraph: extract started (100 to do)',
      'tradegraph: extract 40/100 (40%)',
      'tradegraph: extract done, 100 in 12.5 s',
      'tradegraph: resolve started (6 to do)',
      'tradegraph: resolve done, 6 in 0.5 s',
    ]);
  });

  it('names the step running inside a stage', () => {
    const lines = run([
      [0, { stage: 'resolve', done: 0, total: 6, step: 'countries' }],
      [6_000, { stage: 'resolve', done: 2, total: 6, step: 'persons' }],
    ]);
    expect(lines[1]).toBe('tradegraph: resolve 2/6 (33%) persons');
  });
});
