import type { AnalysedText, Sentence } from '../analysed-text.js';
import type { Mention } from '../../domain/index.js';
import { AMBIGUOUS_COUNTRY_NAMES, CITY_COUNTRIES, COUNTRY_FORMS, SEAT_CITIES } from '../lexicons/countries.js';

/** One span of text that names a country, e.g. `UAE` in `Korea–UAE CEPA` (form `compound`). */
export interface CountryMention {
  /** ISO 3166-1 alpha-2, `EU` for the European Union. */
  readonly code: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  readonly form: 'name' | 'short' | 'demonym' | 'compound';
}

/** The sentence holding `offset`: the last one starting at or before it (sentences are in order). */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return sentences[best]?.index ?? 0;
}

const NON_ASCII_LETTER = /^\p{L}$/u;
const NON_ASCII_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** `\p{L}` (or `\p{L}`/`\p{N}` with `digits`) of the character at `at`, as the lookarounds of a `u` regex read it; ASCII without the regex. */
function isWordChar(text: string, at: number, digits: boolean): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (digits && code >= 48 && code <= 57);
  // A low surrogate ends an astral character: read the whole code point.
  const from = code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at;
  return (digits ? NON_ASCII_LETTER_OR_DIGIT : NON_ASCII_LETTER).test(String.fromCodePoint(text.codePointAt(from)!));
}

/** Where the letters from `at` on end: after `Korea` in `Korea–UAE`, `U` in `U.S.`, `Republic` in `Republic of Korea`. */
function lettersEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWordChar(text, end, false)) end += 1;
  return end;
}

// Forms by their leading letters, longest first, so `South Korean` wins over `Korean` and
// `Latin American` over `American` — what one alternation of every form would match, without
// trying 1,200 alternatives at every word of the body.
const FORMS_BY_FIRST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const form of [...COUNTRY_FORMS.keys()].sort((a, b) => b.length - a.length)) {
    const key = form.slice(0, lettersEnd(form, 0));
    const list = index.get(key) ?? [];
    list.push(form);
    index.set(key, list);
  }
  return index;
})();

