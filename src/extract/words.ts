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

const SEPARATE = new Set([',', ';', ':', '(', ')', '[', ']', '“', '”', '"', '!', '?', '—', '’s', "'s", '‘']);

/** Splits every sentence into words; the result is indexed by sentence index. */
export function sentenceWords(analysed: AnalysedText): Word[][] {
  const bySentence: Word[][] = analysed.sentences.map(() => []);
  const text = analysed.text;
  let current: { text: string; start: number; end: number; pos: string; sentenceIndex: number } | null = null;
  const flush = (): void => {
    if (current) bySentence[current.sentenceIndex]?.push(current);
    current = null;
  };
  for (const token of analysed.tokens) {
    const glued =
      current !== null &&
      current.end === token.start &&
      current.sentenceIndex === token.sentenceIndex &&
      !SEPARATE.has(token.text) &&
      !SEPARATE.has(current.text) &&
      // A full stop joins only inside an abbreviation (`U.S.`, `M.AX`), not at a sentence's end.
      !(token.text === '.' && !/[\p{L}\p{N}]/u.test(text[token.end] ?? ' '));
    if (glued && current) {
      current.text += token.text;
      current.end = token.end;
      if (token.pos === 'PROPN') current.pos = 'PROPN';
    } else {
      flush();
      current = { text: token.text, start: token.start, end: token.end, pos: token.pos, sentenceIndex: token.sentenceIndex };
    }
  }
  flush();
  return bySentence;
}

/** `Hyosung`, `KOSME`, `Trade-Investment`, `M.AX`, `J&K` — a word a proper name can be made of. */
export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** `KOSME`, `MOTIR`, `G20`, `M.AX` — upper-case letters (and digits, `&`, `.`) only, two or more. */
export const isAcronym = (word: string): boolean => /^\p{Lu}[\p{Lu}\d&.]*\p{Lu}[\p{Lu}\d]*$|^\p{Lu}\d+$/u.test(word) && word.length >= 2;
