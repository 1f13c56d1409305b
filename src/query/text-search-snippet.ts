import { WORD, foldWord } from './text-search-index.js';

/** A marked stretch of text: UTF-16 offsets, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Snippet {
  /** The passage, as written. */
  readonly text: string;
  /** Where the passage lies in the document text. */
  readonly start: number;
  readonly end: number;
  /** The whole text's length, so a viewer can tell a cut passage. */
  readonly textLength: number;
  /** The matching words, as offsets into `text`. */
  readonly marks: readonly Span[];
}

export interface SnippetOptions {
  /** Longest passage, in characters. */
  readonly length: number;
  /** Characters shown before the first match, when the text has them. */
  readonly lead: number;
}

export const DEFAULT_SNIPPET: SnippetOptions = { length: 240, lead: 60 };

/**
 * What the caller knows of a text's words outside ASCII: the terms they fold to (the text index
 * keeps them per release). When none is a matched term, marking skips reading every character for
 * such words; when not given, every one is read.
 */
export type NonAsciiTerms = readonly string[] | undefined;

/** Every word of `text` whose folded form is one of `terms`. */
export function marksIn(text: string, terms: ReadonlySet<string>, nonAsciiTerms?: NonAsciiTerms): Span[] {
  return termMarksIn(text, terms, nonAsciiTerms).map(({ start, end }) => ({ start, end }));
}

/** A mark and the term its word folds to. */
interface TermMark extends Span {
  readonly term: string;
}

/** A word of ASCII letters and digits only: folding it only lowers it. */
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * The marks of `terms` in `text`, in order: the words WORD finds whose foldWord is a term. Folding
 * every word of a release was most of a full-text answer's cost, so the words of ASCII letters and
 * digits (which folding only lowers) are found by searching the lower-cased text for each ASCII
 * term at word boundaries, and only the few words holding another character are read and folded.
 */
function termMarksIn(text: string, terms: ReadonlySet<string>, nonAsciiTerms: NonAsciiTerms): TermMark[] {
  const lower = text.toLowerCase();
  // A letter whose lower case is longer (İ) would shift the offsets: read every word instead.
  if (lower.length !== text.length) return foldedMarksIn(text, terms, matchesOf(text, WORD));
  const marks: TermMark[] = [];
  for (const term of terms) {
    if (!ASCII_WORD.test(term)) continue;
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
      const end = at + term.length;
      if (!wordCharacterEndsAt(text, at) && !wordCharacterStartsAt(text, end) && isAsciiRun(text, at, end)) marks.push({ start: at, end, term });
    }
  }
  if (nonAsciiTerms === undefined || nonAsciiTerms.some((term) => terms.has(term))) {
    for (const mark of foldedMarksIn(text, terms, nonAsciiWordCharacters(text))) marks.push(mark);
  }
  return marks.sort((x, y) => x.start - y.start);
}

/** Every match of a global regex, as its offset and length. */
function* matchesOf(text: string, finder: RegExp): Generator<readonly [number, number]> {
  for (const found of text.matchAll(finder)) yield [found.index, found[0].length];
}

/**
 * Every word character outside ASCII (a word holding one is folded in full), as its offset and
 * length. A loop over the code units, testing only those above ASCII: the same scan as a regex
 * `(?![\0-\x7F])[\p{L}\p{N}\p{M}]` with the u flag, which cost a fifth of a full-text answer
 * on English releases (nearly every character ASCII, a few curly quotes and dashes).
 */
function* nonAsciiWordCharacters(text: string): Generator<readonly [number, number]> {
  for (let at = 0; at < text.length; at++) {
    if (text.charCodeAt(at) < 0x80) continue;
    const point = text.codePointAt(at)!;
    const length = point > 0xffff ? 2 : 1;
    if (WORD_CHARACTER.test(String.fromCodePoint(point))) yield [at, length];
    at += length - 1;
  }
}

