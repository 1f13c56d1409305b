import { hasDateMarker } from './date-marker.js';

// Seed categories are at most 24 characters and 3 words; titles of 3 capitalised words or fewer are rare.
const MAX_CATEGORY_LENGTH = 32;
const MAX_CATEGORY_WORDS = 3;
// A capitalised word (`Trade`, `FTA`, `K-Bio`), or a lowercase joiner inside a name (`Science and Technology`).
const CATEGORY_WORD = /^\p{Lu}[\p{L}\p{N}&’'-]*$/u;
const JOINERS = new Set(['and', 'of', 'for', '&']);
const SENTENCE_PUNCTUATION = /[.,;:!?"“”()[\]]/u;

/**
 * True for a line shaped like a dump category: short, no sentence punctuation, capitalised words
 * joined by spaces or `/` (`Trade/Investment`, `FTA/Economic Cooperation`, `Energy`). The shape is
 * the test, not a list, so categories never seen before are still recognised.
 */
export function looksLikeCategory(line: string): boolean {
  if (line.length === 0 || line.length > MAX_CATEGORY_LENGTH || SENTENCE_PUNCTUATION.test(line)) return false;
  const words = line.split(/\s*\/\s*|\s+/u).filter((w) => w.length > 0);
  const named = words.filter((word) => !JOINERS.has(word));
  if (named.length === 0 || named.length > MAX_CATEGORY_WORDS || JOINERS.has(words[0]!)) return false;
  return named.every((word) => CATEGORY_WORD.test(word));
}

const LONGEST_TITLE = 250;

/**
 * True for a line that can only be body text: it carries the date marker or is longer than any
 * title; when nothing follows it (`isLast`), ending a sentence is enough too. Used so that
 * `Industry` followed directly by a dated body is read as a title, not a category, while a title
 * ending in `?` between a category and a body is still a title.
 */
export function looksLikeBody(line: string, isLast = true): boolean {
  return hasDateMarker(line) || line.length > LONGEST_TITLE || (isLast && /[.!?”"]$/u.test(line));
}
