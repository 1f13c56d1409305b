/** minisearch's defaults, which both the name index and the full-text index were tuned with: BM25+ constants. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** A term's inverse document frequency among `formCount` forms, `postings` of which hold it. */
export function idfOf(formCount: number, postings: number): number {
  return Math.log(1 + (formCount - postings + 0.5) / (postings + 0.5));
}

/** BM25+ of a term held `freq` times by a form of `fieldLength` distinct terms, exactly as minisearch computes it. */
export function bm25(idf: number, freq: number, fieldLength: number, avgFieldLength: number): number {
  return bm25Normed(idf, freq, lengthNorm(fieldLength, avgFieldLength));
}

/** The length part of BM25+'s denominator, which an index can keep per document and field. */
export function lengthNorm(fieldLength: number, avgFieldLength: number): number {
  return BM25.k * (1 - BM25.b + (BM25.b * fieldLength) / avgFieldLength);
}

/** BM25+ given the kept `lengthNorm`: the same operations in the same order as `bm25`, so equal to the last bit. */
export function bm25Normed(idf: number, freq: number, norm: number): number {
  return idf * (BM25.d + (freq * (BM25.k + 1)) / (freq + norm));
}

/** minisearch's default match weights: what a prefix and a fuzzy match count for beside an exact one. */
export const MATCH_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 } as const;
