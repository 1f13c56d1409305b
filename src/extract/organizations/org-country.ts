import type { Mention } from '../../domain/index.js';
import type { CountryMention } from '../passes/countries.js';

/**
 * The country a body belongs to, when the text says: a country inside its name (`Korea
 * International Trade Association`, `Embassy of … Uzbekistan`) or a possessive just before a
 * mention (`China’s Ministry of Commerce`). The first such cue wins.
 */
export function orgCountry(_name: string, mentions: readonly Mention[], body: string, countries: readonly CountryMention[]): string | null {
  for (const m of mentions) {
    const inside = countries.find((c) => c.start >= m.start && c.end <= m.end && m.text.startsWith(c.text));
    if (inside) return inside.code;
    const before = countries.find((c) => c.end <= m.start && m.start - c.end <= 4 && /^(?:’s|'s)?\s*$/.test(body.slice(c.end, m.start)));
    if (before) return before.code;
  }
  const named = countries.find((c) => mentions.some((m) => c.start >= m.start && c.end <= m.end));
  return named?.code ?? null;
}
