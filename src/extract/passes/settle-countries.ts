import { settleParties } from '../agreements/settle-parties.js';
import type { OrganizationFinding } from '../findings.js';
import { settleOrgCountries, type Headline } from '../organizations/settle-country.js';
import { settlePersonCountries } from '../persons/settle-country.js';
import type { Positions } from './04-positions.js';
import type { AgreementFinding } from './agreements.js';
import type { Findings } from './05-entities.js';
import type { ParticipationFinding } from './participants.js';

/** The findings whose countries this step settles, and those it reads. */
export interface Unsettled extends Findings {
  readonly body: string;
  readonly participation: readonly ParticipationFinding[];
  /** The headline and the countries it names. */
  readonly headline?: Headline;
}

/**
 * Step 4b: the country of every person, body and agreement party the text leaves implicit. People
 * first, from titles, the bodies whose country the text states, and the release's countries; then
 * bodies, from the people who hold posts there, a country word heading them, or the release's home
 * country; then agreements, from their signatories and the countries named beside them.
 */
export function settleCountries(f: Unsettled): { readonly orgs: OrganizationFinding[]; readonly positions: Positions; readonly agreements: AgreementFinding[] } {
  const { body, countries, orgs, persons, positions } = f;
  const stated = [...orgs, ...positions.orgs];
  const personCountries = settlePersonCountries(persons, { countries, positions: positions.positions, orgs: stated, stated: positions.countries, home: positions.home, body });
  const ctx = { body, countries, positions: positions.positions, personCountries, home: positions.home, ...(f.headline ? { headline: f.headline } : {}) };
  const settledOrgs = settleOrgCountries(orgs, ctx);
  const homeBody = positions.home !== null && settledOrgs.some((o) => o.country === positions.home);
  return {
    orgs: settledOrgs,
    positions: { ...positions, countries: personCountries, orgs: settleOrgCountries(positions.orgs, ctx) },
    agreements: settleParties(f.agreements, { countries, events: f.events, participation: f.participation, personCountries, home: positions.home, body, homeBody }),
  };
}
