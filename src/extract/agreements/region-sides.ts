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
 * When its sentences state how many sides it has (`in force with all five partner countries, now
 * that Panama has completed …`) and name fewer, the members the release names are the parties if
 * they are that many. Empty when no name of the agreement has a region side.
 */
export function regionParties(names: readonly string[], inItsSentences: Iterable<string>, inRelease: Iterable<string>, stated: number | null = null): string[] {
  const members = new Set<string>();
  for (const [side, codes] of SIDE_OF) if (names.some((n) => side.test(n))) for (const c of codes) members.add(c);
  if (members.size === 0) return [];
  const beside = [...new Set(inItsSentences)].filter((c) => members.has(c));
  const named = [...new Set(inRelease)].filter((c) => members.has(c));
  if (beside.length > 0 && !(stated !== null && beside.length < stated && named.length === stated)) return beside;
  return named;
}

const COUNTS: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);
/** `with ministers of five Central American countries`, `with all five partner countries`: a count of the other sides. */
const SIDES_COUNTED = /\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:partner\s+|member\s+)?(?:[\p{Lu}][\p{Ll}]+\s+){0,2}(?:countries|states|nations|partners)\b/iu;

/** The count of sides the words after a name state, up to the end of its sentence (`… with all five partner countries`), or null. */
export function statedSides(after: string): number | null {
  const clause = after.split(/[.;](?:\s|$)/)[0] ?? '';
  const m = SIDES_COUNTED.exec(clause);
  return m ? COUNTS.get(m[1]!.toLowerCase())! : null;
}

/** `Guatemala, which took part in the negotiations, will be able to join the agreement once …`: a country to join later. */
const JOINS_LATER = /^(?:\s*,[^,.;]*,)?\s*(?:will|would|may|might|could|can|is\s+expected\s+to|plans?\s+to)\s+(?:be\s+able\s+to\s+|later\s+)?(?:join|accede\s+to)\b/;

/** Whether the clause after a country's name says it is to join later (`… may join later`). */
export const joinsLater = (after: string): boolean => JOINS_LATER.test(after);
