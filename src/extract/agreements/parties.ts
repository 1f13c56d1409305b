import { countryShortName } from '../lexicons/countries.js';
import type { CountryMention } from '../passes/countries.js';

/** Text of the party countries, `Korea–Uzbekistan`, in the order the codes are given. */
export const compoundOf = (codes: readonly string[]): string => codes.map(countryShortName).join('–');

export function partiesIn(span: string, countries: readonly CountryMention[], offset: number): string[] {
  return [...new Set(countries.filter((c) => c.start >= offset && c.end <= offset + span.length).map((c) => c.code))];
}
