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

/** Every word of `text` whose folded form is one of `terms`. */
export function marksIn(text: string, terms: ReadonlySet<string>): Span[] {
  const marks: Span[] = [];
  for (const match of text.matchAll(WORD)) {
    if (terms.has(foldWord(match[0]))) marks.push({ start: match.index, end: match.index + match[0].length });
  }
  return marks;
}

/**
 * The passage of `text` that holds the most distinct matched terms within `length` characters
 * (the earliest such), opened a little before its first match and cut at word boundaries. Without
 * a match in the text (a title-only hit) the passage is the text's opening.
 */
export function snippetOf(text: string, terms: ReadonlySet<string>, options: SnippetOptions = DEFAULT_SNIPPET): Snippet {
  const marks = marksIn(text, terms);
  let best = { first: 0, distinct: 0 };
  for (let i = 0; i < marks.length; i += 1) {
    const seen = new Set<string>();
    for (let j = i; j < marks.length && marks[j]!.end - marks[i]!.start <= options.length; j += 1) {
      seen.add(foldWord(text.slice(marks[j]!.start, marks[j]!.end)));
    }
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
