import { KOREAN_SURNAMES, KOREAN_SURNAME_VARIANTS } from '../lexicons/korean-surnames.js';
import { NOT_NAME_WORDS } from '../lexicons/name-parts.js';
import { COMPANY_NOUNS_CORE, EVENT_WORDS, NON_ORG_ACRONYMS, NON_ORG_WORDS, ORG_HEADS } from '../lexicons/org-forms.js';
import { TITLE_NOUNS } from '../lexicons/titles.js';
import { type CoveredOffsets, type Word, isAcronym } from '../words.js';
import type { OrgTable } from './org-table.js';

/** Plural nouns after which `such as` / `including` lists companies: `suppliers such as …`. */
const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'companies', 'firms', 'investors', 'suppliers', 'partners', 'manufacturers', 'makers', 'enterprises', 'corporations',
  'businesses', 'players', 'automakers', 'chipmakers', 'carmakers', 'conglomerates', 'exporters', 'producers',
  'affiliates', 'subsidiaries',
]);
/** Nouns that make a possessive name a company: `Acme’s plant`, `Acme’s new operations`. */
const BUSINESS_NOUNS = /^(?:plant|plants|factory|factories|expansion|operations|subsidiary|headquarters|shares|production|facility|facilities|investment|investments|products|headquarter|mill|refinery|fab|campus|steelworks|shipyard|smelter|stake)$/;
/** A lower-case brand word is tagged as a noun, never as `and` or `for`. */
const BRAND_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'X']);
const SEPARATORS = new Set([',', 'and', '&']);
const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['’s', "'s", '’', "'"]);
const MAX_WORDS = 4;

interface Span {
  readonly from: number;
  readonly to: number;
}

/** `JK vortex`, `L&F`, `T-Gas`, `NovaChem BX`: a word that can be part of a company's name. */
function companyWord(words: readonly Word[], k: number): boolean {
  const t = words[k]?.text ?? '';
  if (/^[\p{Lu}\d]/u.test(t)) return !TITLE_NOUNS.has(t) && !NON_ORG_WORDS.has(t) && !EVENT_WORDS.has(t);
  // `JK vortex`: a lower-case brand word after an upper-case one.
  return /^\p{Ll}+$/u.test(t) && t.length > 2 && isAcronym(words[k - 1]?.text ?? '') && k > 0 && BRAND_POS.has(words[k]!.pos);
}

/** The name ending at word `to` (exclusive), read leftwards: at most four company words. */
function itemEndingAt(words: readonly Word[], to: number): Span | null {
  let from = to;
  while (from > 0 && to - from < MAX_WORDS && companyWord(words, from - 1)) from -= 1;
  return from < to ? { from, to } : null;
}

/** The name starting at word `from`, read rightwards, stopping before a separator or lower case. */
function itemStartingAt(words: readonly Word[], from: number): Span | null {
  let to = from;
  if (!/^[\p{Lu}\d]/u.test(words[from]?.text ?? '')) return null;
  while (to < words.length && to - from < MAX_WORDS && companyWord(words, to)) {
    to += 1;
    // `the Velmar Growers’ Association`, `Velmar Cattlemen's Association`: a possessive inside the name, a head word closing it.
    if (POSSESSIVE_WORDS.has(words[to]?.text ?? '') && ORG_HEADS.has(words[to + 1]?.text ?? '')) to += 2;
  }
  return to > from ? { from, to } : null;
}

/** Skips a bracketed gloss after a name: `Brightwell (semiconductor materials),`. */
function afterGloss(words: readonly Word[], k: number): number {
  if (words[k]?.text !== '(') return k;
  let j = k;
  while (j < words.length && words[j]!.text !== ')') j += 1;
  return j + 1;
}

/**
 * Company names written without a form word, read off their context: the members of a list
 * that holds a named company (`Hanbit Electronics, Acme and Zenith`), the list after `suppliers
 * such as …`, and a possessive before a business noun (`Acme’s expansion of its plant`). A member
 * must not be a country, a person, a title or a known non-body word.
 */