// The first two UTF-16 units of every form, as one number: most words start otherwise and are
// passed over without slicing them out of the body.
const pairAt = (text: string, at: number): number => (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
const FIRST_PAIRS: ReadonlySet<number> = new Set([...COUNTRY_FORMS.keys()].map((form) => pairAt(form, 0)));

/**
 * Every whole-word occurrence of a country form, leftmost first, the longest form at each start:
 * what `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])` would match. Every form
 * begins with a letter, and a form matches only where the text's leading letters equal its own.
 */
function formMatches(body: string): { readonly form: string; readonly start: number }[] {
  const matches: { readonly form: string; readonly start: number }[] = [];
  let start = 0;
  while (start < body.length) {
    if (!isWordChar(body, start, false) || (start > 0 && isWordChar(body, start - 1, true))) {
      start += 1;
      continue;
    }
    const wordEnd = lettersEnd(body, start);
    const forms = FIRST_PAIRS.has(pairAt(body, start)) ? FORMS_BY_FIRST_WORD.get(body.slice(start, wordEnd)) : undefined;
    const form = forms?.find((f) => body.startsWith(f, start) && !(start + f.length < body.length && isWordChar(body, start + f.length, true)));
    if (form !== undefined) matches.push({ form, start });
    // Past the form, or past this word's letters: none of them can start a form.
    start = form !== undefined ? start + form.length : wordEnd;
  }
  return matches;
}

const DASH = /^[-‐‑–—]$/;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

function wordBefore(text: string, start: number): string {
  return /([^\s]+)\s*$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
}

function wordAfter(text: string, end: number): string {
  return /^\s*([^\s]+)/.exec(text.slice(end, end + 40))?.[1] ?? '';
}

/** A currency named after its country (`10 billion US dollars`, `U.S. dollar bonds`): a unit, not a mention of the country. */
const CURRENCY_AFTER = /^\s+dollars?\b/;

/**
 * A demonym naming a language, not its state: `a Spanish-speaking country`, `the English text`,
 * `translation into Korean and Spanish`. Annotations list a country named as actor, partner or
 * place, and a language is none of them.
 */
const LANGUAGE_AFTER = /^(?:[-‐‑]speaking|\s+(?:language|languages|text|texts|version|versions|translation|translations|speakers|interpretation)\b)/u;
const LANGUAGE_BEFORE = /\b(?:[Tt]ranslat\w*|[Ii]nterpret\w*|[Ww]ritten)\s+(?:into|in)\s+(?:\p{Lu}\p{L}+(?:\s*,\s*|\s+and\s+|\s+or\s+))*$/u;

function namesLanguage(text: string, start: number, end: number): boolean {
  return LANGUAGE_AFTER.test(text.slice(end, end + 20)) || LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** `US` is the country unless it is part of a shouted phrase (`CONTACT US`) or a currency (`US$`). */
function acceptsUpperUs(text: string, start: number, end: number): boolean {
  if (text[end] === '$') return false;
  // `the Korea-US FTA`: a dash compound's partner, whatever the capitals after it.
  if (DASH.test(text[start - 1] ?? '')) return true;
  const shouted = (w: string): boolean => /^[A-Z]{2,}$/.test(w.replace(/[^\p{L}]/gu, ''));
  return !shouted(wordBefore(text, start)) && !shouted(wordAfter(text, end));
}

/**
 * `Jordan`, `Chad`, `Georgia` are countries unless a neighbouring capitalised word makes them part
 * of a person's or a company's name (`Michael Jordan`, `Georgia Power`) or the text talks of a
 * US state (`the state of Georgia`, `Georgia, U.S.`); the side of a compound after a country
 * (`Korea–Georgia`) is the country.
 */
function acceptsAmbiguousName(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  // `the Korea-Georgia Investment Promotion Agreement`: the other side of a dash compound is a country.
  const side = /^(.+)[-‐‑–—]$/u.exec(before)?.[1];
  if (side !== undefined && COUNTRY_FORMS.get(side)?.code) return true;
  const after = wordAfter(text, end).replace(/[^\p{L}.]+$/u, '');
  const sentenceInitial = /[.!?:]$/.test(before) || before === '';
  if (!sentenceInitial && CAPITALISED_WORD.test(before) && before !== 'The') return false;
  if (CAPITALISED_WORD.test(after) || after === 'U.S.') return false;
  const window = text.slice(Math.max(0, start - 60), end + 60);
  return !/\bstate\b|\bU\.S\.|\bUS\b|United States|Atlanta/.test(window);
}

const NAME_BEFORE_BRACKET = /((?:\p{Lu}[\p{L}'’&-]*|of|the|for|and|on)(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|the|for|and|on)){1,9})\s*$/u;

/**
 * `Alphania's Velmar Research Institute of the Cabinet (VRI)`: a short form bracketed after a
 * name whose capitalised words' initials spell it is that body's acronym, not the country (`the
 * Democratic Republic of the Congo (DRC)` still names the country: the name before is its own).
 */
function acronymOfBody(text: string, start: number, end: number, code: string): boolean {
  if (text[start - 1] !== '(' || text[end] !== ')') return false;
  const name = NAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, start - 120), start - 1))?.[1];
  if (name === undefined) return false;
  const forms = [...COUNTRY_FORMS].filter(([, e]) => e.code === code).map(([form]) => form);
  if (forms.some((form) => name.endsWith(form))) return false;
  const initials = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.includes(text.slice(start, end).replace(/[^\p{Lu}]/gu, ''));
}

/**
 * Finds every span naming a country: names (`Kazakhstan`, `the United States`), short forms
 * (`U.S.`, `UAE`), demonyms (`Kazakh`, `Emirati`) and dash compounds (`Korea–UAE`). Matching is
 * case-sensitive, so the pronoun `us` and `china` the porcelain are never countries.
 */
export function findCountryMentions(text: AnalysedText): CountryMention[] {
  const body = text.text;
  const found: Omit<CountryMention, 'sentenceIndex'>[] = [];
  for (const { form, start } of formMatches(body)) {
    const entry = COUNTRY_FORMS.get(form);
    const end = start + form.length;
    if (!entry?.code) continue;
    if (form === 'US' && !acceptsUpperUs(body, start, end)) continue;
    if (entry.form === 'short' && CURRENCY_AFTER.test(body.slice(end, end + 12))) continue;
    if (entry.form === 'short' && acronymOfBody(body, start, end, entry.code)) continue;
    if (AMBIGUOUS_COUNTRY_NAMES.has(form) && !acceptsAmbiguousName(body, start, end)) continue;
    if (entry.form === 'demonym' && namesLanguage(body, start, end)) continue;
    found.push({ code: entry.code, text: form, start, end, form: entry.form });
  }
  return found.map((mention, i) => {
    const joined =
      (DASH.test(body[mention.start - 1] ?? '') && found[i - 1]?.end === mention.start - 1) ||
      (DASH.test(body[mention.end] ?? '') && found[i + 1]?.start === mention.end + 1);
    return {
      ...mention,
      form: joined ? 'compound' : mention.form,
      sentenceIndex: sentenceIndexAt(text.sentences, mention.start),
    };
  });
}

/** A city the text names as a place (`talks in Geneva`), with the country it lies in. */
export interface PlaceMention extends Mention {
  readonly code: string;
}

/** A preposition or verb of place, then up to four capitalised words: `in Geneva`, `visited Phnom Penh`. */
const PLACE_PHRASE = /\b(?:in|at|to|from|visit|visits|visited|visiting)\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})/gu;
const CAPITALISED_NEXT = /^\s+\p{Lu}/u;
/** Capitals whose name is also a state, a province or a word elsewhere: `in Victoria` is most often Australia's. */
const SHARED_PLACE_NAMES = new Set(['Victoria', 'Kingston', 'Male', 'Georgetown', 'Saint John\'s', 'Valletta']);

/**
 * What a city after it does not make a place of the release: a diplomatic post's seat (`through
 * the Korean mission in Geneva`) or where a ruling's paper went round (`the report, circulated to
 * members in Geneva`): annotators list neither country unless the text names it.
 */
