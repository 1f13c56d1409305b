import { COMPANY_NAME_WORDS, NOT_NAME_WORDS } from '../lexicons/name-parts.js';
import { LEGAL_FORMS, NON_ORG_ACRONYMS, NON_ORG_WORDS, ORG_HEADS } from '../lexicons/org-forms.js';
import { TITLE_NOUNS } from '../lexicons/titles.js';
import { CITY_COUNTRIES } from '../lexicons/countries.js';
import { isEnglishWord } from '../nlp/model.js';
import { fold } from '../fold.js';
import type { CoveredOffsets, Word } from '../words.js';
import { companyForms, type CompanyEntry } from './company-dictionary.js';
import type { OrgEntry, OrgTable } from './org-table.js';

/** Verbs and auxiliaries a company does things with: `Acme will invest`, `Acme opened its plant`. */
const COMPANY_PREDICATES: ReadonlySet<string> = new Set([
  'will', 'plans', 'planned', 'signed', 'signs', 'opened', 'opens', 'agreed', 'agrees', 'announced', 'announces',
  'invests', 'invested', 'builds', 'built', 'operates', 'produces', 'supplies', 'acquired', 'won', 'launched',
  'recently', 'already', 'expects', 'aims', 'intends',
]);
/** Nouns that introduce a company's name: `Korean company Acme`, `its affiliate Acme`. */
const COMPANY_INTRODUCERS: ReadonlySet<string> = new Set(['company', 'firm', 'affiliate', 'subsidiary', 'group', 'conglomerate']);
/** `U.S.-based Acme`: a home given as a compound before the name. */
const BASED = /-based$/;
/** Between two members of a list of companies. */
const LIST_JOINS: ReadonlySet<string> = new Set([',', 'and', '&']);
const POSSESSIVES: ReadonlySet<string> = new Set(['’s', "'s"]);
/** `Acme` is capitalised, `ACME` is capitals only, `AcmeSoft` / `A-Oil` are coined: the last two say name wherever they stand. */
const CAPITALISED = /^\p{Lu}/u;
/**
 * `KazVelgas`, `VelmarENERGY`, `A-Velm`: a word coined as a brand — capitals inside a word opened by
 * a capitalised one, or after a hyphen — is a company's name the list may not hold yet; like a listed
 * word, it is taken only where its context says company.
 */
const COINED = /^(?!Mc|Mac)\p{Lu}\p{Ll}+(?:\p{Lu}[\p{L}]*)+$|^\p{Lu}{1,3}-\p{Lu}\p{Ll}+$/u;
const NAME_SHAPED = /^(?:[\p{Lu}\d&-]{2,}|\p{Lu}[\p{L}\d]*(?:\p{Ll}\p{Lu}|-\p{Lu})[\p{L}\d-]*)$/u;

/** Words before a place, not a company: `in Acme`, `to Acme`. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'outside', 'visit', 'visited', 'visits']);
/** Nouns after a place's name: `the Acme region`. */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['region', 'province', 'city', 'area', 'prefecture', 'state', 'county', 'island', 'district', 'port', 'metropolitan']);

/**
 * A word that is no company's whole name: a title, a body's head word, a plan or event word, a
 * city, or an everyday English word (`Oil`, `Shell`, `Target`) the English vocabulary holds.
 */
const notCompanyWord = (t: string): boolean =>
  TITLE_NOUNS.has(t) || ORG_HEADS.has(t) || NON_ORG_WORDS.has(t) || NOT_NAME_WORDS.has(t) || NON_ORG_ACRONYMS.has(t.toUpperCase()) || CITY_COUNTRIES.has(t) || isEnglishWord(t.toLowerCase());

/**
 * Companies named by a bare word the company-name dictionary lists (`Acme`, `ACMECO`, `A-Oil`),
 * taken only where the sentence says company too: the dictionary also lists tickers, countries and
 * everyday words (`Target`, `Shell`), so an entry is never enough alone. A word qualifies when it
 * is capitalised as the dictionary spells it (capitals only where the list has them), is not
 * capitalised only by opening its sentences, is no country, demonym, body or lexicon word, stands
 * alone (not part of a longer capitalised name), and has a company's context: listed beside another
 * body (`Acme and Zenith`), a possessive (`Acme’s plant`), a company's predicate (`Acme will
 * invest`), or an introducer (`Korean company Acme`, `U.S.-based Acme`, `Japan’s Acme`).
 */
