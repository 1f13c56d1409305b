import { KOREAN_SURNAMES } from '../lexicons/korean-surnames.js';
import { CAPITALISED_PREFIXES, COMPANY_NAME_WORDS, MID_SENTENCE_NAME_STARTS, NOT_NAME_WORDS, PLACE_HEADS } from '../lexicons/name-parts.js';
import { EVENT_WORDS, ORG_HEADS } from '../lexicons/org-forms.js';
import { NAME_HONORIFICS, PORTFOLIO_WORDS, ROYAL_TITLES, STAND_IN_RANKS, TITLE_NOUNS, TITLES } from '../lexicons/titles.js';

/**
 * What a word's text alone says about its part in a person's name, as bit flags. The person scan
 * asks several questions of every word, mostly with Unicode regexes; a text's answers never change,
 * so each distinct text is classified once and remembered.
 */
export const SHAPE = {
  /** `Kim`, `Yun-mo`, `Šefčovič`, and not a title, head or stop word (see isNameWord). */
  NAME: 1,
  /** `Q.`: a middle initial. */
  INITIAL: 2,
  /** `YM`: two capitals, initials of a Korean name. */
  TWO_CAPITALS: 4,
  /** A listed Korean surname. */
  KOREAN_SURNAME: 8,
  /** A listed surname, or a short capitalised word that may be one (`Ahn`). */
  SURNAME_LIKE: 16,
  /** `Yun-mo`: the shape of a romanised Korean given name. */
  KOREAN_GIVEN: 32,
  /** Ends in a lower-case letter. */
  LOWER_END: 64,
  /** `Dato'`, `Tan`: the first word of a name honorific. */
  HONORIFIC: 128,
  /** The first word of some title (`Trade`, `Minister`, `researcher`). */
  TITLE_START: 256,
  /** The first word of some royal title (`Crown`, `Prince`). */
  ROYAL_START: 512,
  /** `S.M.`, `J.D.`: two or three dotted initials standing for given names. */
  DOTTED_INITIALS: 1024,
  /** `To`: a function word that mid-sentence starts a name (see MID_SENTENCE_NAME_STARTS). */
  MID_SENTENCE_START: 2048,
  /** `Causeway`, `Airport`, `Foundation`, `Forum`: the head of a named place, body or event; a name just before one is that thing's. */
  EPONYM_HEAD: 4096,
} as const;

const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:[-–][\p{L}\p{M}]+)*$|^\p{Lu}[\p{Ll}]*[-][\p{Lu}][\p{Ll}]+$/u;
/** `McCormick`, `DeSantis`: a listed prefix, then a capitalised word. */
const PREFIXED_NAME = new RegExp(`^(?:${CAPITALISED_PREFIXES.join('|')})\\p{Lu}\\p{Ll}{2,}$`, 'u');
// Keyed without a closing apostrophe, as words are looked up (`Dato'`, `Dato’` and `Dato` alike).
const bareHonorific = (word: string): string => word.replace(/['’]$/, '');
const HONORIFIC_WORDS = new Set(NAME_HONORIFICS.map((h) => bareHonorific(h.split(' ')[0]!)));
// A portfolio word starts a title too: `Agriculture Minister`.
const TITLE_STARTS = new Set([...TITLES.map((t) => t.split(' ')[0]!), ...PORTFOLIO_WORDS, ...STAND_IN_RANKS]);
const ROYAL_STARTS = new Set(ROYAL_TITLES.map((t) => t.split(' ')[0]!));

function classify(text: string): number {
  let flags = 0;
  const eponymHead = PLACE_HEADS.has(text) || COMPANY_NAME_WORDS.has(text) || ORG_HEADS.has(text) || EVENT_WORDS.has(text);
  if (eponymHead) flags |= SHAPE.EPONYM_HEAD;
  if ((NAME_SHAPE.test(text) || PREFIXED_NAME.test(text)) && !NOT_NAME_WORDS.has(text) && !TITLE_NOUNS.has(text) && !eponymHead) flags |= SHAPE.NAME;
  if (/^\p{Lu}\.$/u.test(text)) flags |= SHAPE.INITIAL;
  if (/^(?:\p{Lu}\.){2,3}$/u.test(text)) flags |= SHAPE.DOTTED_INITIALS;
  if (MID_SENTENCE_NAME_STARTS.has(text)) flags |= SHAPE.MID_SENTENCE_START;
  if (/^\p{Lu}{2}$/u.test(text)) flags |= SHAPE.TWO_CAPITALS;
  if (KOREAN_SURNAMES.has(text)) flags |= SHAPE.KOREAN_SURNAME | SHAPE.SURNAME_LIKE;
  if (/^\p{Lu}\p{Ll}{1,4}$/u.test(text) && !NOT_NAME_WORDS.has(text)) flags |= SHAPE.SURNAME_LIKE;
  // `Al-Khair`, `El-Nour`: an Arabic article joined to a word has the shape, but no Korean given
  // name starts with that syllable (`Ras Al-Khair` is a place, not Ras and a given name).
  if (/^\p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{1,5}$/u.test(text) && !/^(?:Al|El)-/u.test(text)) flags |= SHAPE.KOREAN_GIVEN;
  if (/\p{Ll}$/u.test(text)) flags |= SHAPE.LOWER_END;
  if (HONORIFIC_WORDS.has(bareHonorific(text))) flags |= SHAPE.HONORIFIC;
  // `then-Secretary General`: a title's first word behind a time prefix (see title-match.ts).
  if (TITLE_STARTS.has(text) || (/^(?:then|former|ex)-\p{Lu}/u.test(text) && TITLE_STARTS.has(text.slice(text.indexOf('-') + 1)))) flags |= SHAPE.TITLE_START;
  if (ROYAL_STARTS.has(text)) flags |= SHAPE.ROYAL_START;
  return flags;
}

/**
 * ASCII first letters a word starting a person can have: capitals, and the first letters of the
 * lower-case titles and listed words. A word starting with any other ASCII character (most
 * lower-case words, digits, punctuation) starts no person, known without a lookup.
 */
const START_CHARS = new Uint8Array(128);
START_CHARS.fill(1, 65, 91);
for (const list of [TITLE_STARTS, ROYAL_STARTS, HONORIFIC_WORDS, KOREAN_SURNAMES]) {
  for (const word of list) {
    const c = word.charCodeAt(0);
    if (c < 128) START_CHARS[c] = 1;
  }
}

/** False when the first character alone rules out a word starting a person's name or title. */
export function mayStartPerson(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 128 || START_CHARS[c] === 1;
}

/**
 * False when the first character is ASCII and no capital: such a word has none of the shapes that
 * need one (NAME, INITIAL, HONORIFIC, the surnames), known without a lookup. Name scans ask this of
 * the word after every name, mostly a lower-case one.
 */
export function mayBeCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

const remembered = new Map<string, number>();

/** The SHAPE flags of a word's text (0 for none, or for no word). */
export function shapeOf(text: string | undefined): number {
  if (text === undefined) return 0;
  let flags = remembered.get(text);
  if (flags === undefined) {
    // Bounded: a long run over many documents meets ever new words.
    if (remembered.size > 50_000) remembered.clear();
    flags = classify(text);
    remembered.set(text, flags);
  }
  return flags;
}
