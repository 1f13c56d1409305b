import { LATER_NAME_WORDS, NAME_PARTICLES, PATRONYMICS } from '../lexicons/name-parts.js';
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
 * A possessive `’s` ends the name. A name right before the head of a place's, body's or event's
 * name (`the Sheikh Omar Causeway`) is that thing's, not a person: -1.
 */
export function nameEnd(words: readonly Word[], i: number, blocked: Blocked): number {
  const { end, stop } = scanName(words, i, blocked);
  return end > 0 && (shapeOf(words[stop]?.text) & SHAPE.EPONYM_HEAD) !== 0 ? -1 : end;
}

/** Whether the run of name words from `i` is the first part of a place's or body's name (`Prince Ali Tower`). */
export function namesAThing(words: readonly Word[], i: number, blocked: Blocked): boolean {
  if ((shapeOf(words[i + 1]?.text) & SHAPE.EPONYM_HEAD) !== 0) return true;
  const { stop } = scanName(words, i, blocked);
  return stop > i && (shapeOf(words[stop]?.text) & SHAPE.EPONYM_HEAD) !== 0;
}

/**
 * How a name's first word may open it, besides being a name word: dotted initials (`S.M. Kumar`,
 * `R. Iyer`), a word before a patronymic (`Sultan bin Saeed`, whatever else `Sultan` may be), or
 * a function word that mid-sentence is a family name (`To Minh Quan`). The words it takes and the
 * name words they count for, or null.
 */
function openingAt(words: readonly Word[], i: number, blocked: Blocked): { taken: number; counts: number } | null {
  const w = words[i]!;
  if (blocked.has(w.start)) return null;
  const shape = shapeOf(w.text);
  if ((shape & (SHAPE.INITIAL | SHAPE.DOTTED_INITIALS)) !== 0) {
    // The initials stand for given names: one name word after them makes the name.
    let k = i + 1;
    while (k < i + 3 && (shapeOf(words[k]?.text) & SHAPE.INITIAL) !== 0) k += 1;
    return isNameWord(words[k], blocked) ? { taken: k - i, counts: 1 } : null;
  }
  if (PATRONYMICS.has(words[i + 1]?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(w.text) && (shape & SHAPE.EPONYM_HEAD) === 0) return { taken: 1, counts: 1 };
  if ((shape & SHAPE.MID_SENTENCE_START) !== 0 && i > 0 && /^\p{L}/u.test(words[i - 1]!.text) && isNameWord(words[i + 1], blocked)) return { taken: 1, counts: 1 };
  return null;
}

/** The name's end as nameEnd reads it (-1 for none), and the index of the word that stopped the scan. */
function scanName(words: readonly Word[], i: number, blocked: Blocked): { end: number; stop: number } {
  const text = words[i]?.text;
  if (text === undefined || !mayBeCapitalised(text)) return { end: -1, stop: i };
  const first = shapeOf(text);
  let k = i;
  let count = 0;
  let end = -1;
  if ((first & (SHAPE.HONORIFIC | SHAPE.NAME)) === 0) {
    // Neither an honorific nor a name word: a name starts here only on an opening of its own.
    const opening = (first & OPENING_SHAPES) !== 0 || PATRONYMICS.has(words[i + 1]?.text ?? '') ? openingAt(words, i, blocked) : null;
    if (!opening) return { end: -1, stop: i };
    k = i + opening.taken;
    count = opening.counts;
  }
  // `Datuk Seri Tengku Ahmad`, `Tan Sri Dato’ Sri …`: a chain of honorifics before the name.
  while (count === 0 && (shapeOf(words[k]?.text) & SHAPE.HONORIFIC) !== 0 && k < i + 4 && isNameWord(words[k + 1], blocked)) k += 1;
  // Two honorifics or more make even one name word a name: `Datuk Seri Tengku Ahmad`.
  const needed = count === 0 && k - i >= 2 ? 1 : 2;
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
    // `Jane Q. Public`, `Daniel B. G. Whitcombe`: one or two middle initials between name words.
    if (count >= 1 && (shapeOf(w.text) & SHAPE.INITIAL) !== 0) {
      const next = (shapeOf(words[k + 1]?.text) & SHAPE.INITIAL) !== 0 ? k + 2 : k + 1;
      if (isNameWord(words[next], blocked)) {
        k = next;
        continue;
      }
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
  return { end, stop: k };
}

/** Shapes that may open a name without being name words (see openingAt). */
const OPENING_SHAPES = SHAPE.INITIAL | SHAPE.DOTTED_INITIALS | SHAPE.MID_SENTENCE_START;

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
