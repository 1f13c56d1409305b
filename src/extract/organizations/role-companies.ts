import { CITY_COUNTRIES, COUNTRY_FORMS } from '../lexicons/countries.js';
import { NOT_NAME_WORDS } from '../lexicons/name-parts.js';
import { NON_ORG_WORDS, EVENT_WORDS } from '../lexicons/org-forms.js';
import { TITLE_NOUNS } from '../lexicons/titles.js';
import type { CoveredOffsets, Word } from '../words.js';
import type { OrgTable } from './org-table.js';

/** Posts held in a company: `X, CEO of Acme`, `Acme CEO X`. */
const CORPORATE_TITLES = new Set(['CEO', 'COO', 'CFO', 'CTO', 'President', 'Chairman', 'Chairwoman', 'Founder', 'Co-Founder', 'head', 'Head', 'Executive', 'Officer']);
/** Words a corporate title is built of: `Senior Vice President for Renewables at …`, `Chief Executive Officer of …`. */
const TITLE_PARTS = new Set(['Vice', 'Senior', 'Executive', 'Chief', 'Managing', 'General', 'Deputy', 'Co-', 'President', 'Director', 'Officer', 'Chairman', 'Chairwoman', 'CEO', 'COO', 'CFO', 'CTO', 'Founder', 'Co-Founder', 'head', 'Head', 'Manager']);
/** The same posts as running text writes them after a name's comma: `X, chief executive of Acme`. */
const LOWER_TITLE_PARTS = new Set(['vice', 'senior', 'executive', 'chief', 'managing', 'deputy', 'president', 'director', 'officer', 'chairman', 'chairwoman', 'founder', 'co-founder', 'manager']);
const LOWER_CORPORATE_TITLES = new Set(['president', 'chairman', 'chairwoman', 'founder', 'co-founder', 'executive', 'officer']);
/** Titles that may follow a company's name directly: `Acme CEO Jane Roe`. */
const TRAILING_TITLES = new Set(['CEO', 'Chairman', 'Chairwoman', 'President']);
/** A singular sector noun before a company's name: `power producer Acme Energia`, `lithium developer X`. */
const SECTOR_NOUNS = new Set([
  'producer', 'developer', 'maker', 'manufacturer', 'supplier', 'automaker', 'carmaker', 'chipmaker', 'steelmaker', 'shipbuilder',
  'conglomerate', 'operator', 'utility', 'startup', 'miner', 'refiner', 'distributor', 'retailer', 'insurer', 'carrier', 'subsidiary',
  // `Ruritania's national atomic company Boreatom`, `the logistics firm Acme`
  'company', 'firm',
  // `the state nuclear corporation Boreatom`
  'corporation',
  // `the Ruritanian development bank Velbanco`, `Velfund, Ruritania's sovereign wealth fund`
  'bank', 'lender', 'fund',
]);
/** `the state concern Velmgaz`, `the state chemical concern X`: `concern` names a company only after `state` and at most one word. */
const STATE_CONCERN = (words: readonly Word[], i: number): boolean =>
  words[i]!.text === 'concern' && (words[i - 1]?.text === 'state' || words[i - 2]?.text === 'state');
/** Words before a title that qualify the post, not name a company: `Former CEO X`, `Incoming CEO Y`. */
const POST_QUALIFIERS = new Set(['Former', 'Incoming', 'Outgoing', 'New', 'Acting', 'Interim', 'Then', 'Group', 'Its', 'Their', 'Company']);
/** A coined one-word name: capitals or digits after its first letter (`H2Velm`, `VELCO`, `NovaChem`). */
const COINED_WORD = /^\p{Lu}[\p{Ll}\d]*[\p{Lu}\d][\p{L}\d]*$/u;
/** Country names long enough not to occur inside other words by chance. */
const COUNTRY_NAMES_INSIDE: readonly string[] = [...COUNTRY_FORMS].filter(([form, e]) => e.code !== null && e.form === 'name' && /^\p{Lu}\p{Ll}{3,}$/u.test(form)).map(([form]) => form);

/**
 * `H2Velmar`, `VelmarBIO`: a coined word built on a country's name is how a national industry
 * body brands itself (its `Chairman` chairs members, not a board), an association rather than a company.
 */
const namesCountryInside = (word: string): boolean => COUNTRY_NAMES_INSIDE.some((c) => word !== c && word.includes(c));

/** Descriptive words that may sit inside a title before `of`: `Vice President for Renewables at`. */
const MAX_NAME = 4;

