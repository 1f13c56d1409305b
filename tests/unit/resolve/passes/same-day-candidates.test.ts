import { describe, expect, it } from 'vitest';
import { sameDayCandidates } from '../../../../src/resolve/passes/same-day-candidates.js';
import { jaccard } from '../../../../src/resolve/text.js';
import { createRandom } from '../../../bench/corpus/random.js';

/** Every pair the double loop would find passing either test, in the double loop's order. */
function qualifyingPairs(words: Set<string>[], participants: Set<string>[], overlap: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let j = i + 1; j < words.length; j += 1) {
      const shares = [...participants[i]!].some((p) => participants[j]!.has(p));
      if (jaccard(words[i]!, words[j]!) >= overlap || shares) pairs.push([i, j]);
    }
  }
  return pairs;
}
const VOCABULARY = ['korea', 'trade', 'japan', 'ministers', 'fta', 'round', 'energy', 'busan', 'ceo', 'investment', 'uae', 'cepa'];

describe('sameDayCandidates', () => {
  it.each([0.5, 0.3, 0.8, 1])('keeps every pair whose names overlap by %s or that shares a participant, in double-loop order', (overlap) => {
    const next = createRandom(Math.round(overlap * 1000)).next;
    for (let day = 0; day < 200; day += 1) {
      const n = 1 + Math.floor(next() * 25);
      const pick = (from: string[], most: number) => new Set(Array.from({ length: Math.floor(next() * (most + 1)) }, () => from[Math.floor(next() * from.length)]!));
      const words = Array.from({ length: n }, () => pick(VOCABULARY, 6));
      const participants = Array.from({ length: n }, () => pick(['p:a', 'p:b', 'p:c', 'p:d', 'p:e', 'p:f', 'p:g', 'p:h'], 2));
      const expected = qualifyingPairs(words, participants, overlap);
      const candidates = sameDayCandidates(words, participants, overlap);
      const kept = candidates.filter(([i, j]) => expected.some(([x, y]) => x === i && y === j));
      expect(kept).toEqual(expected);
      expect(candidates).toEqual([...candidates].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    }
  });

  it('does not pair events that share only the words every event of the day has', () => {
    const words = [
      new Set(['korea', 'trade', 'busan', 'fta', 'round', 'ministers']),
      new Set(['korea', 'trade', 'energy', 'ceo', 'investment', 'forum']),
      new Set(['korea', 'trade', 'uae', 'cepa', 'signing', 'ceremony']),
    ];
    expect(sameDayCandidates(words, [new Set(), new Set(), new Set()], 0.5)).toEqual([]);
  });

  it('pairs everything when no name overlap is asked for', () => {
    const none = [new Set<string>(), new Set<string>(), new Set<string>()];
    expect(sameDayCandidates(none, none, 0)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });
});
