import { INTERNATIONAL_ORGS } from '../lexicons/international-orgs.js';
import { AGREEMENT_WORDS, NON_ORG_ACRONYMS } from '../lexicons/org-forms.js';
import { type CoveredOffsets, type Word, isAcronym, isCapitalised } from '../words.js';
import { acronymFits } from './acronym-match.js';
import type { OrgTable } from './org-table.js';

/** Korean public bodies go by `K…` acronyms (`KOSME`), ministries by `MO…` (`MOTIE`, `MOEF`). */
const KOREAN_BODY_SHAPE = /^K[A-Z]{3,5}$/;
const MINISTRY_SHAPE = /^MO[A-Z]{2,4}$/;

/** A word of five letters or more in title case (`Mercosur`): an acronym that became a word, never `Who` or `Iran`. */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}{4,}$/u;

/** How many words after `ASEAN-Korea` may end its `… Commemorative Summit`. */
const SUMMIT_REACH = 5;
/** `ASEAN-related summits`, `ASEAN-Korea Commemorative Summit`: the bloc first in a compound naming its meeting. */
const BLOC_COMPOUND = /^([A-Z]{3,6})[-\u2010-\u2013](?:related$|\p{Lu})/u;
const MEETING_NOUN = /^(?:[Ss]ummits?|[Mm]inisterial|[Mm]eetings?)$/;

/**
 * The international body that opens a compound naming a meeting it holds with others
 * (`the ASEAN-Korea Commemorative Summit`, `the ASEAN-related summits`): the body takes part,
 * as it does not in `the Korea-ASEAN FTA`, an agreement's name.
 */
function hostingBloc(w: Word, after: readonly Word[]): { name: string; acronym: string } | null {
  const m = BLOC_COMPOUND.exec(w.text);
  const name = m ? INTERNATIONAL_ORGS.get(m[1]!) : undefined;
  if (!m || !name || !after.some((a) => MEETING_NOUN.test(a.text))) return null;
  return { name, acronym: m[1]! };
}

/**
 * Acronyms the release uses as an agreement's name: one before an agreement word (`the KOVEL
 * FTA`) or bracketed after one (`Free Trade Agreement (KVFTA)`). Such an acronym names the
 * agreement wherever it stands (`KOVEL Amendments`), so it is never read as a body.
 */
export function agreementAcronyms(sentences: readonly (readonly Word[])[]): ReadonlySet<string> {
  const found = new Set<string>();
  for (const words of sentences) {
    for (const [i, w] of words.entries()) {
      if (!isAcronym(w.text) || AGREEMENT_WORDS.has(w.text)) continue;
      const bracketed = words[i - 1]?.text === '(' && words[i + 1]?.text === ')' && AGREEMENT_WORDS.has(words[i - 2]?.text ?? '');
      if (bracketed || AGREEMENT_WORDS.has(words[i + 1]?.text ?? '')) found.add(w.text);
    }
  }
  return found;
}

/**
 * Upper-case words naming a body on their own: acronyms the document defined, international
 * bodies (`WTO`), an acronym that fits a body named in full elsewhere in the text, and the shapes
 * Korean agencies and ministries use. Anything else in capitals (`USD`, `EV`), and an acronym
 * the release gives an agreement (`agreements`), is left alone.
 */
export function addStandaloneAcronyms(table: OrgTable, words: readonly Word[], covered: CoveredOffsets, agreements: ReadonlySet<string> = new Set()): void {
  for (const [i, w] of words.entries()) {
    // An acronym starts with a capital: most words stop here, before any string is built.
    if (!isCapitalised(w.text)) continue;
    const host = hostingBloc(w, words.slice(i + 1, i + 1 + SUMMIT_REACH));
    if (host && !covered.has(w.start)) {
      table.add({ name: host.name, start: w.start, end: w.start + host.acronym.length, sentenceIndex: w.sentenceIndex, acronym: host.acronym, kind: 'international' }, host.acronym);
      continue;
    }
    const acronym = w.text.endsWith('s') ? w.text.replace(/’s$|'s$/, '') : w.text;
    // `Korea and Mercosur`: a listed body whose acronym became a word, written in title case.
    const worded = TITLE_CASE_WORD.test(acronym) && !covered.has(w.start) ? INTERNATIONAL_ORGS.get(acronym.toUpperCase()) : undefined;
    if (worded) {
      table.add({ name: worded, start: w.start, end: w.start + acronym.length, sentenceIndex: w.sentenceIndex, acronym: acronym.toUpperCase(), kind: 'international' }, acronym);
      continue;
    }
    // `Ostrenka Chairman X`: a body's short name in title case, defined in brackets after its name.
    const defined = worded === undefined && TITLE_CASE_WORD.test(acronym) && !covered.has(w.start) ? table.find(acronym) : undefined;
    if (defined?.acronym === acronym) {
      table.add({ name: defined.name, start: w.start, end: w.start + acronym.length, sentenceIndex: w.sentenceIndex, acronym, kind: defined.kind }, acronym);
      continue;
    }
    if (!isAcronym(acronym) || covered.has(w.start) || NON_ORG_ACRONYMS.has(acronym.toUpperCase()) || agreements.has(acronym)) continue;
    const candidate = { name: acronym, start: w.start, end: w.start + acronym.length, sentenceIndex: w.sentenceIndex, acronym };
    const known = table.find(acronym);
    if (known) {
      table.add({ ...candidate, name: known.name, kind: known.kind }, acronym);
      continue;
    }
    // A body whose acronym the text already gave (`KOSA`) is not also `KOSME`.
    const fitting = acronym.length >= 3 ? table.entries.find((e) => !e.acronym && acronymFits(acronym, e.name.split(/\s+/))) : undefined;
    if (fitting) {
      table.setAcronym(fitting, acronym);
      table.add({ ...candidate, name: fitting.name, kind: fitting.kind }, acronym);
      continue;
    }
    const international = INTERNATIONAL_ORGS.get(acronym);
    if (international) {
      table.add({ ...candidate, name: international, kind: 'international' }, acronym);
    } else if (MINISTRY_SHAPE.test(acronym)) {
      table.add({ ...candidate, kind: 'government', acronym: null }, acronym);
    } else if (KOREAN_BODY_SHAPE.test(acronym)) {
      // Named nowhere in full: a `K…` acronym is most often a public agency, so government is the likelier kind.
      table.add({ ...candidate, kind: 'government', acronym: null }, acronym);
    }
  }
}
