import { fold } from '../fold.js';
import type { OrganizationFinding } from '../findings.js';
import { countryShortName } from '../lexicons/countries.js';

/**
 * A body a title implies for a foreign official takes the generic name of its portfolio (`Kenyan
 * Foreign Minister X` → `Ministry of Foreign Affairs`); where the release holds another
 * country's body of that name, or one that name opens (the home `Ministry of Foreign Affairs and
 * Trade`), the two are told apart by the foreign one's country: `Ministry of Foreign Affairs of
 * Kenya`, as the annotations write it (9 of 11 releases holding two such ministries). Only bodies
 * whose name the title gives (`sure`: a title row's, or `Minister of X`'s `Ministry of X`) are so
 * named: a `Ministry of Trade` spelt from `Trade Minister` is a guess at the name, which the
 * country would not make surer.
 */
export function qualifyImpliedBodies(
  implied: readonly OrganizationFinding[],
  named: readonly OrganizationFinding[],
  sure: ReadonlySet<OrganizationFinding>,
  home: string | null,
): OrganizationFinding[] {
  const all = [...named, ...implied];
  return implied.map((o) => {
    if (!sure.has(o) || o.country === null || o.country === home || o.country === 'EU') return o;
    const key = fold(o.name);
    const clash = all.some((p) => p !== o && p.country !== o.country && (fold(p.name) === key || fold(p.name).startsWith(`${key} `)));
    return clash ? { ...o, name: `${o.name} of ${countryShortName(o.country)}` } : o;
  });
}
