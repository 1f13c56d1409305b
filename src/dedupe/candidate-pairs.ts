import type { PreparedRecord } from './prepared-record.js';
import { DEFAULT_DEDUPE_OPTIONS, groupBy } from '../domain/index.js';

/** Keep one shingle in SAMPLE_MODULUS (by hash value, so both copies of a text sample the same ones). */
const SAMPLE_MODULUS = 4;
/** A sampled shingle shared by more records than this on one date is boilerplate and says nothing. */
const POSTING_CAP = 64;
/**
 * Share of the smaller record's samples two records must share to be compared in full, as a part
 * of the near-duplicate threshold: half of it (0.4 for the default 0.8), lenient because sampling
 * is noisy, and following the option so a lower threshold is not cut off before it is applied.
 */
export const SHARED_SAMPLES_PER_THRESHOLD = 0.5;

/**
 * Pairs of records (input indices, i < j) worth comparing in full: those sharing a folded title
 * with compatible dates, and those on the same date sharing many sampled body shingles (an
 * inverted index, so the cost grows with the overlap, not with the square of the corpus).
 * `nearDuplicate` is dedupe's threshold (DedupeOptions.nearDuplicate).
 */
export function candidatePairs(records: readonly PreparedRecord[], nearDuplicate: number = DEFAULT_DEDUPE_OPTIONS.nearDuplicate): Array<[number, number]> {
  const pairs = new Map<string, [number, number]>();
  const add = (i: number, j: number): void => {
    const [a, b] = i < j ? [i, j] : [j, i];
    pairs.set(`${a}:${b}`, [a, b]);
  };
  for (const bucket of groupBy(records, (r) => r.foldedTitle).values()) sameTitlePairs(bucket, add);
  sharedShinglePairs(records, add, nearDuplicate * SHARED_SAMPLES_PER_THRESHOLD);
  return [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function sameTitlePairs(bucket: readonly PreparedRecord[], add: (i: number, j: number) => void): void {
  const byDate = groupBy(bucket, (r) => r.raw.date ?? '');
  const undated = byDate.get('') ?? [];
  for (const group of byDate.values()) {
    for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) add(group[x]!.index, group[y]!.index);
    if (group !== undated) for (const a of undated) for (const b of group) add(a.index, b.index);
  }
}

function sharedShinglePairs(records: readonly PreparedRecord[], add: (i: number, j: number) => void, minShared: number): void {
  // Bodies are only compared within a date, so one date's index is built, used and let go before
  // the next: held for every date at once until the end, the postings (~3 million lists at 1000x)
  // outlived the young generation, were promoted, and made a full collection of a 0.7 GB heap
  // midway through dedupe that no smaller corpus met. Within a date records keep input order, so
  // every posting, cap and pair is as before.
  for (const group of groupBy(records, (r) => r.raw.date ?? '').values()) sameDatePairs(group, add, minShared);
}

function sameDatePairs(records: readonly PreparedRecord[], add: (i: number, j: number) => void, minShared: number): void {
  // Keyed by numeric hash: no key strings to build. Samples by position in `records`.
  const postings = new Map<number, number[]>();
  const samples = records.map(sampled);
  const shared = new Map<number, number>();
  for (let at = 0; at < records.length; at++) {
    shared.clear();
    for (const hash of samples[at]!) {
      const posting = postings.get(hash);
      if (posting === undefined) {
        postings.set(hash, [at]);
        continue;
      }
      if (posting.length >= POSTING_CAP) continue;
      for (const other of posting) shared.set(other, (shared.get(other) ?? 0) + 1);
      posting.push(at);
    }
    for (const [other, count] of shared) {
      if (count >= minShared * Math.min(samples[other]!.length, samples[at]!.length)) add(records[other]!.index, records[at]!.index);
    }
  }
}

function sampled(record: PreparedRecord): number[] {
  const out: number[] = [];
  for (const hash of record.shingles) if (hash % SAMPLE_MODULUS === 0) out.push(hash);
  return out;
}

