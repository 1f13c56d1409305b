import { KOREA, type MinistryName } from '../domain/index.js';

/**
 * A government body's change of name, with the date the new name took effect. Data, not logic:
 * the general rule in passes/06-renames.ts finds renames it can see in the corpus; these come from
 * the home ministry's names over time (ResolveOptions.homeMinistry), whose names change more than
 * a trailing word.
 */
export interface KnownRename {
  readonly from: string;
  readonly fromAcronym: string | null;
  readonly to: string;
  readonly toAcronym: string | null;
  /** ISO date the new name took effect. */
  readonly date: string;
}

/** Each name of a ministry to the next, in date order: `MKE → MOTIE` on 2013-03-23, `MOTIE → MOTIR` on 2025-10-01. */
export function renamesOf(names: readonly MinistryName[]): KnownRename[] {
  const ordered = [...names].filter((n) => n.from !== null).sort((a, b) => (a.from! < b.from! ? -1 : a.from! > b.from! ? 1 : 0));
  return ordered.slice(1).map((to, i) => {
    const from = ordered[i]!;
    return { from: from.name, fromAcronym: from.acronym, to: to.name, toAcronym: to.acronym, date: to.from! };
  });
}

/** The renames of Korea's trade ministry, the default home ministry. */
export const KNOWN_RENAMES: readonly KnownRename[] = Object.freeze(renamesOf(KOREA.ministry));
