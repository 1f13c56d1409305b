import { NOT_NAME_WORDS } from '../lexicons/name-parts.js';
import { EVENT_WORDS, NON_ORG_ACRONYMS, NON_ORG_WORDS } from '../lexicons/org-forms.js';
import { TITLE_NOUNS } from '../lexicons/titles.js';
import type { CoveredOffsets, Word } from '../words.js';
import type { OrgEntry, OrgTable } from './org-table.js';

/**
 * A phrasing that names a body's counterpart in a signing: the pattern (as words), an example
 * sentence with the partner it names, and neighbours that must name none. The unit test derives
 * its rows from this table.
 */
export interface SigningPhrasing {
  readonly pattern: string;
  readonly example: { readonly sentence: string; readonly partner: string };
  readonly mustNotMatch: readonly string[];
}

export const SIGNING_PHRASINGS: readonly SigningPhrasing[] = [
  {
    pattern: '<body> signed <a document> with <partner>',
    example: { sentence: 'Korea Velmar Corporation (KVC) signed two exploration MOUs with Ostragaz covering the northern fields.', partner: 'Ostragaz' },
    // a person signs for a body, and with a person
    mustNotMatch: ['Minister Han Ji-su signed an MOU with Ostragaz on gas supply.', 'Korea Velmar Corporation signed an MOU with Energy Minister Dana Holt.'],
  },
  {
    pattern: '<body> signed <a document> with <partner> and <partner>',
    example: { sentence: 'The Korea Velmar Association signed four MOUs with Trade Nordia and Invest Velgrad to send trade missions.', partner: 'Invest Velgrad' },
    mustNotMatch: ['The Korea Velmar Association signed four MOUs with the Norwegian government.'],
  },
  {
    pattern: '<body> concluded memorandums on <topics> with <partner> and <partner>',
    example: {
      sentence: 'Korea Velmar Power Corporation (KVPC), which is preparing to close Unit 1, concluded memorandums on information exchange with Ostrana and Tarvik Nucléaire.',
      partner: 'Tarvik Nucléaire',
    },
    mustNotMatch: ['Korea Velmar Power Corporation (KVPC) concluded its talks on information exchange with Ostrana.'],
  },
  {
    pattern: '<body> signed <a document> with <country>’s <partner>',
    example: { sentence: 'Velmar C&T Corporation signed an MOU on hydrogen with Norway’s Public Velcor Fund.', partner: 'Public Velcor Fund' },
    mustNotMatch: ['Velmar C&T Corporation signed an MOU on hydrogen with Norway.'],
  },
  {
    pattern: '<signer> signed <a document> (a clause opening with a name)',
    example: { sentence: 'On the same day, Hanvel Defense signed a contract worth about 1 billion dollars.', partner: 'Hanvel Defense' },
    mustNotMatch: ['Minister Han Ji-su signed a contract worth about 1 billion dollars.', 'The two ministers signed an MOU on trade.'],
  },
  {
    pattern: '…, and <signer> signed <a document> / … while <signer> signed <a document>',
    example: { sentence: 'KVC drilled two wells, while Velmar International signed a separate deal to develop oil fields.', partner: 'Velmar International' },
    mustNotMatch: ['KVC drilled two wells, and Minister Han Ji-su signed a separate deal on oil fields.'],
  },
  {
    pattern: '<body> and <signer> signed <a document>',
    example: { sentence: 'Korea Velmar Corporation (KVC) and Norway’s Ostragaz signed a memorandum on gas supply.', partner: 'Ostragaz' },
    mustNotMatch: ['Korea Velmar Corporation (KVC) and Minister Han Ji-su signed a memorandum on gas supply.'],
  },
];

/** Verbs of signing. */
const SIGN_VERBS = new Set(['signed', 'signs', 'sign', 'inked', 'concluded']);
/** Documents a body signs with a counterpart. */
const DOCUMENTS = new Set(['MOU', 'MOUs', 'memorandum', 'memorandums', 'memoranda', 'contract', 'contracts', 'agreement', 'agreements', 'accord', 'accords', 'deal', 'deals', 'LOI', 'MOA']);
/** How many words a document's description may run between the verb and `with`: `a battery R&D MOU on … with`. */
const REACH = 10;
const MAX_NAME = 4;