export function addListedCompanies(table: OrgTable, sentences: readonly (readonly Word[])[], blocked: CoveredOffsets, countryStarts: ReadonlySet<number> = new Set()): void {
  // Read once up front: what this pass adds lies in the sentence being read, never a later one.
  const companiesBySentence = new Map<number, Map<number, number>>();
  for (const e of table.entries) {
    if (e.kind !== 'company') continue;
    for (const m of e.mentions) {
      let at = companiesBySentence.get(m.sentenceIndex);
      if (!at) companiesBySentence.set(m.sentenceIndex, (at = new Map()));
      at.set(m.start, m.end);
    }
  }
  const none = new Map<number, number>();
  const terms = termAcronyms(sentences);
  for (const words of sentences) {
    const companyAt = companiesBySentence.get(words[0]?.sentenceIndex ?? -1) ?? none;
    const found: Span[] = [];
    words.forEach((w, i) => {
      const end = companyAt.size > 0 ? companyAt.get(w.start) : undefined;
      if (end !== undefined) {
        let last = i;
        while (words[last + 1] && words[last + 1]!.start < end) last += 1;
        found.push(...siblings(words, i, last + 1));
      } else {
        // `A and Velco signed …, and B and Velco signed …`: a member read earlier in the sentence
        // is a company where it stands again, and so are its own list partners there.
        const again = found.find((f) => f.from < i && sameWords(words, f, i));
        if (again) found.push(...siblings(words, i, i + again.to - again.from));
      }
      const cue = listCue(words, i);
      if (cue > 0) found.push(...membersFrom(words, cue));
      const named = appositionCue(words, i);
      if (named > 0) found.push(...wholeList(words, named));
      const others = othersCue(words, i);
      if (others > 0) found.push(...membersBefore(words, others));
      const delegates = delegatesCue(words, i);
      if (delegates > 0) found.push(...membersFrom(words, delegates));
      if ((w.text === '’s' || w.text === "'s") && BUSINESS_NOUNS.test(nextNoun(words, i + 1))) {
        const item = itemEndingAt(words, i);
        if (item && !/^(?:The|Its|Their|Our)$/.test(words[item.from]!.text)) found.push(item);
      }
      // `France’s EDF, a losing bidder`: an undefined acronym a country's possessive owns is its company
      // (a body the release defines, a ministry's `MO…` or an agency's `K…` shape was read before).
      if ((w.text === '’s' || w.text === "'s") && countryStarts.has(words[i - 1]?.start ?? -1) && ownedAcronym(words, i + 1) && !terms.has(words[i + 1]!.text)) found.push({ from: i + 1, to: i + 2 });
      if (w.text === 'its') {
        const owner = ownerOfIts(words, i);
        if (owner) found.push(owner);
      }
    });
    for (const span of found) add(table, words, span, blocked, countryStarts);
  }
}

/**
 * Acronyms the release defines by a lower-case phrase (`oil country tubular goods (OCTG)`): a
 * product's or a term's, so `Korea’s OCTG exports` names goods, not a company.
 */
/** Singular nouns that make a lower-case phrase before an acronym a company's own: `the state utility (KVP)`. */
const COMPANY_NOUN_BEFORE_ACRONYM = new RegExp(`^(?:${COMPANY_NOUNS_CORE}|enterprise|manufacturer|supplier|group|subsidiary|affiliate|insurer|bank|carrier|airline|exporter|importer|shipbuilder|steelmaker|automaker|chipmaker)$`);

function termAcronyms(sentences: readonly (readonly Word[])[]): ReadonlySet<string> {
  const found = new Set<string>();
  for (const words of sentences) {
    for (let i = 2; i + 1 < words.length; i += 1) {
      if (words[i - 1]!.text === '(' && words[i + 1]!.text === ')' && isAcronym(words[i]!.text) && /^\p{Ll}+$/u.test(words[i - 2]!.text) && !COMPANY_NOUN_BEFORE_ACRONYM.test(words[i - 2]!.text)) found.add(words[i]!.text);
    }
  }
  return found;
}

