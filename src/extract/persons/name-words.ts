import { LATER_NAME_WORDS, NAME_PARTICLES } from '../lexicons/name-parts.js';
import type { CoveredOffsets, Word } from '../words.js';
import { mayBeCapitalised, SHAPE, shapeOf } from './word-shape.js';

/** What a name may not overlap: words inside bodies' names and country names. */
export type Blocked = CoveredOffsets;

const GENERATIONAL = new Set(['Jr.', 'Sr.', 'Jr', 'Sr', 'II', 'III', 'IV']);

/**
 * `al-Rashidi`, `el-Sayed`, `bin-Salem`: an Arabic article or patronymic joined by a hyphen to a
 * capitalised word, written lower case; it continues a name, never starts one.
 */
const FUSED_PARTICLE = new RegExp(`^(?:${[...NAME_PARTICLES].filter((p) => /^\p{Ll}+$/u.test(p)).join('|')}|ad|ar|as|ash|at|az|an|ud|abu|abd)-\\p{Lu}\\p{Ll}`, 'u');

/** `Kim`, `Yun-mo`, `Šefčovič`, `Al-Zeyoudi`, `O’Brien`: a capitalised word that can be part of a name. */
export function isNameWord(w: Word | undefined, blocked: Blocked): boolean {
  return w !== undefined && mayBeCapitalised(w.text) && (shapeOf(w.text) & SHAPE.NAME) !== 0 && !blocked.has(w.start);
}

/**
 * End (exclusive) of a personal name starting at word `i`, or -1: two to five name words, with
 * particles inside (`Abdullah bin Touq Al Marri`) and an honorific allowed first (`Dato'`).
 * A possessive `’s` ends the name.
 */
export function nameEnd(words: readonly Word[], i: number, blocked: Blocked): number {
  const text = words[i]?.text;
  if (text === undefined || !mayBeCapitalised(text)) return -1;
  const first = shapeOf(text);
  // Neither an honorific nor a name word: no name starts here (the loop below would stop at once).
  if ((first & (SHAPE.HONORIFIC | SHAPE.NAME)) === 0) return -1;
  let k = i;
  // `Datuk Seri Tengku Ahmad`, `Tan Sri Dato’ Sri …`: a chain of honorifics before the name.
  while ((shapeOf(words[k]?.text) & SHAPE.HONORIFIC) !== 0 && k < i + 4 && isNameWord(words[k + 1], blocked)) k += 1;
  // Two honorifics or more make even one name word a name: `Datuk Seri Tengku Ahmad`.
  const needed = k - i >= 2 ? 1 : 2;
  let count = 0;
  let end = -1;
  const later = (w: Word | undefined): boolean =>
    w !== undefined && (LATER_NAME_WORDS.has(w.text) || FUSED_PARTICLE.test(w.text)) && !blocked.has(w.start);
  while (k < words.length && count < 5) {
    const w = words[k]!;
    if (isNameWord(w, blocked) || (count >= 1 && later(w))) {
      count += 1;
      k += 1;
      if (count >= needed) end = k;
      continue;
    }
    // `Jane Q. Public`: a middle initial between name words.
    if (count >= 1 && (shapeOf(w.text) & SHAPE.INITIAL) !== 0 && isNameWord(words[k + 1], blocked)) {
      k += 1;
      continue;
    }
    // `John Smith Jr.`: a generational suffix ends the name.
    if (count >= 2 && GENERATIONAL.has(w.text)) {
      end = k + 1;
      break;
    }
    // `Ursula von der Leyen`, `Pedro da Costa e Silva`: one or two particles, then a name word.
    const particles = NAME_PARTICLES.has(w.text) ? (NAME_PARTICLES.has(words[k + 1]?.text ?? '') ? 2 : 1) : 0;
    if (particles > 0 && count >= 1 && (isNameWord(words[k + particles], blocked) || later(words[k + particles]))) {
      k += particles;
      continue;
    }
    break;
  }
  return end;
}

/** `Yun-mo`, `Duk-geun`, `Young-Jun`: a romanised Korean given name. */
export const isKoreanGivenName = (text: string): boolean => (shapeOf(text) & SHAPE.KOREAN_GIVEN) !== 0;

/** `Seo Ji-an`: a listed surname and a hyphenated given name, at word `i`. */
export function koreanNameAt(words: readonly Word[], i: number, blocked: Blocked): boolean {
  const surname = words[i];
  const given = words[i + 1];
  if (!surname || !given || blocked.has(surname.start) || blocked.has(given.start)) return false;
  const givenShape = SHAPE.KOREAN_GIVEN | SHAPE.LOWER_END;
  return (shapeOf(surname.text) & SHAPE.SURNAME_LIKE) !== 0 && (shapeOf(given.text) & givenShape) === givenShape;
}
