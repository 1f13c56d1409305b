import type { Mention } from '../../domain/index.js';
import type { CountryIndex } from './country-index.js';

/** A country name is never longer than this; a possessive runs at most 4 characters past it. */
const LONGEST_COUNTRY = 60;

/**
 * The country a body belongs to, when the text says: a country inside its name (`Korea
 * International Trade Association`, `Embassy of … Uzbekistan`) or a possessive just before a
 * mention (`China’s Ministry of Commerce`). The first such cue wins.
 */
export function orgCountry(_name: string, mentions: readonly Mention[], body: string, countries: CountryIndex): string | null {
  for (const m of mentions) {
    const near = countries.startingIn(m.start - LONGEST_COUNTRY - 4, m.end);
    const inside = near.find((c) => c.start >= m.start && c.end <= m.end && m.text.startsWith(c.text));
    if (inside) return inside.code;
    const before = near.find((c) => c.end <= m.start && m.start - c.end <= 4 && /^(?:’s|'s)?\s*$/.test(body.slice(c.end, m.start)));
    if (before) return before.code;
  }
  for (const m of mentions) {
    const named = countries.startingIn(m.start, m.end).find((c) => c.end <= m.end);
    if (named) return named.code;
  }
  return null;
}
