import type { Sentence } from '../analysed-text.js';
import { AGREEMENT_ACRONYMS } from '../lexicons/agreements.js';
import { countryShortName } from '../lexicons/countries.js';
import type { CountryMention } from '../passes/countries.js';
import { mayHaveAcronym } from './name-patterns.js';
import type { SentenceHit } from './sentence-hit.js';

/** A partner in a list after `with`: `Chile`, `the EU`, `New Zealand`. */
const PARTNER = String.raw`(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{Ll}]+)?`;
const WITH_PARTNERS = new RegExp(String.raw`\b(FTA|CEPA|EPA|free trade agreement)(s?),?\s+((?:[a-z-]+\s+){0,3})with\s+(${PARTNER}(?:(?:,\s+|,?\s+and\s+)${PARTNER})*)`, 'gu');
/** `Korea's eighth FTA, following those with Chile, …`: `those` stands for the kind in the plural. */
const PLURAL_PRONOUN = /\bthose\s+$/;
/**
 * `Korea now has FTAs in force with Chile, Singapore, EFTA, ASEAN and India`, `Alphania, which has
 * FTAs with A, B and C`: a plural tally of three partners or more is a network, not agreements the
 * release tells of.
 */
const TALLY_PARTNERS = 3;
/**
 * `Three free trade agreements, with China, Vietnam and New Zealand, took effect`: a count that
 * equals the partners listed makes them the agreements the release tells of, tally or not.
 */
const COUNTS: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6]]);
/** Whether a count just before the kind at `at` (`three FTAs with …`) equals the partners listed. */
function counted(text: string, at: number, partners: number): boolean {
  const before = /\b(two|three|four|five|six)\s+(?:new\s+)?$/i.exec(text.slice(Math.max(0, at - 20), at));
  return before !== null && COUNTS.get(before[1]!.toLowerCase()) === partners;
}
/** `Alphania’s first EPA, with …`: the country whose agreement it is, just before its kind. */
const OWNER_BEFORE = /^['’]s\s+(?:[a-z-]+\s+){0,2}$/;
/** The country a possessive right before the kind at `at` names (`Mongolia’s first EPA`), if any. */
function ownerBefore(sentence: Sentence, countries: readonly CountryMention[], at: number): CountryMention | undefined {
  return countries.find((c) => c.form !== 'demonym' && c.end <= sentence.start + at && OWNER_BEFORE.test(sentence.text.slice(c.end - sentence.start, at)));
}

/**
 * `its first FTA with Chile`, `FTA upgrade negotiations with Singapore and ASEAN`: the home
 * country's agreements with the partners, unless a possessive names another owner (`Mongolia’s
 * first EPA, with Japan` is Mongolia's and Japan's).
 */
export function withPartners(sentence: Sentence, countries: readonly CountryMention[], home: string | null): SentenceHit[] {
  const hits: SentenceHit[] = [];
  if (!mayHaveAcronym(sentence.text) && !sentence.text.includes('free trade agreements')) return hits;
  for (const m of sentence.text.matchAll(WITH_PARTNERS)) {
    // `talks on the Alpha–Beta FTA, and with Gamma's minister on …`: a `with` after `and` goes with the clause's verb.
    if (/^(?:and|or)\s/.test(m[3]!)) continue;
    const partnersAt = m.index + m[0].length - m[4]!.length;
    const partners = m[4]!.split(/,\s+|,?\s+and\s+/);
    const plural = m[2] === 's' || PLURAL_PRONOUN.test(m[3]!);
    const isCounted = m[2] === 's' && counted(sentence.text, m.index, partners.length);
    if (plural && partners.length >= TALLY_PARTNERS && !isCounted) continue;
    // `having already concluded FTAs with Alphania and Betania`: a plural with no `the` tallies what the
    // home country has; `the FTAs with Alphania and Betania` (approved, in force) are agreements the release tells of.
    if (plural && !isCounted && !PLURAL_PRONOUN.test(m[3]!) && !/\bthe\s+$/i.test(sentence.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // The kind written out (`free trade agreements, with …`) is read here only when counted; the
    // lower-case phrasings read the rest.
    if (m[1] === 'free trade agreement' && !isCounted) continue;
    const acronym = m[1] === 'free trade agreement' ? 'FTA' : m[1]!;
    const owner = ownerBefore(sentence, countries, m.index)?.code ?? home;
    for (const partner of partners) {
      const word = partner.replace(/^the\s+/, '');
      const at = sentence.text.indexOf(word, partnersAt);
      const code = countries.find((c) => c.start === sentence.start + at)?.code ?? null;
      if (code !== null && code === owner) continue;
      if (code === null && !/^[A-Z]{3,}$/.test(word)) continue; // a bloc (ASEAN) or a country, nothing else
      const homeName = owner ? `${countryShortName(owner)}–` : '';
      const parties = [owner, code].filter((c): c is string => c !== null);
      hits.push({ name: `${homeName}${code ? countryShortName(code) : word} ${acronym}`, aliases: [], kind: AGREEMENT_ACRONYMS.get(acronym)!, parties, start: at, end: at + word.length });
    }
  }
  return hits;
}
