import { describe, expect, it } from 'vitest';
import type { NodeLabel, NodeRecord } from '../../../src/domain/index.js';
import { buildSearchIndex } from '../../../src/query/search-index.js';
import { LENGTH_STEPS, lengthStepsOf, termScoreBoundAt } from '../../../src/query/search-length-bounds.js';
import { createRandom } from '../../bench/corpus/random.js';

function node(id: string, label: NodeLabel, name: string): NodeRecord {
  return { id, attributes: { label, name, aliases: [] } } as NodeRecord;
}

describe('termScoreBoundAt', () => {
  it('is at least every score the term has in a form as long as its step or longer, and falls as forms grow', async () => {
    const random = createRandom(5);
    const words = ['korea', 'trade', 'minister', 'talks', 'kim', 'lee', 'park', 'forum', 'seoul'];
    // Names of 1 to 16 words, words repeated, so frequencies above one and every length step occur.
    const nodes = Array.from({ length: 400 }, (_, i) => node(`n:${i}`, 'Event', Array.from({ length: random.int(1, 16) }, () => random.pick(words)).join(' ')));
    const index = await buildSearchIndex(nodes, 100);
    let checked = 0;
    for (let term = 0; term < index.postingForms.length; term++) {
      const forms = index.postingForms[term]!;
      for (let j = 0; j < forms.length; j++) {
        const step = index.formLengthStep[forms[j]!]!;
        expect(LENGTH_STEPS[step]).toBeLessThanOrEqual(index.fieldLength[forms[j]!]!);
        expect(termScoreBoundAt(index, term, LENGTH_STEPS[step]!) * (1 + 1e-12)).toBeGreaterThanOrEqual(index.postingScores[term]![j]!);
        checked++;
      }
      expect(termScoreBoundAt(index, term, 20)).toBeLessThan(termScoreBoundAt(index, term, 2));
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('puts each form at the longest step not above its length', () => {
    expect([...lengthStepsOf(Int32Array.from([1, 2, 7, 8, 9, 47, 48, 300]))].map((step) => LENGTH_STEPS[step])).toEqual([1, 2, 6, 8, 8, 32, 48, 48]);
  });
});
