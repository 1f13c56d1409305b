import type { Evidence, LocalRelation } from '../../domain/index.js';
import type { ParticipationFinding } from './participants.js';
import { agreementId, compareIds, countryId, eventId, type Findings } from './05-entities.js';

type MakeEvidence = (start: number, end: number) => Evidence;

/**
 * Step 6: the relations the document states, each with the sentence and span supporting it.
 * MET joins every pair of people taking part in the same occasion (from the smaller local id),
 * once per occasion.
 */
export function assembleRelations(f: Findings, participation: readonly ParticipationFinding[], evidence: MakeEvidence): LocalRelation[] {
  const out: LocalRelation[] = [];
  const rel = (type: LocalRelation['type'], from: string, to: string, props: Record<string, string>, start: number, end: number): void => {
    out.push({ type, from, to, props, evidence: evidence(start, end) });
  };
  for (const p of f.positions.positions) {
    if (p.orgLocalId) rel('HOLDS_POSITION', p.personLocalId, p.orgLocalId, p.bodyByTitle ? { title: p.title, body: 'by-title' } : { title: p.title }, p.start, p.end);
  }
  for (const person of f.persons) {
    const code = f.positions.countries.get(person.localId);
    const first = person.mentions[0];
    if (code && first) rel('REPRESENTS', person.localId, countryId(code), {}, first.start, first.end);
  }
  for (const org of [...f.orgs, ...f.positions.orgs]) {
    const first = org.mentions[0];
    if (org.country && first) rel('BASED_IN', org.localId, countryId(org.country), {}, first.start, first.end);
  }
  f.agreements.forEach((a, i) => {
    const first = a.mentions[0];
    if (!first) return;
    for (const code of a.parties) rel('PARTY_TO', countryId(code), agreementId(i), { status: a.status }, first.start, first.end);
  });
  // Agreements by the sentences naming them, once: scanning every agreement for every occasion was quadratic.
  const agreementsBySentence = new Map<number, number[]>();
  f.agreements.forEach((a, i) => {
    for (const s of new Set(a.mentions.map((m) => m.sentenceIndex))) {
      const list = agreementsBySentence.get(s);
      if (list) list.push(i);
      else agreementsBySentence.set(s, [i]);
    }
  });
  for (const e of f.events) {
    const first = e.mentions[0];
    if (e.country && first) rel('HELD_IN', eventId(e.key), countryId(e.country), {}, first.start, first.end);
    if (e.kind !== 'signing' && e.kind !== 'negotiation_round') continue;
    const sentences = new Set(e.sentenceIndexes);
    const named = new Set(e.sentenceIndexes.flatMap((s) => agreementsBySentence.get(s) ?? []));
    for (const i of [...named].sort((a, b) => a - b)) {
      const m = f.agreements[i]!.mentions.find((x) => sentences.has(x.sentenceIndex))!;
      rel('ABOUT', eventId(e.key), agreementId(i), {}, m.start, m.end);
    }
  }
  const signings = new Set(f.events.filter((e) => e.kind === 'signing').map((e) => e.key));
  for (const p of participation) {
    rel('ATTENDED', p.personLocalId, eventId(p.eventKey), { role: p.role }, p.start, p.end);
    // A signatory of a signing signs the agreements named in the sentences reporting it.
    if (p.role !== 'signatory' || !signings.has(p.eventKey)) continue;
    for (const i of agreementsBySentence.get(p.sentenceIndex) ?? []) rel('SIGNED', p.personLocalId, agreementId(i), {}, p.start, p.end);
  }
  met(participation, rel);
  return out.sort((a, b) => a.type.localeCompare(b.type) || compareIds(a.from, b.from) || compareIds(a.to, b.to) || a.evidence.start - b.evidence.start);
}

type RelFn = (type: LocalRelation['type'], from: string, to: string, props: Record<string, string>, start: number, end: number) => void;

function met(participation: readonly ParticipationFinding[], rel: RelFn): void {
  const byEvent = new Map<string, ParticipationFinding[]>();
  for (const p of participation) {
    const list = byEvent.get(p.eventKey);
    if (list) list.push(p);
    else byEvent.set(p.eventKey, [p]);
  }
  for (const [key, ps] of byEvent) {
    const firstOf = new Map<string, ParticipationFinding>();
    for (const p of ps) if (!firstOf.has(p.personLocalId)) firstOf.set(p.personLocalId, p);
    const people = [...firstOf.keys()].sort(compareIds);
    for (let i = 0; i < people.length; i += 1) {
      for (let j = i + 1; j < people.length; j += 1) {
        const a = firstOf.get(people[i]!)!;
        const b = firstOf.get(people[j]!)!;
        // The evidence is the later of the two participation spans' sentence: where both are known present.
        const later = a.start > b.start ? a : b;
        rel('MET', people[i]!, people[j]!, { event: key }, later.start, later.end);
      }
    }
  }
}