/**
 * A word that may be part of a company's name: capitalised, not a title, not a known non-body
 * word; an event word only inside a name (`Halvard Summit Holdings`), never starting one.
 */
const nameWord = (t: string, inside = false): boolean =>
  /^[\p{Lu}\d]/u.test(t) && !TITLE_NOUNS.has(t) && !NON_ORG_WORDS.has(t) && (inside || !EVENT_WORDS.has(t)) && !TITLE_PARTS.has(t);

/** Words before a place, whose name an apposition may describe too: `in Velgrad, a maker of …`. */
const AFTER_PLACE = new Set(['in', 'at', 'to', 'from', 'near', 'of', 'visit', 'visits', 'visited', 'visiting']);
/** A Korean given name ends a person's name: `Kim Ji-ho, a developer`. */
const PERSON_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** A lower-case modifier inside an apposition: `third-largest`, `state-owned`, `major`. */
const APPOSITION_MODIFIER = /^[\p{Ll}\d][\p{Ll}\d-]*$/u;

/**
 * Whether the words from `k` open an apposition a sector noun ends: `a producer`, `an Acme
 * subsidiary` is not (a capitalised word), `Korea's third-largest refiner`, `the state-owned utility`.
 */
function appositionNoun(words: readonly Word[], k: number, countryStarts: ReadonlySet<number>): boolean {
  let j = k;
  const opener = words[j]?.text ?? '';
  if (opener === 'a' || opener === 'an' || opener === 'the') j += 1;
  else if (countryStarts.has(words[j]?.start ?? -1) && (words[j + 1]?.text === '’s' || words[j + 1]?.text === "'s")) j += 2;
  else return false;
  for (let n = 0; n < 3 && APPOSITION_MODIFIER.test(words[j]?.text ?? '') && !SECTOR_NOUNS.has(words[j]!.text) && !/^(?:and|of|or)$/.test(words[j]!.text); n += 1) j += 1;
  return SECTOR_NOUNS.has(words[j]?.text ?? '');
}

interface Span {
  readonly from: number;
  readonly to: number;
}

function nameFrom(words: readonly Word[], from: number): Span | null {
  let to = from;
  while (to < words.length && to - from < MAX_NAME && (nameWord(words[to]!.text, to > from) || (words[to]!.text === '&' && to > from))) to += 1;
  return to > from ? { from, to } : null;
}

function nameEndingAt(words: readonly Word[], to: number): Span | null {
  let from = to;
  while (from > 0 && to - from < MAX_NAME && nameWord(words[from - 1]!.text)) from -= 1;
  return from < to ? { from, to } : null;
}

/**
 * Companies known only by their context, whatever their name: the body a corporate post is held
 * at (`Jane Roe, CEO of Acme Hydrotech`, `Senior Vice President for Renewables at Acme`,
 * `Acme Energia CEO Jan Nowak`) and the name a sector noun introduces (`power producer Acme
 * Energia`). Nothing already named (a country, a body) is read again.
 */