export function addDictionaryCompanies(
  table: OrgTable,
  sentences: readonly (readonly Word[])[],
  blocked: CoveredOffsets,
  countryCodes: ReadonlyMap<number, string>,
  forms: ReadonlyMap<string, CompanyEntry> = companyForms(),
): void {
  const countryStarts: ReadonlySet<number> = new Set(countryCodes.keys());
  const hits: { words: readonly Word[]; i: number; led?: true }[] = [];
  // Words capitalised somewhere other than a sentence's start: only those are names by their case.
  const capitalisedInside = new Set<string>();
  const places = new Set<string>();
  for (const words of sentences) {
    for (let i = 0; i < words.length; i += 1) {
      const t = words[i]!.text;
      // Every form opens with a capital or a digit (capitalisedForms): a word opening with a
      // lower-case ASCII letter, most of a release's words, is passed over without hashing it.
      const first = t.charCodeAt(0);
      if (first >= 97 && first <= 122) continue;
      // One Map hit per word, as written: the forms are capitalised, so case is checked too.
      if (!forms.has(t) && !COINED.test(t)) {
        if (nationalBrand(words, i, countryStarts)) hits.push({ words, i, led: true });
        continue;
      }
      const key = fold(t);
      if (i > 0) capitalisedInside.add(key);
      // `in Acme`, `the Acme region` anywhere in the release: a place, wherever else it stands.
      if (PLACE_PREPOSITIONS.has(words[i - 1]?.text ?? '') || PLACE_NOUNS.has(words[i + 1]?.text ?? '')) places.add(key);
      hits.push({ words, i });
    }
  }
  for (const { words, i, led } of hits) {
    const w = words[i]!;
    if (led) {
      addNationalBrand(table, words, i, blocked, countryCodes, countryStarts);
      continue;
    }
    const key = fold(w.text);
    const known = table.find(w.text);
    if (known) {
      // `Acme of Ruritania` read by an earlier finder: its introducer still says where it is from.
      setHome(known, words, i, countryCodes, countryStarts);
      continue;
    }
    if (blocked.has(w.start) || countryStarts.has(w.start) || places.has(key) || notCompanyWord(w.text)) continue;
    if (!NAME_SHAPED.test(w.text) && !capitalisedInside.has(key)) continue;
    // `U.S.-based Acme Electric has …`, `Acme Rotem’s participation`: a listed name and one word more that closes it.
    const last = standsAlone(words, i, countryStarts) ? i : closingNameWord(words, i, countryStarts, blocked);
    if (last === null || !companyContext(table, words, i, countryStarts, last)) continue;
    if (last > i) {
      const name = `${w.text} ${words[last]!.text}`;
      setHome(table.add({ name, start: w.start, end: words[last]!.end, sentenceIndex: w.sentenceIndex, kind: 'company', acronym: null }, name), words, i, countryCodes, countryStarts, last);
      continue;
    }
    // `Acme` after `Acme Electric Company`: the short form of the company already named (but
    // `Acme` beside `Acme Cloud` is the parent of a named unit, a company of its own).
    const longer = table.entries.find((e) => e.kind === 'company' && e.name.startsWith(`${w.text} `) && e.name.split(' ').slice(1).every((p) => LEGAL_FORMS.has(p) || COMPANY_NAME_WORDS.has(p)));
    const entry = table.add({ name: longer?.name ?? w.text, start: w.start, end: w.end, sentenceIndex: w.sentenceIndex, kind: 'company', acronym: null }, w.text);
    // `Acme of Ruritania`: the home the list gives it, when nothing nearer says one.
    setHome(entry, words, i, countryCodes, countryStarts);
  }
}

