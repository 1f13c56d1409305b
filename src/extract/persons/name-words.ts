import { KOREAN_SURNAMES } from '../lexicons/korean-surnames.js';
import { NAME_HONORIFICS } from '../lexicons/titles.js';
import { NAME_PARTICLES, NOT_NAME_WORDS } from '../lexicons/name-parts.js';
import { EVENT_WORDS, ORG_HEADS } from '../lexicons/org-forms.js';
import { TITLE_NOUNS } from '../lexicons/titles.js';
import type { Word } from '../words.js';

/** What a name may not overlap: words inside bodies' names and country names. */
export interface Blocked {
  has(offset: number): boolean;
}

const GENERATIONAL = new Set(['Jr.', 'Sr.', 'Jr', 'Sr', 'II', 'III', 'IV']);

const HONORIFIC_WORDS = new Set(NAME_HONORIFICS.map((h) => h.split(' ')[0]!));

/** `Kim`, `Yun-mo`, `Šefčovič`, `Al-Zeyoudi`, `O’Brien`: a capitalised word that can be part of a name. */
export function isNameWord(w: Word | undefined, blocked: Blocked): boolean {
  if (!w || !/^\p{Lu}[\p{Ll}\p{M}'’]+(?:[-–][\p{L}\p{M}]+)*$|^\p{Lu}[\p{Ll}]*[-][\p{Lu}][\p{Ll}]+$/u.test(w.text)) return false;
  if (NOT_NAME_WORDS.has(w.text) || TITLE_NOUNS.has(w.text) || ORG_HEADS.has(w.text) || EVENT_WORDS.has(w.text)) return false;
  return !blocked.has(w.start);
}

/**
 * End (exclusive) of a personal name starting at word `i`, or -1: two to five name words, with
 * particles inside (`Abdullah bin Touq Al Marri`) and an honorific allowed first (`Dato'`).
 * A possessive `’s` ends the name.
 */
export function nameEnd(words: readonly Word[], i: number, blocked: Blocked): number {
  let k = i;
  if (HONORIFIC_WORDS.has(words[k]?.text.replace(/['’]$/, '') ?? '') && isNameWord(words[k + 1], blocked)) k += 1;
  let count = 0;
  let end = -1;
  while (k < words.length && count < 5) {
    const w = words[k]!;
    if (isNameWord(w, blocked)) {
      count += 1;
      k += 1;
      if (count >= 2) end = k;
      continue;
    }
    // `Jane Q. Public`: a middle initial between name words.
    if (/^\p{Lu}\.$/u.test(w.text) && count >= 1 && isNameWord(words[k + 1], blocked)) {
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
    if (particles > 0 && count >= 1 && isNameWord(words[k + particles], blocked)) {
      k += particles;
      continue;
    }
    break;
  }
  return end;
}

/** `Yun-mo`, `Duk-geun`, `Young-Jun`: a romanised Korean given name. */
export const isKoreanGivenName = (text: string): boolean => /^\p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{1,5}$/u.test(text);

/** `Sung Yun-mo`: a listed surname and a hyphenated given name, at word `i`. */
export function koreanNameAt(words: readonly Word[], i: number, blocked: Blocked): boolean {
  const surname = words[i];
  const given = words[i + 1];
  if (!surname || !given || blocked.has(surname.start) || blocked.has(given.start)) return false;
  const listed = KOREAN_SURNAMES.has(surname.text) || (/^\p{Lu}\p{Ll}{1,4}$/u.test(surname.text) && !NOT_NAME_WORDS.has(surname.text));
  return listed && isKoreanGivenName(given.text) && /\p{Ll}$/u.test(given.text);
}