/** Whether the words of `span` are written again from word `k`. */
function sameWords(words: readonly Word[], span: Span, k: number): boolean {
  for (let j = span.from; j < span.to; j += 1) if (words[k + j - span.from]?.text !== words[j]!.text) return false;
  return true;
}

/** An upper-case word of letters at `k` no capitalised word continues, and no currency, unit or trade term. */
function ownedAcronym(words: readonly Word[], k: number): boolean {
  const t = words[k]?.text ?? '';
  // Letters only: `Korea’s APR1400` is a reactor model, not a company.
  return isAcronym(t) && /^[\p{Lu}&]{3,}$/u.test(t) && !NON_ORG_ACRONYMS.has(t.toUpperCase()) && !/^[\p{Lu}\d]/u.test(words[k + 1]?.text ?? '');
}

/** How many lower-case words (a verb phrase) may stand between an owner and its `its`. */
const OWNER_REACH = 6;
/** How many modifiers may stand between `its` and the business noun: `its first overseas automotive steel sheet plant`. */
const ITS_REACH = 6;
/** Capitalised words that open a clause without naming anything. */
const PRONOUN_LIKE = /^(?:The|It|This|That|These|Those|Its|Their|Our|He|She|They|We|Each|Both|All)$/;

/**
 * `Velco opened its first overseas plant`, `Among the results, Velco will speed up construction
 * of its steelworks`: the subject of a clause that owns a business (`its` plant, not `his`) is a
 * company. The subject must open the clause and a verb phrase of lower-case words must follow it.
 */
function ownerOfIts(words: readonly Word[], i: number): Span | null {
  let n = i + 1;
  while (n < words.length && n - i <= ITS_REACH && MODIFIER.test(words[n]!.text) && !BUSINESS_NOUNS.test(words[n]!.text)) n += 1;
  if (!BUSINESS_NOUNS.test(words[n]?.text ?? '')) return null;
  let k = i;
  while (k > 0 && i - k < OWNER_REACH && /^\p{Ll}[\p{Ll}-]*$/u.test(words[k - 1]!.text) && !/^(?:and|or|but|said|says|with)$/.test(words[k - 1]!.text)) k -= 1;
  if (k === i || k === 0 || !/^[\p{Lu}\d]/u.test(words[k - 1]!.text)) return null;
  const item = itemEndingAt(words, k);
  if (!item || PRONOUN_LIKE.test(words[item.from]!.text) || personLike(words, item)) return null;
  // `…, and Velco opened its plant`: a clause that a comma and `and` open.
  const afterCommaAnd = words[item.from - 1]?.text === 'and' && words[item.from - 2]?.text === ',';
  return opensClause(words, item.from) || afterCommaAnd ? item : null;
}

/** `suppliers such as` / `companies, including` / `firms include`: index of the first member, or -1. */
function listCue(words: readonly Word[], i: number): number {
  const noun = words[i]?.text ?? '';
  // Every cue noun is a plural in -s: most words fail that before any lookup.
  if (noun.charCodeAt(noun.length - 1) !== 115 || !COMPANY_NOUNS.has(noun)) return -1;
  // `companies, including …`: a comma may set the list off.
  const k = words[i + 1]?.text === ',' ? i + 1 : i;
  const a = words[k + 1]?.text;
  if (a === 'such' && words[k + 2]?.text === 'as') return k + 3;
  if (a === 'including' || a === 'like' || a === 'include' || a === 'included') return k + 2;
  // `Selected major firms include …`
  return -1;
}

