import type { Sentence } from '../analysed-text.js';
import { AGREEMENT_ACRONYMS, SPELLED_KINDS, TRADE_BLOCS } from '../lexicons/agreements.js';
import { COUNTRY_FORMS } from '../lexicons/countries.js';
import type { CountryMention } from '../passes/countries.js';
import { COMPOUND, COMPOUND_WIDE, DASH, NOT_AGREEMENT_ACRONYMS, SPELLED_ACRONYM, mayHaveAcronym } from './name-patterns.js';
import { partiesIn } from './parties.js';
import type { SentenceHit } from './sentence-hit.js';

// `Korea–Ruritania Lithium Cooperation MOU`: a few capitalised words may stand between parties and kind.
const COMPOUND_ACRONYM = new RegExp(`(?<![\\p{L}])(${COMPOUND}(?:\\s+[\\p{Lu}][\\p{L}]*){0,3})\\s+(CEPA|FTA|EPA|MOU|MoU)(?![\\p{L}])`, 'gu');
/** `the ALBEX FTA`: an acronym of its own before the kind (inside `Alphania–EFTA FTA` it is read as the compound's). */
const ACRONYM_KIND = /(?<![\p{L}\d])([A-Z]{3,7})\s+(FTA|CEPA|EPA)(?![\p{L}\d])/gu;
const SPELLED_COMPOUND = new RegExp(
  `(?<![\\p{L}])(${COMPOUND_WIDE})\\s+(${SPELLED_KINDS.map(([k]) => k).join('|')})(?:\\s*\\((CEPA|FTA|EPA)\\))?(?![\\p{L}])`,
  'gu',
);
const DOUBLED_ACRONYM = /\b(CEPA|FTA|EPA|MOU|MoU)\s+\1$/;
/** `a Korea–Chile–Peru free trade agreement (FTA)` → `Korea–Chile–Peru FTA`. */
/** How many sides of a compound (`Alphania–SACU`, `ASEAN–Alphania`) are trade blocs. */
const blocSides = (compound: string): number => compound.split(new RegExp(DASH)).filter((side) => TRADE_BLOCS.has(side.trim())).length;

export function spelledCompounds(sentence: Sentence, countries: readonly CountryMention[]): SentenceHit[] {
  const hits: SentenceHit[] = [];
  if (!sentence.text.includes(' agreement')) return hits;
  for (const m of sentence.text.matchAll(SPELLED_COMPOUND)) {
    const acronym = m[3] ?? SPELLED_ACRONYM.get(m[2]!)!;
    const parties = partiesIn(m[1]!, countries, sentence.start + m.index);
    // `Alphania–SACU free trade agreement`: a trade bloc is a side though it is no country.
    if (parties.length + blocSides(m[1]!) < 2) continue;
    hits.push({ name: `${m[1]!} ${acronym}`, aliases: [`${m[1]!} ${m[2]!}`], kind: AGREEMENT_ACRONYMS.get(acronym)!, parties, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/**
 * `Korea-US FTA`: a side the sentence's country mentions leave out (a short form read as a word
 * elsewhere) is still a country when the whole side is one of its forms.
 */
function withSideForms(compound: string, parties: readonly string[]): string[] {
  const sides = compound.split(new RegExp(DASH)).map((side) => side.trim());
  const codes = sides.map((side) => COUNTRY_FORMS.get(side)?.code ?? null).filter((c): c is string => c !== null);
  return [...new Set([...parties, ...codes])];
}

export function compounds(sentence: Sentence, countries: readonly CountryMention[]): SentenceHit[] {
  const hits: SentenceHit[] = [];
  if (!mayHaveAcronym(sentence.text)) return hits;
  for (const m of sentence.text.matchAll(ACRONYM_KIND)) {
    if (NOT_AGREEMENT_ACRONYMS.has(m[1]!) && !TRADE_BLOCS.has(m[1]!)) continue;
    // `the UAE CEPA`: a country's acronym is a side of the home country's agreement, read by the compounds.
    if (countries.some((c) => c.start === sentence.start + m.index)) continue;
    hits.push({ name: m[0], aliases: [], kind: AGREEMENT_ACRONYMS.get(m[2]!)!, parties: [], start: m.index, end: m.index + m[0].length });
  }
  for (const m of sentence.text.matchAll(COMPOUND_ACRONYM)) {
    const kind = AGREEMENT_ACRONYMS.get(m[2]!)!;
    const parties = withSideForms(m[1]!, partiesIn(m[1]!, countries, sentence.start + m.index));
    // `the Korea–UK FTA FTA amendment negotiations`: a release's doubled acronym is one.
    hits.push({ name: m[0].replace(DOUBLED_ACRONYM, '$1'), aliases: [], kind, parties, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
