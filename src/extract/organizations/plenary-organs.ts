import { INTERNATIONAL_ORGS } from '../lexicons/international-orgs.js';
import type { OrgTable } from './org-table.js';

/** `the UN General Assembly`, `the WTO General Council`: a listed body's plenary organ, named after it. */
const PLENARY_ORGAN = /^(.+) General (?:Assembly|Council|Conference)$/;

/** Full names by themselves and by their acronyms: `UN` and `United Nations` both lead to `United Nations`. */
const FULL_NAMES = new Map<string, { name: string; acronym: string }>();
for (const [acronym, name] of INTERNATIONAL_ORGS) {
  FULL_NAMES.set(acronym, { name, acronym });
  FULL_NAMES.set(name, { name, acronym });
}

/**
 * Reads a listed international body's plenary organ (`on the margins of the United Nations General
 * Assembly`, `at the 47th ISO General Assembly`) as the body itself: the organ is where the body's
 * members meet, and a release names it for the session, not as a body apart. The organ's name stays
 * an alias, so the body is found by either.
 */
export function foldPlenaryOrgans(table: OrgTable): void {
  for (const entry of [...table.entries]) {
    // Most names hold no `General`: one substring test passes them over.
    if (!entry.name.includes(' General ')) continue;
    const owner = PLENARY_ORGAN.exec(entry.name)?.[1];
    const body = owner === undefined ? undefined : FULL_NAMES.get(owner);
    if (body === undefined) continue;
    const known = table.find(body.name) ?? table.find(body.acronym);
    if (known && known !== entry) {
      table.merge(entry, known);
      continue;
    }
    const organ = entry.name;
    table.rename(entry, body.name, false);
    entry.aliases.add(organ);
    table.setAcronym(entry, body.acronym);
    entry.kind = 'international';
  }
}
