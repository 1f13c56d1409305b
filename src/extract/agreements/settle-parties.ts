import type { AgreementFinding } from '../passes/agreements.js';
import type { CountryMention } from '../passes/countries.js';
import type { EventFinding } from '../passes/events.js';
import type { ParticipationFinding } from '../passes/participants.js';

/** What the release says around its agreements once people, their countries and occasions are known. */
export interface PartiesContext {
  readonly countries: readonly CountryMention[];
  readonly events: readonly EventFinding[];
  readonly participation: readonly ParticipationFinding[];
  /** ISO alpha-2 per person localId. */
  readonly personCountries: ReadonlyMap<string, string>;
  readonly home: string | null;
}

/**
 * The parties of an agreement whose name does not say them:
 * 1. the countries of the people who sign it (`The MOU was signed by Minister X and Polish
 *    Secretary of State Y` → KR, PL);
 * 2. else the countries named in the sentences that name it (`Korea, China, Japan, Australia and
 *    New Zealand signed the Pacific Accord`), the home country joining when the release speaks for it;
 * 3. a bilateral release (one foreign country) gives an agreement it names without parties, or
 *    with the home side only, its two sides.
 * An agreement whose name states its parties (`Korea–Norway FTA`, `Korea–EFTA FTA`) keeps them.
 */
export function settleParties(agreements: readonly AgreementFinding[], ctx: PartiesContext): AgreementFinding[] {
  const foreignInRelease = new Set(ctx.countries.map((c) => c.code).filter((c) => c !== ctx.home));
  return agreements.map((a) => {
    // `Korea–EFTA FTA` names its parties, a bloc among them, as much as `Korea–Norway FTA` does.
    if (a.parties.length > 0) return a;
    const sentences = new Set(a.mentions.map((m) => m.sentenceIndex));
    const parties = new Set(a.parties);
    for (const code of signatoryCountries(sentences, ctx)) parties.add(code);
    if (parties.size < 2) {
      for (const c of ctx.countries) if (sentences.has(c.sentenceIndex)) parties.add(c.code);
      if (parties.size >= 1 && ctx.home && ![...parties].includes(ctx.home) && ctx.countries.some((c) => c.code === ctx.home)) parties.add(ctx.home);
    }
    const [partner] = foreignInRelease;
    if (partner && foreignInRelease.size === 1 && ctx.home && (parties.size === 0 || (parties.size === 1 && parties.has(ctx.home)))) {
      parties.add(ctx.home).add(partner);
    }
    if (parties.size === 0) return a;
    return { ...a, parties: [...parties].sort() };
  });
}

/** Countries of the signatories of the signings reported in the agreement's sentences. */
function signatoryCountries(sentences: ReadonlySet<number>, ctx: PartiesContext): string[] {
  const signings = new Set(ctx.events.filter((e) => e.kind === 'signing' && e.sentenceIndexes.some((i) => sentences.has(i))).map((e) => e.key));
  const codes: string[] = [];
  for (const p of ctx.participation) {
    if (p.role !== 'signatory' || !signings.has(p.eventKey) || !sentences.has(p.sentenceIndex)) continue;
    const code = ctx.personCountries.get(p.personLocalId);
    if (code) codes.push(code);
  }
  return codes;
}
