import { COUNTRY_FORMS, countryShortName } from '../lexicons/countries.js';

/** `KORUS FTA`: an acronym of its own before the kind. */
const ACRONYM_NAME = /^([A-Z]{4,7})\s+(?:FTA|CEPA|EPA)$/;

/** Every country code the lexicon knows, read once. */
let allCodes: readonly string[] | undefined;
const codes = (): readonly string[] => (allCodes ??= [...new Set([...COUNTRY_FORMS.values()].map((e) => e.code).filter((c): c is string => c !== null))]);

const letters = (code: string): string => countryShortName(code).replace(/[^\p{L}]/gu, '').toUpperCase();

/**
 * How many letters of an acronym the home country's name gives when the acronym is the start of
 * its name joined to the start of the partner's, in either order (`KOR` + `US`); 0 when it is not.
 */
function homeShare(acronym: string, home: string, partner: string): number {
  let best = 0;
  for (let i = 1; i < acronym.length; i++) {
    if (home.startsWith(acronym.slice(0, i)) && partner.startsWith(acronym.slice(i))) best = Math.max(best, i);
    if (partner.startsWith(acronym.slice(0, i)) && home.startsWith(acronym.slice(i))) best = Math.max(best, acronym.length - i);
  }
  return best;
}

/**
 * `the KORUS FTA`: the two sides an acronym name spells, the home country and the partner whose
 * name starts the rest (`KOR` + `US`). Of several partners that fit (`KO` + `RUS`), one the release
 * names wins, else the one that leaves the home country the most letters; a tie gives none. Empty
 * when no name of the agreement is such an acronym.
 */
export function acronymSides(names: readonly string[], home: string | null, named: ReadonlySet<string>): string[] {
  if (home === null) return [];
  const acronym = names.map((n) => ACRONYM_NAME.exec(n)?.[1]).find((a) => a !== undefined);
  if (acronym === undefined) return [];
  const homeLetters = letters(home);
  const fits = codes()
    .filter((c) => c !== home)
    .map((c) => ({ code: c, score: (named.has(c) ? 100 : 0) + homeShare(acronym, homeLetters, letters(c)) }))
    .filter((f) => f.score % 100 > 0)
    .sort((a, b) => b.score - a.score);
  const [first, second] = fits;
  if (first === undefined || (second !== undefined && second.score === first.score)) return [];
  return [home, first.code].sort();
}