/** A word that may be part of the partner's name: capitalised, not a title, not a known non-body word. */
const nameWord = (t: string): boolean => /^[\p{Lu}\d]/u.test(t) && !TITLE_NOUNS.has(t) && !NON_ORG_WORDS.has(t) && !EVENT_WORDS.has(t);

/** `Kim Ji-ho`: a Korean personal name is a person, not a body. */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The counterparts a body signs with, whatever their names: in `KNOC signed two exploration MOUs
 * with Ostragaz`, a body (already found) signs a document with a partner, so the partner is a body
 * too — a company unless its name says otherwise. Only when a body opens the signing: a minister
 * signs with people as well as bodies. A release about one foreign partner country
 * (`partnerCountry`) signs with that country's bodies.
 */
export function addSigningPartners(
  table: OrgTable,
  sentences: readonly (readonly Word[])[],
  blocked: CoveredOffsets,
  countryStarts: ReadonlySet<number>,
  partnerCountry: string | null = null,
  contextOnly: ReadonlySet<OrgEntry> = new Set(),
): void {
  const bodyStarts = new Set(table.entries.flatMap((e) => e.mentions.map((m) => m.start)));
  for (const words of sentences) {
    for (let i = 1; i < words.length; i += 1) {
      if (!SIGN_VERBS.has(words[i]!.text) || !signsDocument(words, i)) continue;
      const signer = signerBefore(words, i, bodyStarts, countryStarts);
      if (signer) add(table, words, signer, blocked, countryStarts, null);
      // The signer: a body named just before the verb (`KNOC signed`, `KNOC (Korea …) and X signed`).
      const subjectEnd = pastRelativeClause(words, i);
      if (!words.slice(Math.max(0, subjectEnd - 8), subjectEnd).some((w) => bodyStarts.has(w.start)) || TITLE_NOUNS.has(words[i - 1]!.text)) continue;
      const withAt = partnerCue(words, i);
      if (withAt < 0) continue;
      for (const span of partners(words, withAt + 1, countryStarts)) {
        // `the heads of EDX II and …` found the partner by its list first; the signing still says whose it is.
        const known = table.find(joined(words.slice(span.from, span.to)));
        if (known && contextOnly.has(known) && partnerCountry !== null && known.kind === 'company') known.impliedCountry ??= partnerCountry;
        else add(table, words, span, blocked, countryStarts, partnerCountry);
      }
    }
  }
}

/**
 * Where the subject of the verb at `i` ends: before a relative clause between commas that
 * separates them (`KVPC, which is preparing to close Unit 1, concluded …`), else at the verb.
 */
function pastRelativeClause(words: readonly Word[], i: number): number {
  if (words[i - 1]?.text !== ',') return i;
  for (let k = i - 2; k > 0 && i - k <= 20; k -= 1) {
    const t = words[k]!.text;
    if (t === ',' ) return /^(?:which|who|whose)$/.test(words[k + 1]?.text ?? '') ? k : i;
  }
  return i;
}

/** Whether the verb at `i` signs a document named within reach: `signed a turbine supply contract`. */
function signsDocument(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length && j - i <= REACH; j += 1) {
    const t = words[j]!.text;
    if (t === ',' || t === ';' || t === '.' || t === 'with') return false;
    if (DOCUMENTS.has(t)) return true;
  }
  return false;
}

/**
 * The signer named right before the verb when it opens a clause (`On the same day, Hanvel
 * Defense signed a contract`) or joins a body already found (`KVC and Norway’s Ostragaz signed`).
 * A person signs too, so a title before the name, or a Korean personal name, rules it out.
 */
