import type { Sentence } from '../analysed-text.js';
import { AGREEMENT_ACRONYMS } from '../lexicons/agreements.js';
import { countryShortName } from '../lexicons/countries.js';
import type { CountryMention } from '../passes/countries.js';
import { mayHaveAcronym } from './name-patterns.js';
import type { SentenceHit } from './sentence-hit.js';

/** A partner in a list after `with`: `Chile`, `the EU`, `New Zealand`. */
const PARTNER = String.raw`(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{Ll}]+)?`;
const WITH_PARTNERS = new RegExp(String.raw`\b(FTA|CEPA|EPA)(s?)\s+(?:[a-z-]+\s+){0,3}with\s+(${PARTNER}(?:(?:,\s+|,?\s+and\s+)${PARTNER})*)`, 'gu');
/**
 * `Korea now has FTAs in force with Chile, Singapore, EFTA, ASEAN and India`, `Alphania, which has
 * FTAs with A, B and C`: a plural tally of three partners or more is a network, not agreements the
 * release tells of.
 */
const TALLY_PARTNERS = 3;
/** `its first FTA with Chile`, `FTA upgrade negotiations with Singapore and ASEAN`. */
export function withPartners(sentence: Sentence, countries: readonly CountryMention[], home: string | null): SentenceHit[] {
  const hits: SentenceHit[] = [];
  if (!mayHaveAcronym(sentence.text)) return hits;
  for (const m of sentence.text.matchAll(WITH_PARTNERS)) {
    const partnersAt = m.index + m[0].length - m[3]!.length;
    const partners = m[3]!.split(/,\s+|,?\s+and\s+/);
    if (m[2] === 's' && partners.length >= TALLY_PARTNERS) continue;
    for (const partner of partners) {
      const word = partner.replace(/^the\s+/, '');
      const at = sentence.text.indexOf(word, partnersAt);
      const code = countries.find((c) => c.start === sentence.start + at)?.code ?? null;
      if (code !== null && code === home) continue;
      if (code === null && !/^[A-Z]{3,}$/.test(word)) continue; // a bloc (ASEAN) or a country, nothing else
      const homeName = home ? `${countryShortName(home)}–` : '';
      const parties = [home, code].filter((c): c is string => c !== null);
      hits.push({ name: `${homeName}${code ? countryShortName(code) : word} ${m[1]!}`, aliases: [], kind: AGREEMENT_ACRONYMS.get(m[1]!)!, parties, start: at, end: at + word.length });
    }
  }
  return hits;
}