export function addRoleCompanies(table: OrgTable, sentences: readonly (readonly Word[])[], blocked: CoveredOffsets, countryStarts: ReadonlySet<number> = new Set()): void {
  for (const words of sentences) {
    const found: Span[] = [];
    words.forEach((w, i) => {
      // `, Vice President of Acme` / `, Senior Vice President for Renewables at Acme`: the post after a name's comma.
      // `, chief executive of Acme`: the post in lower case, as running text writes it.
      const parts = LOWER_TITLE_PARTS.has(words[i + 1]?.text ?? '') ? LOWER_TITLE_PARTS : TITLE_PARTS;
      if (w.text === ',' && parts.has(words[i + 1]?.text ?? '')) {
        let j = i + 1;
        let corporate = false;
        while (j < words.length && j - i < 8 && (parts.has(words[j]!.text) || /^(?:for|and)$/.test(words[j]!.text) || (/^\p{Lu}/u.test(words[j]!.text) && words[j - 1]?.text === 'for'))) {
          if (CORPORATE_TITLES.has(words[j]!.text) || LOWER_CORPORATE_TITLES.has(words[j]!.text)) corporate = true;
          j += 1;
        }
        if (!corporate || !/^(?:of|at)$/.test(words[j]?.text ?? '')) return;
        const start = words[j + 1]?.text === 'the' ? j + 2 : j + 1;
        const span = nameFrom(words, start);
        if (span) found.push(span);
      }
      // `Acme Energia CEO Jan Nowak`: a company name, a trailing title, then a capitalised name;
      // the title may open with more words (`Acme Executive Vice Chairman X`, `Acme President and CEO X`).
      if (TRAILING_TITLES.has(w.text) && /^\p{Lu}\p{Ll}/u.test(words[i + 1]?.text ?? '') && !TITLE_PARTS.has(words[i + 1]!.text)) {
        let k = i;
        while (k > 0 && i - k < 4 && (TITLE_PARTS.has(words[k - 1]!.text) || (words[k - 1]!.text === 'and' && TITLE_PARTS.has(words[k - 2]?.text ?? '')))) k -= 1;
        const span = nameEndingAt(words, k);
        // One word is a name only when shaped like one no sentence opens with (`H2Velm`, `VELCO`),
        // or when the post is a company's alone and the word does not open the sentence (`…, and Velmo CEO Jane Roe`).
        const onlyCorporate = w.text === 'CEO' && k === i && span !== null && span.from > 0 && !POST_QUALIFIERS.has(words[span.from]!.text);
        if (span && (span.to - span.from >= 2 || COINED_WORD.test(words[span.from]!.text) || onlyCorporate)) found.push(span);
      }
      // `President Park Ki-ho of Velco`: a corporate post, the holder's name, then the company.
      if (TRAILING_TITLES.has(w.text) && !countryStarts.has(words[i - 1]?.start ?? -1)) {
        let j = i + 1;
        while (j < words.length && j - i <= 3 && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(words[j]!.text) && !TITLE_PARTS.has(words[j]!.text)) j += 1;
        if (j - i >= 3 && words[j]?.text === 'of' && words[j + 1]?.text !== 'the') {
          const span = nameFrom(words, j + 1);
          // One word only when it is no plain sentence word: `Velco`, `VELCO`.
          if (span && (span.to - span.from >= 2 || /^\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(words[span.from]!.text)) && !countryStarts.has(words[span.from]!.start)) found.push(span);
        }
      }
      // `Velcor, a producer of refrigeration equipment`, `Velmoil, Korea's third-largest refiner`: a
      // name the sector noun of an apposition describes.
      if (w.text === ',' && appositionNoun(words, i + 1, countryStarts)) {
        const span = nameEndingAt(words, i);
        if (span && !AFTER_PLACE.has(words[span.from - 1]?.text ?? '') && !PERSON_NAME.test(words[i - 1]!.text) && !CITY_COUNTRIES.has(words.slice(span.from, span.to).map((x) => x.text).join(' '))) found.push(span);
      }
      if ((SECTOR_NOUNS.has(w.text) || STATE_CONCERN(words, i)) && /^\p{Lu}/u.test(words[i + 1]?.text ?? '')) {
        const span = nameFrom(words, i + 1);
        if (span) found.push(span);
      }
    });
    for (const span of found) add(table, words, span, blocked, countryStarts);
  }
}

function add(table: OrgTable, words: readonly Word[], span: Span, blocked: CoveredOffsets, countryStarts: ReadonlySet<number>): void {
  const ws = words.slice(span.from, span.to);
  // `Saudi Velcoil CEO X`: a name may open with a country's word when more words follow it;
  // `Velco Battery USA`: a subsidiary's name may end with the country it serves.
  const countryLed = ws.length >= 2 && countryStarts.has(ws[0]!.start);
  const countryEnded = ws.length >= 2 && countryStarts.has(ws[ws.length - 1]!.start);
  if (ws.some((w, k) => blocked.has(w.start) && !(k === 0 && countryLed) && !(k === ws.length - 1 && countryEnded))) return;
  if (ws.every((w) => NOT_NAME_WORDS.has(w.text)) || NOT_NAME_WORDS.has(ws[0]!.text)) return;
  // `President of the Union of Velmar Chambers`: one word an `of` complement goes on from is the head of a longer name, no company.
  if (ws.length === 1 && words[span.to]?.text === 'of' && /^\p{Lu}/u.test(words[span.to + 1]?.text ?? '')) return;
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  const name = ws.map((w, i) => (i > 0 && w.start > ws[i - 1]!.end ? ' ' : '') + w.text).join('');
  // `Jane Roe, President of VelmaBrasil`, a body the text named before: one more mention of it,
  // so the post finds its body.
  const known = table.find(name);
  if (known) {
    table.add({ name: known.name, start: first.start, end: last.end, sentenceIndex: first.sentenceIndex, kind: known.kind, acronym: null }, name);
    return;
  }
  table.add({ name, start: first.start, end: last.end, sentenceIndex: first.sentenceIndex, kind: ws.length === 1 && namesCountryInside(name) ? 'association' : 'company', acronym: null }, name);
}
