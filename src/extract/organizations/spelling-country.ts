import { NAME_LETTER_COUNTRIES } from '../lexicons/countries.js';
import type { CountryMention } from '../passes/countries.js';

/** Any letter outside ASCII: most names have none and are passed over with one test. */
const NON_ASCII = /\P{ASCII}/u;

/**
 * The country a body's spelling ties it to (`Ostravská Energetika` in a release naming the Czech
 * Republic → CZ, `Zakłady Velmar` → PL): of the countries whose languages write the name's
 * letters, the one the release names most, else the only one. Undefined when the name is
 * spelt in letters every language writes, or its letters' countries are several and none is
 * named.
 */
export function spellingCountry(name: string, countries: readonly CountryMention[], home: string | null): string | undefined {
  if (!NON_ASCII.test(name)) return undefined;
  const row = NAME_LETTER_COUNTRIES.find(([letters]) => letters.test(name));
  if (!row) return undefined;
  const of = row[1].filter((code) => code !== home);
  const counts = new Map<string, number>();
  for (const c of countries) if (of.includes(c.code)) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const named = [...counts].sort((a, b) => b[1] - a[1]);
  if (named.length > 0) return named[0]![0];
  return of.length === 1 ? of[0]! : undefined;
}