/** `three Japanese manufacturers, Acme, Zenith and Apex`: index of the first member a comma sets after the noun, or -1. */
function appositionCue(words: readonly Word[], i: number): number {
  const noun = words[i]?.text ?? '';
  if (noun.charCodeAt(noun.length - 1) !== 115 || !COMPANY_NOUNS.has(noun) || words[i + 1]?.text !== ',') return -1;
  return /^[\p{Lu}\d]/u.test(words[i + 2]?.text ?? '') ? i + 2 : -1;
}

/**
 * The members from `k` when they make a whole list closed by `and` or `or` and the sentence's
 * end or a comma (`manufacturers, A, B and C.`), else none: a single name after the comma may be
 * the clause's subject (`exporters, Acme said`).
 */
function wholeList(words: readonly Word[], k: number): Span[] {
  const members = membersFrom(words, k);
  const last = members.at(-1);
  if (members.length < 2 || !last) return [];
  const joint = words[last.from - 1]?.text;
  const after = words[afterGloss(words, last.to)]?.text ?? '.';
  return (joint === 'and' || joint === 'or') && /^[.,;:]$/.test(after) ? members : [];
}

/** Words that count the others of a list: `and several other companies`. */
const QUANTIFIERS = new Set(['several', 'many', 'some', 'a', 'few', 'two', 'three', 'four', 'five', 'numerous', 'various']);

/**
 * `Acme, Zenith and several other Korean companies`: a list that ends in `and … other <company
 * noun>` names companies; index of its `and`, or -1. At most one word (`Korean`, `major`) may
 * stand between `other` and the noun.
 */
function othersCue(words: readonly Word[], i: number): number {
  const noun = words[i]?.text ?? '';
  if (noun.charCodeAt(noun.length - 1) !== 115 || !COMPANY_NOUNS.has(noun)) return -1;
  let k = words[i - 1]?.text === 'other' ? i - 1 : words[i - 2]?.text === 'other' ? i - 2 : -1;
  if (k < 0) return -1;
  while (k > 0 && i - k < 6 && QUANTIFIERS.has(words[k - 1]!.text)) k -= 1;
  return words[k - 1]?.text === 'and' ? k - 1 : -1;
}

/** Tags of a capitalised word that opens a clause, not a name: `In Seoul, …`, `Meanwhile, …`. */
const OPENER_POS = new Set(['ADP', 'DET', 'PRON', 'SCONJ', 'ADV', 'CCONJ']);

/** Members of a list read leftwards from its closing `and` at `k`: `Acme, Zenith and …`. */
function membersBefore(words: readonly Word[], k: number): Span[] {
  const out: Span[] = [];
  let j = k;
  for (;;) {
    const item = itemEndingAt(words, j);
    if (!item || personLike(words, item) || PLACE_PREPOSITIONS.has(words[item.from - 1]?.text ?? '') || OPENER_POS.has(words[item.from]!.pos)) return out;
    out.push(item);
    if (words[item.from - 1]?.text !== ',') return out;
    j = item.from - 1;
  }
}

/** Plural nouns for the people a company sends: `representatives of A, B and C`, `the heads of A and B`. */
const DELEGATE_NOUNS: ReadonlySet<string> = new Set(['representatives', 'executives', 'heads', 'CEOs', 'chairmen']);

/** Index of the first member after `<delegates> of`, or -1. */
function delegatesCue(words: readonly Word[], i: number): number {
  // `the heads of 14 institutes`: a count, not a name.
  return DELEGATE_NOUNS.has(words[i]?.text ?? '') && words[i + 1]?.text === 'of' && /^\p{Lu}/u.test(words[i + 2]?.text ?? '') ? i + 2 : -1;
}

/** A lower-case modifier a possessive's noun may follow: `new`, `planned`, `12-million-ton`. */
const MODIFIER = /^[\p{Ll}\d][\p{Ll}\d-]*$/u;