const POST_OR_PAPER_BEFORE = /(?:\b(?:mission|embassy|consulate)\s+|\bcirculated\b[^.;]*)$/i;

/**
 * `talks in Vienna earlier this month`, `the G20 meeting in Washington the week before`, `whose
 * members meet in Bangkok next month`, `the summit in Kuala Lumpur before arriving in Korea`: the
 * place of an occasion at another time than the release's, which annotators do not list.
 */
/**
 * `the third round will be held in Kuala Lumpur in January`: the place of an occasion still to
 * come, which annotators do not list (the release's own occasion is written in the past).
 */
const FUTURE_OCCASION_BEFORE = /\b(?:will|is\s+to|are\s+to|(?:is|are)\s+scheduled\s+to)\s+(?:be\s+held|take\s+place|convene)\s*$/;

const ANOTHER_TIME_AFTER = /^(?:,\s*D\.C\.,?)?\s+(?:the\s+(?:week|month|day)\s+before|(?:earlier|later)\s+this\s+(?:week|month|year)|(?:next|last)\s+(?:week|month|year)|before\s+(?:arriving|coming|flying|travelling|traveling|heading))\b/;

/**
 * The cities a release names as where something happens (`ruled in Geneva on September 7`,
 * `moves to Geneva`, `launched in Tokyo`), each with its country: a capital or a meeting city, as
 * a whole name (the next word is not capitalised, so `the Washington Post` or `Tokyo Electron` is
 * no place). Annotations list the country of a place the release names.
 */
export function findPlaceMentions(text: AnalysedText, bodies: readonly { readonly mentions: readonly Mention[] }[] = []): PlaceMention[] {
  const body = text.text;
  const found: PlaceMention[] = [];
  // `the Permanent Mission of Korea in Geneva`: a city inside a body's name says where the body sits, not where the release is.
  const insideBody = (at: number): boolean => bodies.some((b) => b.mentions.some((m) => m.start <= at && at < m.end));
  for (const m of body.matchAll(PLACE_PHRASE)) {
    const before = body.slice(Math.max(0, m.index - 80), m.index);
    if (insideBody(m.index) || POST_OR_PAPER_BEFORE.test(before)) continue;
    if (m[0].startsWith('in') && FUTURE_OCCASION_BEFORE.test(before)) continue;
    const words = m[1]!.split(/\s/);
    const wordsStart = m.index + m[0].length - m[1]!.length;
    // The longest run of leading words that names a city: `Ho Chi Minh City`, `New York`.
    for (let n = words.length; n >= 1; n -= 1) {
      const name = words.slice(0, n).join(' ').replace(/[.,]$/, '');
      const code = CITY_COUNTRIES.get(name);
      // `initialled in Brussels`: the seat of a body, not a place of the release's country.
      if (!code || SHARED_PLACE_NAMES.has(name) || SEAT_CITIES.has(name)) continue;
      const end = wordsStart + name.length;
      const after = body.slice(end, end + 12);
      if (CAPITALISED_NEXT.test(after) && !/^\s+D\.C\./.test(after)) break;
      if (ANOTHER_TIME_AFTER.test(body.slice(end, end + 40))) break;
      found.push({ code, text: name, start: wordsStart, end, sentenceIndex: sentenceIndexAt(text.sentences, wordsStart) });
      break;
    }
  }
  return found;
}

/** The mentions grouped by sentence index, each group in text order: passes that read sentence by sentence look their countries up here. */
export function countriesBySentence(countries: readonly CountryMention[]): ReadonlyMap<number, readonly CountryMention[]> {
  const groups = new Map<number, CountryMention[]>();
  for (const c of countries) {
    const group = groups.get(c.sentenceIndex);
    if (group) group.push(c);
    else groups.set(c.sentenceIndex, [c]);
  }
  return groups;
}

/** Something of the release tied to countries (a person's, a body's, a meeting's place, an agreement's parties) and where the text names it. */
export interface CountryTie {
  readonly codes: readonly (string | null)[];
  readonly mentions: readonly Mention[];
}

/** A country the release ties something to without naming it, with the span of the first thing tied to it as evidence. */
export interface TiedCountry {
  readonly code: string;
  readonly mention: Mention;
}

/**
 * The countries a release acts through without writing their names: the home ministry that
 * holds the talks (`The Ministry of Knowledge Economy said …` in a release titled `Korea and
 * Kazakhstan …`, its body naming only Seoul), the place of a meeting (`in Jakarta`), an
 * agreement's parties. Annotations list a country named as actor, partner or place, and the
 * home country whenever its ministry acts, so a country a person, body, meeting or agreement of
 * the release is tied to is one of its countries. Countries the text names are left to their own
 * mentions.
 */
export function tiedCountries(named: readonly CountryMention[], ties: readonly CountryTie[]): TiedCountry[] {
  const seen = new Set(named.map((c) => c.code));
  const tied: TiedCountry[] = [];
  for (const tie of ties) {
    const mention = tie.mentions[0];
    if (!mention) continue;
    for (const code of tie.codes) {
      if (code === null || seen.has(code)) continue;
      seen.add(code);
      tied.push({ code, mention });
    }
  }
  return tied;
}