/**
 * `Saudi Velmco`: a country's one-word name or demonym, then a capitalised word no vocabulary,
 * dictionary or lexicon holds — a national company named with its country, the two words one name.
 */
function nationalBrand(words: readonly Word[], i: number, countryStarts: ReadonlySet<number>): boolean {
  const t = words[i]!.text;
  return i > 1 && t.length >= 4 && CAPITALISED.test(t) && countryStarts.has(words[i - 1]!.start) && !countryStarts.has(words[i]!.start) && CAPITALISED.test(words[i - 1]!.text);
}

/** Adds `Saudi Velmco` when the words around it say company, as for a listed word; its home is its country word's. */
function addNationalBrand(table: OrgTable, words: readonly Word[], i: number, blocked: CoveredOffsets, countryCodes: ReadonlyMap<number, string>, countryStarts: ReadonlySet<number>): void {
  const w = words[i]!;
  const lead = words[i - 1]!;
  if (blocked.has(w.start) || notCompanyWord(w.text) || !standsAlone(words, i, countryStarts)) return;
  if (!companyContext(table, words, i - 1, countryStarts, i)) return;
  const name = `${lead.text} ${w.text}`;
  const entry = table.add({ name, start: lead.start, end: w.end, sentenceIndex: w.sentenceIndex, kind: 'company', acronym: null }, name);
  if (entry.impliedCountry === undefined) entry.impliedCountry = countryCodes.get(lead.start)!;
}

/** The country an introducer gives a company's mention, kept as its implied home when none is yet. */
function setHome(entry: OrgEntry, words: readonly Word[], i: number, countryCodes: ReadonlyMap<number, string>, countryStarts: ReadonlySet<number>, last = i): void {
  const home = homeAfter(words, last, countryStarts) ?? homeBefore(words, i, countryStarts);
  if (home !== null && entry.kind === 'company' && entry.impliedCountry === undefined) entry.impliedCountry = countryCodes.get(words[home]!.start)!;
}

/** `Acme of Ruritania`, `Acme of the Republic of Ruritania`: the index of the country word after `of`, or null. */
function homeAfter(words: readonly Word[], i: number, countryStarts: ReadonlySet<number>): number | null {
  if (words[i + 1]?.text !== 'of') return null;
  const k = words[i + 2]?.text === 'the' ? i + 3 : i + 2;
  return countryStarts.has(words[k]?.start ?? -1) ? k : null;
}

/** `Ruritania’s Acme`, `Ruritania-based Acme`: the index of the country word before the name, or null. */
function homeBefore(words: readonly Word[], i: number, countryStarts: ReadonlySet<number>): number | null {
  const before = words[i - 1];
  if (before && BASED.test(before.text) && countryStarts.has(before.start)) return i - 1;
  if (before && POSSESSIVES.has(before.text) && countryStarts.has(words[i - 2]?.start ?? -1)) return i - 2;
  return null;
}

/** Not one word of a longer capitalised name (`Acme Motors`, `Northern Acme`). */
function standsAlone(words: readonly Word[], i: number, countryStarts: ReadonlySet<number>): boolean {
  const before = words[i - 1];
  const after = words[i + 1]?.text ?? '';
  if (CAPITALISED.test(after) && !COMPANY_PREDICATES.has(after)) return false;
  if (!before || i - 1 === 0) return true;
  return !CAPITALISED.test(before.text) || countryStarts.has(before.start) || BASED.test(before.text);
}

/**
 * `Acme Electric` in `U.S.-based Acme Electric has …`: the index of the one capitalised word that
 * closes a listed name into a longer one, when no third name word follows; null otherwise. A
 * title (`Acme Chairman`), a country (`Acme Korea`, a national arm), a head word, an event or a
 * document word, and a word another finder took, close no company's name.
 */
