import type { AnalysedText } from './analysed-text.js';

/**
 * A word as a reader sees it: wink-nlp tokens glued back where no space separates them, so
 * `Yun-mo`, `Trade-Investment`, `U.S.` and `Maroš` are one word (the model splits accented
 * letters and hyphens off). Commas, brackets, quotes and the possessive `’s` stay words of their own.
 */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** POS of the word's first token; PROPN when any of its tokens is a proper noun. */
  readonly pos: string;
  readonly sentenceIndex: number;
}

/**
 * Text offsets an earlier reading already took (a body's name, a country's name, a person's): a
 * finder starts nothing there. Passes hand over a mask or a set; the finders only ask.
 */
export interface CoveredOffsets {
  has(offset: number): boolean;
}

const SEPARATE = new Set([',', ';', ':', '(', ')', '[', ']', '“', '”', '"', '!', '?', '—', '’s', "'s", '‘']);

/**
 * `Alder Motors' new plant`: an apostrophe closing a word in `s` before a lower-case word is a
 * plural's possessive, a word of its own as `’s` is (`O'Brien`, `Dato' Seri` keep theirs, and so
 * does a name that goes on: `the Velmar NGOs’ Energy Network`).
 */
function pluralPossessive(current: Word, token: Word, text: string): boolean {
  if (token.text !== "'" && token.text !== '’') return false;
  const last = current.text.charCodeAt(current.text.length - 1);
  return (last === 115 || last === 83) && text[token.end] === ' ' && /\p{Ll}/u.test(text[token.end + 1] ?? '');
}

/** Splits every sentence into words; the result is indexed by sentence index. */
export function sentenceWords(analysed: AnalysedText): Word[][] {
  const bySentence: Word[][] = analysed.sentences.map(() => []);
  const text = analysed.text;
  // A word of one token is that token itself; only a glued word is a new (mutable) object.
  let current: Word | null = null;
  let glued: { text: string; start: number; end: number; pos: string; sentenceIndex: number } | null = null;
  const flush = (): void => {
    if (current) bySentence[current.sentenceIndex]?.push(current);
    current = null;
    glued = null;
  };
  for (const token of analysed.tokens) {
    const joins =
      current !== null &&
      current.end === token.start &&
      current.sentenceIndex === token.sentenceIndex &&
      !SEPARATE.has(token.text) &&
      !SEPARATE.has(current.text) &&
      // A full stop joins only inside an abbreviation (`U.S.`, `M.AX`), not at a sentence's end.
      !(token.text === '.' && !/[\p{L}\p{N}]/u.test(text[token.end] ?? ' ')) &&
      !pluralPossessive(current, token, text);
    if (joins && current) {
      if (!glued) current = glued = { text: current.text, start: current.start, end: current.end, pos: current.pos, sentenceIndex: current.sentenceIndex };
      glued.text += token.text;
      glued.end = token.end;
      if (token.pos === 'PROPN') glued.pos = 'PROPN';
    } else {
      flush();
      current = token;
    }
  }
  flush();
  return bySentence;
}

/**
 * Whether a word may start with an upper-case letter, judged on its first code unit: an ASCII
 * letter answers at once, and only the rest (accents, other scripts) need the Unicode regex.
 * Returns 1 (upper-case ASCII), 0 (other ASCII) or -1 (ask the regex).
 */
function asciiUpperStart(word: string): number {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return 1;
  return c < 128 || Number.isNaN(c) ? 0 : -1;
}

const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]*(?:-\p{Lu}[\p{Lu}\d&.]*)?\p{Lu}[\p{Lu}\d]*$|^\p{Lu}\d+$/u;

/** `Daesan`, `KOSME`, `Trade-Investment`, `M.AX`, `J&K` — a word a proper name can be made of. */
export const isCapitalised = (word: string): boolean => {
  const ascii = asciiUpperStart(word);
  return ascii >= 0 ? ascii === 1 : UPPER_START.test(word);
};

/** `KOSME`, `MOTIR`, `G20`, `M.AX`, `K-SURE` — upper-case letters (and digits, `&`, `.`, one inner hyphen) only, two or more. */
export const isAcronym = (word: string): boolean => word.length >= 2 && asciiUpperStart(word) !== 0 && ACRONYM.test(word);