function signerBefore(words: readonly Word[], i: number, bodyStarts: ReadonlySet<number>, countryStarts: ReadonlySet<number>): Span | null {
  let from = i;
  while (from > 0 && i - from < MAX_NAME && (nameWord(words[from - 1]!.text) || (words[from - 1]!.text === '&' && from < i))) from -= 1;
  if (from === i || countryStarts.has(words[from]!.start) || bodyStarts.has(words[from]!.start)) return null;
  const before = words[from - 1]?.text ?? '';
  // `…, and LG Velm signed`, `… while Velmar International signed`: a new clause after a conjunction.
  const opens =
    from === 0 ||
    (before === ',' && /^[\p{Ll}\d]/u.test(words[from - 2]?.text ?? '')) ||
    before === 'while' ||
    before === 'whereas' ||
    (before === 'and' && words[from - 2]?.text === ',');
  // `KVC and Norway’s Ostragaz`: the country's possessive, then the body the other conjunct names.
  let k = from - 1;
  if (/^(?:’s|'s)$/.test(before) && countryStarts.has(words[from - 2]?.start ?? -1)) k = from - 3;
  const joinsBody = words[k]?.text === 'and' && words.slice(Math.max(0, k - 6), k).some((w) => bodyStarts.has(w.start) || w.text === ')');
  if (!opens && !joinsBody) return null;
  if (TITLE_NOUNS.has(before)) return null;
  return { from, to: i };
}

/** Index of the `with` after a document the verb at `i` signs, or -1. */
function partnerCue(words: readonly Word[], i: number): number {
  let sawDocument = false;
  for (let j = i + 1; j < words.length && j - i <= REACH; j += 1) {
    const t = words[j]!.text;
    if (t === ',' || t === ';' || t === '.' || SIGN_VERBS.has(t)) return -1;
    if (DOCUMENTS.has(t)) sawDocument = true;
    else if (t === 'with') return sawDocument ? j : -1;
  }
  return -1;
}

interface Span {
  readonly from: number;
  readonly to: number;
}

/** The partners after `with`: `Ostragaz`, `Trade Nordia and Invest Velgrad`, `Ruritania’s Public Velcor Fund`. */
function partners(words: readonly Word[], from: number, countryStarts: ReadonlySet<number>): Span[] {
  const out: Span[] = [];
  let k = from;
  for (let n = 0; n < 2; n += 1) {
    if (words[k]?.text === 'the') k += 1;
    // `Ruritania’s Public Velcor Fund`: past the country's possessive.
    if (countryStarts.has(words[k]?.start ?? -1) && /^(?:’s|'s)$/.test(words[k + 1]?.text ?? '')) k += 2;
    let to = k;
    while (to < words.length && to - k < MAX_NAME && (nameWord(words[to]!.text) || (words[to]!.text === '&' && to > k))) to += 1;
    if (to === k) break;
    const next = words[to]?.text ?? '';
    // `… with Energy Minister Dana Holt`, `… with Dana Holt, CEO of …`: a person, not a body.
    if (TITLE_NOUNS.has(next) || (next === ',' && TITLE_NOUNS.has(words[to + 1]?.text ?? ''))) break;
    out.push({ from: k, to });
    if (next !== 'and') break;
    k = to + 1;
  }
  return out;
}

/** Words as written: a space only where the text has one. */
const joined = (ws: readonly Word[]): string => ws.map((w, i) => (i > 0 && w.start > ws[i - 1]!.end ? ' ' : '') + w.text).join('');

function add(table: OrgTable, words: readonly Word[], span: Span, blocked: CoveredOffsets, countryStarts: ReadonlySet<number>, partnerCountry: string | null): void {
  const ws = words.slice(span.from, span.to);
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  if (ws.some((w) => blocked.has(w.start) || countryStarts.has(w.start))) return;
  // `with 11 African countries`: a count, not a name.
  if (NOT_NAME_WORDS.has(first.text) || ws.every((w) => NOT_NAME_WORDS.has(w.text)) || /^\d+$/.test(first.text)) return;
  if (ws.length === 1 && NON_ORG_ACRONYMS.has(first.text.toUpperCase())) return;
  if (ws.length === 2 && KOREAN_GIVEN_NAME.test(last.text)) return;
  const name = joined(ws);
  if (table.find(name)) return;
  const entry = table.add({ name, start: first.start, end: last.end, sentenceIndex: first.sentenceIndex, kind: 'company', acronym: null }, name);
  if (partnerCountry !== null) entry.impliedCountry = partnerCountry;
}
