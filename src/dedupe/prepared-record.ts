import { type RawDocument, foldName } from '../domain/index.js';
import { bodyWords } from './body-words.js';
import { shingleHashes } from './shingles.js';

/** A raw record with the folded forms every comparison needs, computed once. */
export interface PreparedRecord {
  /** Position in the input, which fixes source order in the output. */
  readonly index: number;
  readonly raw: RawDocument;
  readonly foldedTitle: string;
  readonly foldedBody: string;
  readonly shingles: Uint32Array;
}

/** Folds title and body and shingles the body of one record. */
export function prepareRecord(raw: RawDocument, index: number): PreparedRecord {
  const words = bodyWords(raw.body);
  return { index, raw, foldedTitle: foldName(raw.title), foldedBody: words.join(' '), shingles: shingleHashes(words) };
}