/** The noun a possessive governs, past up to two modifiers: `’s new operations`, `’s planned 12-million-ton steelworks`. */
function nextNoun(words: readonly Word[], k: number): string {
  const [a = '', b = '', c = ''] = [words[k]?.text, words[k + 1]?.text, words[k + 2]?.text];
  if (BUSINESS_NOUNS.test(a)) return a;
  if (BUSINESS_NOUNS.test(b)) return b;
  return MODIFIER.test(a) && MODIFIER.test(b) && a !== 'and' && b !== 'and' && b !== 'of' ? c : '';
}

/** Members of a list starting at word `k`: `A, B (gloss), C and D`. */
function membersFrom(words: readonly Word[], k: number): Span[] {
  const out: Span[] = [];
  let j = k;
  for (;;) {
    if (words[j]?.text === 'the') j += 1;
    const item = itemStartingAt(words, j);
    // A member runs into a separator or ends the list: `Acme, Zenith and Apex are …`, never
    // `Kim Ji-ho, Vice Chairman …`.
    if (!item || personLike(words, item)) return out;
    j = afterGloss(words, item.to);
    if (/^[\p{Lu}\d]/u.test(words[j]?.text ?? '')) return out;
    // `partners, including the Velmar-Korea consultations`: a name before a plural noun modifies it, it is no
    // member (a particle inside a name, `Velmar des Hydrocarbures`, is too short to be one).
    if (words[j]?.pos === 'NOUN' && /^\p{Ll}{3,}s$/u.test(words[j]!.text)) return out;
    // `…, and Jane Roe, Vice President of Acme`, `…, and Jane Roe, Governor of the Central Bank`:
    // a name with a post after its comma is a person.
    if (words[j]?.text === ',' && (TITLE_START.test(words[j + 1]?.text ?? '') || TITLE_NOUNS.has(words[j + 1]?.text ?? ''))) return out;
    out.push(item);
    if (words[j]?.text === ',' && words[j + 1]?.text === 'and') j += 2;
    else if (SEPARATORS.has(words[j]?.text ?? '')) j += 1;
    else return out;
  }
}

/** The other members of a list that holds the company at words [from, to). */
function siblings(words: readonly Word[], from: number, to: number): Span[] {
  const out: Span[] = [];
  // Rightwards: `Acme, Zenith and Hanbit Electronics` read from Acme's side too.
  let j = afterGloss(words, to);
  const listed = SEPARATORS.has(words[j]?.text ?? '');
  if (listed) {
    if (words[j]?.text === ',' && words[j + 1]?.text === 'and') j += 2;
    else j += 1;
    out.push(...membersFrom(words, j));
  }
  // Leftwards, only inside a list that goes on (`Zenithal, Hanbit Electronics, …`), so the place
  // ending a clause (`… in Ulsan, Acme signed`) is not read as a company.
  let k = from - 1;
  // `Velcor and the Hanbit Development Bank signed …`: an article may open the named company.
  const pairAnd = words[k]?.text === 'the' && words[k - 1]?.text === 'and' ? k - 1 : k;
  // `Velcor and Hanbit Electronics signed …`: the pair that opens a clause (`On Monday, A and B …`).
  if (!listed && words[pairAnd]?.text === 'and') {
    k = pairAnd;
    const item = itemEndingAt(words, k);
    if (item && !personLike(words, item) && (opensClause(words, item.from) || acronymLed(words, item) || (passiveAgent(words, item.from) && !surnameAlone(words, item)))) out.push(item);
  }
  while (listed && k > 0 && SEPARATORS.has(words[k]!.text)) {
    if (words[k]!.text === 'and' && words[k - 1]?.text === ',') k -= 1;
    const item = itemEndingAt(words, k);
    if (!item || personLike(words, item) || PLACE_PREPOSITIONS.has(words[item.from - 1]?.text ?? '')) break;
    out.push(item);
    k = item.from - 1;
  }
  return out;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'near', 'into']);

/** `executives of VK Gas and …`: a name of two or more words led by an acronym is a company's, wherever the pair stands. */
const acronymLed = (words: readonly Word[], span: Span): boolean =>
  span.to - span.from >= 2 && isAcronym(words[span.from]!.text) && !NON_ORG_ACRONYMS.has(words[span.from]!.text.toUpperCase()) && /^\p{Ll}/u.test(words[span.from - 1]?.text ?? '');

