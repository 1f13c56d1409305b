import { appendPosting } from '../../domain/index.js';

/**
 * The pairs (i < j, in the order of a double loop over `members`) that could be one occasion:
 * those whose name words could overlap by `nameOverlap` (Jaccard) and those sharing a participant.
 * Every other pair fails both of clusterEvents' tests, so leaving it out changes nothing, and the
 * pairs kept come in the double loop's order, so the unions (and the guard's refusals) happen as
 * they did. Comparing every pair of a day's events grew with the square of the corpus: a day held
 * 2.5 events at 100x and about 20 at 1000x, 7k pairs against 500k, each folding both locations.
 *
 * Names are blocked by prefix filtering (the all-pairs similarity join): with the day's words
 * ordered rarest first, two sets with Jaccard ≥ t share a word among the first |A| - ⌈t·|A|⌉ + 1
 * of each, so only those words are indexed and looked up; the frequent words every event of a day
 * shares ("korea", "trade") then make no candidates by themselves. With no threshold (t ≤ 0) every
 * pair is a candidate, as empty names then still "overlap".
 */
export function sameDayCandidates(
  words: readonly ReadonlySet<string>[],
  participants: readonly ReadonlySet<string>[],
  nameOverlap: number,
): Array<readonly [number, number]> {
  const n = words.length;
  const pairs: Array<readonly [number, number]> = [];
  if (nameOverlap <= 0) {
    for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) pairs.push([i, j]);
    return pairs;
  }
  const frequency = new Map<string, number>();
  for (const set of words) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const prefixes = words.map((set) => {
    const ordered = [...set].sort(rarestFirst);
    // Rounded down, not up: a longer prefix is always safe, and float error cannot then drop a pair.
    return ordered.slice(0, ordered.length - Math.floor(nameOverlap * ordered.length) + 1);
  });
  const byWord = postings(prefixes);
  const byParticipant = postings(participants);
  for (let i = 0; i < n; i += 1) {
    const later = new Set<number>();
    for (const word of prefixes[i]!) for (const j of byWord.get(word)!) if (j > i) later.add(j);
    for (const person of participants[i]!) for (const j of byParticipant.get(person)!) if (j > i) later.add(j);
    for (const j of [...later].sort((a, b) => a - b)) pairs.push([i, j]);
  }
  return pairs;
}

/** Each key's members, by position, in ascending order. */
function postings(keysOf: readonly Iterable<string>[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  keysOf.forEach((keys, position) => {
    for (const key of keys) appendPosting(index, key, position);
  });
  return index;
}
