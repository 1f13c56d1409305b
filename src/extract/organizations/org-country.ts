import type { Mention } from '../../domain/index.js';
import { CITY_COUNTRIES } from '../lexicons/countries.js';
import type { CountryIndex } from './country-index.js';

/** Capitals that are also common words in names of other countries' bodies (`Georgetown University`, `Victoria University`). */
const AMBIGUOUS_CITIES: ReadonlySet<string> = new Set(['Victoria', 'Georgetown', 'Kingston', 'Santiago', 'Washington']);

/** Cities by their first word, so a name's words are looked up once each. */
const CITIES_BY_FIRST_WORD = new Map<string, string[]>();
for (const city of CITY_COUNTRIES.keys()) {
  if (AMBIGUOUS_CITIES.has(city)) continue;
  const first = city.split(' ')[0]!;
  CITIES_BY_FIRST_WORD.set(first, [...(CITIES_BY_FIRST_WORD.get(first) ?? []), city]);
}

/**
 * The country of a city the body's name holds (`Executive Affairs Authority of Abu Dhabi`,
 * `Invest Stockholm`, `Velmar Tokyo Trading`): a body named for a city is that city's country's.
 * The caller leaves international bodies out (`the Shanghai Cooperation Organisation`).
 */
export function cityCountry(name: string): string | null {
  const words = name.split(' ');
  for (let i = 0; i < words.length; i += 1) {
    for (const city of CITIES_BY_FIRST_WORD.get(words[i]!) ?? []) {
      const parts = city.split(' ');
      if (parts.every((p, k) => words[i + k] === p)) return CITY_COUNTRIES.get(city)!;
    }
  }
  return null;
}

/** A country name is never longer than this; a possessive runs at most 4 characters past it. */
const LONGEST_COUNTRY = 60;

/** `Ecuador's side is led by the Ministry of …`: a country's side of talks, and the body that leads it. */
const SIDE_LED_BY = /(?:’s|'s)\s+(?:side|delegation|team|negotiating\s+team)\s+(?:(?:is|was|are|were|will\s+be)\s+)?(?:led|headed)\s+by\s+(?:the\s+|its\s+)?$/;

/**
 * The country a body belongs to, when the text says: a country inside its name (`Korea
 * International Trade Association`, `Embassy of … Uzbekistan`) or a possessive just before a
 * mention (`China’s Ministry of Commerce`), or a country's side of talks that the body leads
 * (`Ecuador's side is led by the Ministry of …`). The first such cue wins.
 */
export function orgCountry(_name: string, mentions: readonly Mention[], body: string, countries: CountryIndex): string | null {
  for (const m of mentions) {
    const near = countries.startingIn(m.start - LONGEST_COUNTRY - 4, m.end);
    const inside = near.find((c) => c.start >= m.start && c.end <= m.end && m.text.startsWith(c.text));
    if (inside) return inside.code;
    const before = near.find((c) => c.end <= m.start && m.start - c.end <= 4 && /^(?:’s|'s)?\s*$/.test(body.slice(c.end, m.start)));
    if (before) return before.code;
    const side = SIDE_LED_BY.exec(body.slice(Math.max(0, m.start - LONGEST_COUNTRY - 40), m.start));
    if (side) {
      const at = m.start - side[0].length;
      const led = countries.startingIn(at - LONGEST_COUNTRY, at).find((c) => c.end === at);
      if (led) return led.code;
    }
  }
  for (const m of mentions) {
    const named = countries.startingIn(m.start, m.end).find((c) => c.end <= m.end);
    if (named) return named.code;
  }
  return null;
}
