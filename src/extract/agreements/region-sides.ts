import { REGION_SIDES } from '../lexicons/agreements.js';
import { DASH } from './name-patterns.js';

/** `Korea–Central America FTA`: the region as a side of a compound name, not the words alone. */
const SIDE_OF = REGION_SIDES.map(([region, codes]) => [new RegExp(`(?:${DASH}${region}\\b|\\b${region}${DASH})`), new Set(codes)] as const);

/**
 * The countries a region side of an agreement's name stands for: those of the region named in the
 * sentences that name the agreement (`signed the Korea–Central America FTA with ministers from Costa
 * Rica, Honduras and Panama` → CR, HN, PA), else those the release names anywhere (`Korea and six
 * Central American countries – Costa Rica, … – concluded their negotiations`). A member named
 * elsewhere when the signing sentence lists others (`Guatemala may join later`) is not a party.
 * Empty when no name of the agreement has a region side.
 */
export function regionParties(names: readonly string[], inItsSentences: Iterable<string>, inRelease: Iterable<string>): string[] {
  const members = new Set<string>();
  for (const [side, codes] of SIDE_OF) if (names.some((n) => side.test(n))) for (const c of codes) members.add(c);
  if (members.size === 0) return [];
  const beside = [...new Set(inItsSentences)].filter((c) => members.has(c));
  return beside.length > 0 ? beside : [...new Set(inRelease)].filter((c) => members.has(c));
}
