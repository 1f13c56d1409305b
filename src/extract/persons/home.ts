import type { OrganizationFinding } from '../findings.js';
import type { CountryMention } from '../passes/countries.js';

/** The country a release speaks for: the one it names most (Korea in MOTIR releases). */
export function homeCountry(countries: readonly CountryMention[]): string | null {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/**
 * The ministry that issued the release: the most-mentioned `Ministry of …` not tied to another
 * country. Bare ministerial titles (`Trade Minister Ahn`) belong to it.
 */
export function homeMinistry(orgs: readonly OrganizationFinding[], home: string | null): OrganizationFinding | null {
  const ministries = orgs.filter((o) => o.kind === 'government' && /^Ministry of\b/.test(o.name) && (o.country === null || o.country === home));
  // `MOTIE will seek …`: a release may name its ministry by acronym alone.
  const acronyms = orgs.filter((o) => o.kind === 'government' && /^MO[A-Z]{2,4}$/.test(o.name) && (o.country === null || o.country === home));
  const mostNamed = (list: readonly OrganizationFinding[]): OrganizationFinding | undefined =>
    [...list].sort((a, b) => b.mentions.length - a.mentions.length || a.localId.localeCompare(b.localId))[0];
  return mostNamed(ministries) ?? mostNamed(acronyms) ?? null;
}