/** Conjunctions that open a clause of their own: `after Velcor and Hanbit Electronics filed a petition`. */
const SUBORDINATORS = new Set(['after', 'when', 'while', 'because', 'since', 'before', 'once', 'until', 'although', 'though', 'whereas']);

/**
 * Whether word `k` opens a clause: the sentence's first word, the first after a conjunction, the
 * first after an adverbial's comma (`On the same day, …`), or the first after a comma and `and`
 * that join two clauses (`…, and Velco and Hanbit Steel signed …`).
 */
const opensClause = (words: readonly Word[], k: number): boolean =>
  k === 0 ||
  SUBORDINATORS.has(words[k - 1]!.text) ||
  (words[k - 1]?.text === ',' && /^[\p{Ll}\d]/u.test(words[k - 2]?.text ?? '') && !PLACE_PREPOSITIONS.has(words[k - 3]?.text ?? '')) ||
  (words[k - 1]?.text === 'and' && words[k - 2]?.text === ',' && /^[\p{Ll}\d]/u.test(words[k - 3]?.text ?? ''));

/** `a consortium led by Velco and Hanbit Heavy Industries`: the pair that is a passive's agent acts together. */
const passiveAgent = (words: readonly Word[], k: number): boolean => words[k - 1]?.text === 'by' && /(?:ed|en|lt)$/.test(words[k - 2]?.text ?? '');

/** `signed by Lee and Velco`: a surname alone names a person the release introduced before. */
const surnameAlone = (words: readonly Word[], span: Span): boolean =>
  span.to - span.from === 1 && (KOREAN_SURNAMES.has(words[span.from]!.text) || KOREAN_SURNAME_VARIANTS.has(words[span.from]!.text));

/** The first word of a post: `Vice President`, `CEO`, `Chief Executive`, `Senior Vice President`, `head`. */
const TITLE_START = /^(?:Vice|Senior|Executive|Chief|Managing|Deputy|CEO|COO|CFO|CTO|President|Chairman|Chairwoman|Chairperson|Chair|Director|Founder|head|Minister|Secretary|Ambassador|Governor|Commissioner|Administrator|Mayor)$/;

/** `Kim Ji-ho`: a Korean personal name is a person, not a company. */
const personLike = (words: readonly Word[], span: Span): boolean =>
  span.to - span.from === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[span.to - 1]!.text);

function add(table: OrgTable, words: readonly Word[], span: Span, blocked: CoveredOffsets, countryStarts: ReadonlySet<number>): void {
  const ws = words.slice(span.from, span.to);
  // `Saudi Velcoil and Acme Corporation …`: a listed name may open with a country's word when more words follow it.
  const countryLed = ws.length >= 2 && countryStarts.has(ws[0]!.start);
  if (ws.some((w, k) => blocked.has(w.start) && !(k === 0 && countryLed))) return;
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  if (ws.every((w) => NOT_NAME_WORDS.has(w.text)) || NOT_NAME_WORDS.has(first.text)) return;
  if (ws.length === 1 && NON_ORG_ACRONYMS.has(first.text.toUpperCase())) return;
  // `27.91 percent for A, 29.62 percent for B`: a figure between list members names nothing.
  if (!ws.some((w) => /\p{L}/u.test(w.text))) return;
  if (personLike(words, span)) return;
  const name = ws.map((w, i) => (i > 0 && w.start > ws[i - 1]!.end ? ' ' : '') + w.text).join('');
  // `producers, including the Velmar Cattle Association`: a member a body's head word closes is that kind of body.
  const kind = ORG_HEADS.get(last.text)?.kind ?? 'company';
  table.add({ name, start: first.start, end: last.end, sentenceIndex: first.sentenceIndex, kind, acronym: null }, name);
}
