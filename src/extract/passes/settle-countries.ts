import type { OrganizationFinding } from '../findings.js';
import { settleOrgCountries } from '../organizations/settle-country.js';
import { settlePersonCountries } from '../persons/settle-country.js';
import type { PersonRecord } from '../persons/person-group.js';
import type { Positions } from './04-positions.js';
import type { CountryMention } from './countries.js';

/**
 * Step 4b: the country of every person and body the text leaves implicit. People first, from
 * titles, the bodies whose country the text states, and the release's countries; then bodies, from
 * the people who hold posts there, a country word heading them, or the release's home country.
 */
export function settleCountries(
  body: string,
  countries: readonly CountryMention[],
  orgs: readonly OrganizationFinding[],
  persons: readonly PersonRecord[],
  positions: Positions,
): { readonly orgs: OrganizationFinding[]; readonly positions: Positions } {
  const stated = [...orgs, ...positions.orgs];
  const personCountries = settlePersonCountries(persons, { countries, positions: positions.positions, orgs: stated, stated: positions.countries, home: positions.home });
  const ctx = { body, countries, positions: positions.positions, personCountries, home: positions.home };
  return {
    orgs: settleOrgCountries(orgs, ctx),
    positions: { ...positions, countries: personCountries, orgs: settleOrgCountries(positions.orgs, ctx) },
  };
}
