import type { OrganizationFinding } from '../findings.js';
import type { CountryIndex } from './country-index.js';

/**
 * `Velmar’s Secretariat of Energy (SENER) and Secretariat of Economy`: a possessive scopes over a
 * list of bodies with no second determiner, so the second is the first one's country's.
 * `Velmar’s Agency for Mines under the Ministry of Economy`: a body a named one sits under is its
 * country's too.
 */
const COORDINATED_GAP = /^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:and|under\s+the)\s+$/u;

/** The words a gap ends with, checked before any body is looked for. */
const GAP_END = /(?:\band|\bunder\s+the)\s+$/u;

/** `the Velmar government will designate staff in its Ministry of Economy`: `its` before a government body. */
const ITS_BEFORE = /\bits\s+$/u;

/** How far back `its` may look for the country it stands for, within the sentence. */
const ANTECEDENT_REACH = 240;

/**
 * Gives a government body the text leaves without a country the country its neighbours give:
 * the body it is listed after or sits under (when that one's country the text said), else the
 * country `its` before it stands for, the last one named earlier in the sentence. Runs before
 * any default, so a foreign ministry written this way is not taken for home's.
 */
export function settleByNeighbours(findings: readonly OrganizationFinding[], body: string, countries: CountryIndex): OrganizationFinding[] {
  const byEnd = new Map<number, OrganizationFinding>();
  for (const f of findings) if (f.kind === 'government' && f.country !== null) for (const m of f.mentions) byEnd.set(m.end, f);
  return findings.map((f) => {
    if (f.kind !== 'government' || f.country !== null) return f;
    const country = listedAfter(f, body, byEnd) ?? standsForIts(f, body, countries);
    return country === null ? f : { ...f, country };
  });
}

function listedAfter(f: OrganizationFinding, body: string, byEnd: ReadonlyMap<number, OrganizationFinding>): string | null {
  for (const m of f.mentions) {
    if (!GAP_END.test(body.slice(Math.max(0, m.start - 12), m.start))) continue;
    // The gap is matched from its own start: find the body whose mention ends where it begins.
    for (let at = Math.max(0, m.start - 40); at < m.start; at += 1) {
      const first = byEnd.get(at);
      if (first && first !== f && COORDINATED_GAP.test(body.slice(at, m.start))) return first.country;
    }
  }
  return null;
}

function standsForIts(f: OrganizationFinding, body: string, countries: CountryIndex): string | null {
  for (const m of f.mentions) {
    if (!ITS_BEFORE.test(body.slice(Math.max(0, m.start - 5), m.start))) continue;
    const before = countries.startingIn(m.start - ANTECEDENT_REACH, m.start).filter((c) => c.sentenceIndex === m.sentenceIndex && c.end <= m.start);
    if (before.length > 0) return before[before.length - 1]!.code;
  }
  return null;
}