/** The marks of the words (whole WORD runs) around each found word character, each word read once. */
function foldedMarksIn(text: string, terms: ReadonlySet<string>, found: Iterable<readonly [number, number]>): TermMark[] {
  const marks: TermMark[] = [];
  let after = 0;
  for (const [index, length] of found) {
    if (index < after) continue;
    let start = index;
    while (wordCharacterEndsAt(text, start)) start -= text.codePointAt(start - 2)! > 0xffff ? 2 : 1;
    let end = index + length;
    while (wordCharacterStartsAt(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    after = end;
    const term = foldWord(text.slice(start, end));
    if (terms.has(term)) marks.push({ start, end, term });
  }
  return marks;
}

/** Whether text[at, end) is all ASCII: a letter such as the Kelvin sign lowers to `k` at the same length. */
function isAsciiRun(text: string, at: number, end: number): boolean {
  for (let i = at; i < end; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** An ASCII letter or digit: the only ASCII characters WORD_CHARACTER matches (tested without a string made for the regex). */
function isAsciiWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whether a word character (a whole code point) starts at `at`. */
function wordCharacterStartsAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return isAsciiWordCode(code);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Whether a word character (a whole code point) ends at `at`. */
function wordCharacterEndsAt(text: string, at: number): boolean {
  if (at <= 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return isAsciiWordCode(code);
  const pair = at >= 2 && text.codePointAt(at - 2)! > 0xffff;
  return WORD_CHARACTER.test(pair ? text.slice(at - 2, at) : text[at - 1]!);
}

/**
 * The passage of `text` that holds the most distinct matched terms within `length` characters
 * (the earliest such), opened a little before its first match and cut at word boundaries. Without
 * a match in the text (a title-only hit) the passage is the text's opening.
 */
export function snippetOf(text: string, terms: ReadonlySet<string>, options: SnippetOptions = DEFAULT_SNIPPET, nonAsciiTerms?: NonAsciiTerms): Snippet {
  const marks = termMarksIn(text, terms, nonAsciiTerms);
  let best = { first: 0, distinct: 0 };
  for (let i = 0; i < marks.length; i += 1) {
    const seen = new Set<string>();
    for (let j = i; j < marks.length && marks[j]!.end - marks[i]!.start <= options.length; j += 1) seen.add(marks[j]!.term);
    if (seen.size > best.distinct) best = { first: i, distinct: seen.size };
  }
  const anchor = marks[best.first]?.start ?? 0;
  const start = passageStart(text, Math.max(0, anchor - options.lead), anchor);
  const end = previousWordEnd(text, Math.min(text.length, start + options.length), anchor);
  return {
    text: text.slice(start, end),
    start,
    end,
    textLength: text.length,
    marks: marks.filter((m) => m.start >= start && m.end <= end).map((m) => ({ start: m.start - start, end: m.end - start })),
  };
}

/** Where a passage opening near `at` starts: after the last sentence end before `anchor`, else at the next word, never on punctuation. */
function passageStart(text: string, at: number, anchor: number): number {
  if (at === 0) return 0;
  const lead = text.slice(at, anchor);
  const sentenceEnd = [...lead.matchAll(/[.!?]\s+/gu)].at(-1);
  if (sentenceEnd) return at + sentenceEnd.index + sentenceEnd[0].length;
  let i = nextWordStart(text, at);
  while (i < anchor && !/[\p{L}\p{N}]/u.test(text[i]!)) i += 1;
  return i;
}

/** Moves `at` forward to the start of the word it falls inside, so a passage never opens mid-word. */
function nextWordStart(text: string, at: number): number {
  if (at === 0) return 0;
  let i = at;
  while (i < text.length && /[\p{L}\p{N}\p{M}]/u.test(text[i - 1]!) && /[\p{L}\p{N}\p{M}]/u.test(text[i]!)) i += 1;
  while (i < text.length && /\s/u.test(text[i]!)) i += 1;
  return i;
}

/** Moves `at` back to the end of the word before it (not before `floor`), so a passage never ends mid-word. */
function previousWordEnd(text: string, at: number, floor: number): number {
  if (at >= text.length) return text.length;
  let i = at;
  while (i > floor && /[\p{L}\p{N}\p{M}]/u.test(text[i - 1]!) && /[\p{L}\p{N}\p{M}]/u.test(text[i]!)) i -= 1;
  while (i > floor && /\s/u.test(text[i - 1]!)) i -= 1;
  return i > floor ? i : at;
}