function closingNameWord(words: readonly Word[], i: number, countryStarts: ReadonlySet<number>, blocked: CoveredOffsets): number | null {
  const next = words[i + 1];
  if (!next || !CAPITALISED.test(next.text) || CAPITALISED.test(words[i + 2]?.text ?? '')) return null;
  if (TITLE_NOUNS.has(next.text) || ORG_HEADS.has(next.text) || NON_ORG_WORDS.has(next.text) || NOT_NAME_WORDS.has(next.text) || countryStarts.has(next.start) || blocked.has(next.start) || CITY_COUNTRIES.has(next.text)) return null;
  const before = words[i - 1];
  const opens = !before || i - 1 === 0 || !CAPITALISED.test(before.text) || BASED.test(before.text);
  return opens ? i + 1 : null;
}

/**
 * Whether the words around the name from `i` to `last` say company. `Acme of Japan` does for one
 * listed word, not for two (`Robert Roe of Slovakia` names a person the same way).
 */
function companyContext(table: OrgTable, words: readonly Word[], i: number, countryStarts: ReadonlySet<number>, last = i): boolean {
  const before = words[i - 1]?.text ?? '';
  const after = words[last + 1]?.text ?? '';
  if (POSSESSIVES.has(after) || COMPANY_PREDICATES.has(after)) return true;
  if (COMPANY_INTRODUCERS.has(before) || BASED.test(before)) return true;
  // `Japan’s Acme`, `Acme of Japan`.
  if (POSSESSIVES.has(before) && countryStarts.has(words[i - 2]?.start ?? -1)) return true;
  if (last === i && homeAfter(words, last, countryStarts) !== null) return true;
  // `Zenith and Acme`, `Acme, Zenith and …`: a list member beside a body or another listed company.
  if ((LIST_JOINS.has(before) && bodyEndsAt(table, words, i - 2)) || (LIST_JOINS.has(after) && bodyStartsAt(table, words, last + 2))) return true;
  // `with Acme and Zenith as subcontractors`: a pair cast in a company's role.
  if (castAsCompanies(words, last + 1) || (before === 'and' && CAPITALISED.test(words[i - 2]?.text ?? '') && castAsCompanies(words, last + 1, true))) return true;
  // `Acme and Ruritania Zenith agreed to build …`: the first of two names a company's predicate has for its subject.
  return after === 'and' && pairSubjectOfPredicate(words, last + 2);
}

/** Roles only companies are given: `as subcontractors`, `as its technology partner`. */
const COMPANY_ROLES: ReadonlySet<string> = new Set(['subcontractors', 'subcontractor', 'contractors', 'contractor', 'suppliers', 'supplier', 'vendors', 'vendor']);

/** Whether `and <Name> as <role>` (or, `closing`, just `as <role>`) follows word `k`. */
function castAsCompanies(words: readonly Word[], k: number, closing = false): boolean {
  const as = closing ? k : words[k]?.text === 'and' && CAPITALISED.test(words[k + 1]?.text ?? '') ? k + 2 : -1;
  return as >= 0 && words[as]?.text === 'as' && COMPANY_ROLES.has(words[as + 1]?.text ?? '');
}

/** Whether a capitalised name of at most two words from `k` is followed by a company's predicate. */
function pairSubjectOfPredicate(words: readonly Word[], k: number): boolean {
  for (let j = k; j < k + 2 && CAPITALISED.test(words[j]?.text ?? ''); j += 1) {
    if (COMPANY_PREDICATES.has(words[j + 1]?.text ?? '')) return true;
  }
  return false;
}

/** A known body's name ends at word `k`. */
function bodyEndsAt(table: OrgTable, words: readonly Word[], k: number): boolean {
  // `the Ministry of Trade (MOT) and Acme`: the bracketed acronym closes the body's name.
  const w = words[k]?.text === ')' && words[k - 2]?.text === '(' ? words[k - 1] : words[k];
  if (!w || !CAPITALISED.test(w.text)) return false;
  return table.entries.some((e) => e.mentions.some((m) => m.end === w.end && m.sentenceIndex === w.sentenceIndex));
}

/** A known body's name starts at word `k`. */
function bodyStartsAt(table: OrgTable, words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w || !CAPITALISED.test(w.text)) return false;
  return table.entries.some((e) => e.mentions.some((m) => m.start === w.start && m.sentenceIndex === w.sentenceIndex));
}
