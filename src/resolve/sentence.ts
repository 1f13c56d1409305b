import { isWhiteSpaceCode, type Evidence } from '../domain/index.js';

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
  // The span trimmed by code, then sliced once: slicing it and trimming the slice (and trimming its
  // start again to find the offset) made three strings per mention where one is kept.
  let first = from;
  while (first < to && isWhiteSpaceCode(body.charCodeAt(first))) first += 1;
  let last = to;
  while (last > first && isWhiteSpaceCode(body.charCodeAt(last - 1))) last -= 1;
  return { sentence: body.slice(first, last), sentenceStart: first };
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const DELETE = 0x7f;

/**
 * True when a new sentence starts at `index`: after a newline, or after `.!?` + space before a capital.
 *
 * Every character is read by its code: each space the scan passed (about nine per mention) used to
 * test one-character strings against expressions, which allocated as it went; at 100x that was a
 * third of everything resolve allocated, and so of its young-generation collections.
 */
function isBoundaryBefore(body: string, index: number): boolean {
  const before = body.charCodeAt(index - 1);
  if (before === NEWLINE) return true;
  // Nearly every position follows a printable ASCII character, which is no space.
  if (before > SPACE && before < DELETE) return false;
  if (!isWhiteSpaceCode(before)) return false;
  let p = index - 1;
  while (p > 0 && isWhiteSpaceCode(body.charCodeAt(p))) p -= 1;
  const mark = body.charCodeAt(p);
  if (!isStop(mark) && !(isCloser(mark) && isStop(body.charCodeAt(p - 1)))) return false;
  if (!opensSentence(body, index)) return false;
  // `U.S. Trade`, `Mr. Kim`: a period after a single capital or a short title is no boundary.
  const word = /(\S+)$/.exec(body.slice(Math.max(0, p - 6), p + 1))?.[1] ?? '';
  return !/^(?:[A-Z]\.)+$|^(?:[A-Z]\.)*[A-Z]\.$|^(?:Mr|Mrs|Ms|Dr|St|No|Inc|Co|Ltd|Corp|vs)\.$/.test(word);
}


/** `.`, `!` or `?`. */
function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** A closing quote or parenthesis a sentence may end with after its stop: `"`, `”`, `’`, `)`. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x29;
}

/** A capital, a digit or an opening quote or parenthesis at `index`; only a non-ASCII letter takes the Unicode expression. */
function opensSentence(body: string, index: number): boolean {
  const code = body.charCodeAt(index);
  if (code < DELETE) return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x22 || code === 0x28;
  if (code === 0x201c || code === 0x2018) return true;
  return /\p{Lu}/u.test(body[index] ?? '');
}
