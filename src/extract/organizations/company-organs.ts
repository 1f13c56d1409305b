import { INTERNATIONAL_ORGS } from '../lexicons/international-orgs.js';
import { ORG_HEADS } from '../lexicons/org-forms.js';
import type { OrgTable } from './org-table.js';

/**
 * `the Velgaz Management Committee`, `the Ostrana Supervisory Board`: a company's governing organ
 * named after the company. The organ is no body of its own; its chairman serves the company.
 */
const COMPANY_ORGAN = /^(\p{Lu}[\p{L}\d&.-]*(?: \p{Lu}[\p{L}\d&.-]*){0,2}) (?:Management Committee|Management Board|Supervisory Board|Board of Directors)$/u;
/** …and the same organ with the company after `of`: `the Management Committee of Velgaz`. */
const ORGAN_OF_COMPANY = /^(?:Management Committee|Management Board|Supervisory Board|Board of Directors) of (\p{Lu}[\p{L}\d&.-]*(?: \p{Lu}[\p{L}\d&.-]*){0,2})$/u;

/**
 * Words that say what an organ does rather than whose it is (`the Technical Management Board`, `the
 * Executive Board of Directors`): a name made only of them names no company.
 */
const ORGAN_QUALIFIERS = new Set(['Technical', 'Executive', 'Joint', 'General', 'Central', 'Advisory', 'Steering', 'Operating', 'Strategic', 'Programme', 'Program', 'Project', 'Standing', 'Interim', 'National', 'International', 'Regional', 'Global']);

/**
 * Reads a body named `<Company> Management Committee` or `Management Committee of <Company>` (and the like) as the company itself, when
 * the words before the organ name a company: no head word of another kind of body (`… Ministry
 * Management Board`), no listed international body (`ISO Technical Management Board`), not only
 * words of the organ's role (`the Technical Management Board`).
 */
export function foldCompanyOrgans(table: OrgTable): void {
  for (const entry of [...table.entries]) {
    // Most names end in neither organ word: one suffix test passes them over.
    const after = entry.name.startsWith('Management ') || entry.name.startsWith('Supervisory ') || entry.name.startsWith('Board of ');
    if (!after && !entry.name.endsWith('Committee') && !entry.name.endsWith('Board') && !entry.name.endsWith('Directors')) continue;
    const company = (after ? ORGAN_OF_COMPANY : COMPANY_ORGAN).exec(entry.name)?.[1];
    if (company === undefined) continue;
    const words = company.split(' ');
    if (words.some((w) => (ORG_HEADS.get(w)?.kind ?? 'company') !== 'company' || INTERNATIONAL_ORGS.has(w))) continue;
    if (words.every((w) => ORGAN_QUALIFIERS.has(w))) continue;
    const known = table.find(company);
    if (known && known !== entry) {
      table.merge(entry, known);
      continue;
    }
    table.rename(entry, company, false);
    entry.aliases.delete(company);
    entry.kind = 'company';
  }
}
