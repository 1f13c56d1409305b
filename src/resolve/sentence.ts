import type { Evidence } from '../domain/index.js';

/** A sentence of a document body: its text and where it starts. */
export interface SentenceSpan {
  readonly sentence: string;
  readonly sentenceStart: number;
}

/**
 * The sentence around a span of `body`. Relations already carry their sentences (from the
 * extractor's splitter), so those are used when one covers the span; otherwise the sentence is
 * cut at `. ` followed by a capital, skipping abbreviations like `U.S.`.
 */
export function sentenceAround(body: string, start: number, end: number, known: readonly Evidence[] = []): SentenceSpan {
  for (const evidence of known) {
    if (evidence.sentenceStart <= start && end <= evidence.sentenceStart + evidence.sentence.length) {
      return { sentence: evidence.sentence, sentenceStart: evidence.sentenceStart };
    }
  }
  let from = start;
  while (from > 0 && !isBoundaryBefore(body, from)) from -= 1;
  let to = Math.max(end, from);
  while (to < body.length && !isBoundaryBefore(body, to)) to += 1;
  const raw = body.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { sentence: raw.trim(), sentenceStart: from + lead };
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const DELETE = 0x7f;

/** True when a new sentence starts at `index`: after a newline, or after `.!?` + space before a capital. */
function isBoundaryBefore(body: string, index: number): boolean {
  const before = body.charCodeAt(index - 1);
  if (before === NEWLINE) return true;
  // Nearly every position follows a printable ASCII character, which is no space: answered from
  // its code, without a one-character string and a Unicode expression for each position scanned.
  if (before > SPACE && before < DELETE) return false;
  if (!/\s/.test(body[index - 1] ?? '')) return false;
  let p = index - 1;
  while (p > 0 && /\s/.test(body[p] ?? '')) p -= 1;
  const mark = body[p] ?? '';
  if (!/[.!?]/.test(mark) && !(/["”’)]/.test(mark) && /[.!?]/.test(body[p - 1] ?? ''))) return false;
  if (!/[\p{Lu}\d"“‘(]/u.test(body[index] ?? '')) return false;
  // `U.S. Trade`, `Mr. Kim`: a period after a single capital or a short title is no boundary.
  const word = /(\S+)$/.exec(body.slice(Math.max(0, p - 6), p + 1))?.[1] ?? '';
  return !/^(?:[A-Z]\.)+$|^(?:[A-Z]\.)*[A-Z]\.$|^(?:Mr|Mrs|Ms|Dr|St|No|Inc|Co|Ltd|Corp|vs)\.$/.test(word);
}
