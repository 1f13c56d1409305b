import { DEFAULT_INPUT_LIMITS, isWhiteSpaceCode, type InputLimits } from '../../domain/index.js';
import type { AnalysedText, Sentence, Token } from '../analysed-text.js';
import { capSentences } from './cap-sentences.js';
import { modelSpans } from './model-spans.js';
import { nlp } from './model.js';
import { settleBoundaries } from './settle-boundaries.js';

// One buffer reused across calls: allocating a zeroed typed array per document cost more than
// filling it. `analyse` is synchronous, so no two calls share it at once.
let scratch = new Int32Array(4096);
function startsFor(count: number): Int32Array {
  if (scratch.length < count) scratch = new Int32Array(Math.max(count, scratch.length * 2));
  return scratch;
}

/** The limits analyse honours; see InputLimits. */
export type AnalyseLimits = Pick<InputLimits, 'maxTokenChars' | 'maxSentenceChars'>;

/**
 * Splits a body into sentences and POS-tagged tokens with UTF-16 offsets into `text`.
 * wink-nlp reports each token's value and the whitespace before it; walking those from the start
 * gives exact offsets (its tokens concatenate back to the input, accents and emoji included).
 * Whitespace tokens are dropped, and so are sentences made only of whitespace.
 *
 * Linear on any input: a run of non-space characters longer than `maxTokenChars` (a pasted blob)
 * is never shown to the model, whose per-token checks grow with the square of a token's length; it
 * stays in `text` but is no token of any sentence. A sentence longer than `maxSentenceChars` is cut
 * at token boundaries into sentences of at most that length. The model's boundaries are then
 * corrected by BOUNDARY_RULES (`U.S. Under Secretary`, `Mendoza Jr. Negotiations`).
 */
export function analyse(text: string, limits: AnalyseLimits = DEFAULT_INPUT_LIMITS): AnalysedText {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const stops: number[] = [];
  for (const span of modelSpans(text, limits.maxTokenChars)) analyseSpan(text, span.start, span.end, sentences, tokens, stops);
  return capSentences(settleBoundaries({ text, sentences, tokens }, stops), limits.maxSentenceChars);
}

/**
 * Runs the model over `text[from, to)` and appends its sentences and tokens, offsets into `text`,
 * and to `stops` the index of every token that ends in a full stop (where boundary rules look).
 */
function analyseSpan(text: string, from: number, to: number, sentences: Sentence[], tokens: Token[], stops: number[]): void {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  if (part.trim() === '') return;
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(part);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const tags = all.out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  const starts = startsFor(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    cursor += spaces[i]?.length ?? 0;
    // Defensive: should the model ever normalise a token, find it rather than drift.
    if (!part.startsWith(value, cursor)) {
      const found = part.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    starts[i] = cursor;
    cursor += value.length;
  }

  for (const [first, last] of spans) {
    let index = sentences.length;
    const previous = sentences[index - 1];
    let sentenceStart = -1;
    let sentenceEnd = -1;
    for (let i = first; i <= last; i += 1) {
      const value = values[i]!;
      const pos = tags[i] ?? 'X';
      if (pos === 'SPACE' || isBlank(value)) continue;
      const start = from + starts[i]!;
      if (sentenceStart < 0) {
        sentenceStart = start;
        // The model sometimes breaks inside `Korea–U.S. FTA` after `U.`: no space, no new sentence.
        if (previous && previous.end === start) index = previous.index;
      }
      sentenceEnd = start + value.length;
      if (value.charCodeAt(value.length - 1) === 46) stops.push(tokens.length);
      const stem = possessiveStem(value);
      if (stem > 0) {
        tokens.push({ text: value.slice(0, stem), start, end: start + stem, pos, sentenceIndex: index });
        tokens.push({ text: value.slice(stem), start: start + stem, end: sentenceEnd, pos: 'PART', sentenceIndex: index });
      } else tokens.push({ text: value, start, end: sentenceEnd, pos, sentenceIndex: index });
    }
    if (sentenceStart < 0) continue;
    if (previous && index === previous.index) {
      sentences[index] = { ...previous, text: text.slice(previous.start, sentenceEnd), end: sentenceEnd };
    } else {
      sentences.push({ index, text: text.slice(sentenceStart, sentenceEnd), start: sentenceStart, end: sentenceEnd });
    }
  }
}

/**
 * Where `’s` starts in a token the model left whole (`India's`), or -1. A fresh model splits
 * `India` `'s`, but wink-nlp adds the words it reads to its vocabulary, and once a release has
 * made `India's` a known word, later releases get it as one token: the same sentence would then
 * read differently after another release. Splitting here keeps a release's reading independent
 * of what the process read before (a title apposition after `India's` looped on it forever).
 */
function possessiveStem(value: string): number {
  const n = value.length;
  if (n < 3 || (value.charCodeAt(n - 1) !== 115 && value.charCodeAt(n - 1) !== 83)) return -1;
  const mark = value.charCodeAt(n - 2);
  return (mark === 39 || mark === 0x2019) && /\p{L}/u.test(value[n - 3]!) ? n - 2 : -1;
}

/** `value.trim() === ''` without making a string: almost every token fails at its first character. */
function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    if (!isWhiteSpaceCode(value.charCodeAt(i))) return false;
  }
  return true;
}
