import type { Document, Extraction, LocalEntity, LocalOrganization, LocalPerson } from '../domain/index.js';

/** One article in the evaluation format of shared/eval/README.md. */
export interface GoldRecord {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly persons: readonly GoldPerson[];
  readonly organizations: readonly GoldOrganization[];
  readonly countries: readonly string[];
  readonly agreements: readonly GoldAgreement[];
  readonly meetings: readonly GoldMeeting[];
}

export interface GoldPerson {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly positions: readonly { readonly title: string; readonly org: string | null }[];
  readonly country: string | null;
}

export interface GoldOrganization {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: string;
  readonly country: string | null;
}

export interface GoldAgreement {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: string;
  readonly parties: readonly string[];
  readonly status: string;
}

export interface GoldMeeting {
  readonly participants: readonly string[];
  readonly date: string | null;
  readonly location: string | null;
  readonly kind: string;
}

const ofLabel = <L extends LocalEntity['label']>(x: Extraction, label: L): Extract<LocalEntity, { label: L }>[] =>
  x.entities.filter((e): e is Extract<LocalEntity, { label: L }> => e.label === label);

/**
 * Writes one document's extraction as an evaluation record: names and aliases, posts by
 * organisation name, country codes, agreements, and one meeting per occasion with two or more
 * participants (people joined by ATTENDED relations to the same event).
 */
export function toGoldRecord(doc: Document, extraction: Extraction): GoldRecord {
  const orgs = new Map(ofLabel(extraction, 'Organization').map((o) => [o.localId, o] as const));
  const persons = ofLabel(extraction, 'Person');
  const personName = new Map(persons.map((p) => [p.localId, p.name] as const));
  return {
    id: doc.id,
    title: doc.title,
    date: doc.date,
    persons: persons.map((p) => goldPerson(p, orgs)),
    organizations: [...orgs.values()].map((o) => ({ name: o.name, aliases: o.aliases, kind: o.kind, country: o.country })),
    countries: ofLabel(extraction, 'Country').map((c) => c.code),
    agreements: ofLabel(extraction, 'Agreement').map((a) => ({ name: a.name, aliases: a.aliases, kind: goldKind(a.kind), parties: a.parties, status: a.status })),
    meetings: ofLabel(extraction, 'Event')
      .map((e) => {
        const ids = extraction.relations.filter((r) => r.type === 'ATTENDED' && r.to === e.localId).map((r) => r.from);
        const participants = [...new Set(ids)].map((id) => personName.get(id)).filter((n): n is string => n !== undefined);
        return { participants, date: e.date, location: e.location, kind: e.kind };
      })
      .filter((m) => m.participants.length >= 2),
  };
}

/** The format's agreement kinds are MOU, FTA, CEPA, EPA, framework, treaty and other: a joint statement is `other`. */
const GOLD_AGREEMENT_KINDS: ReadonlySet<string> = new Set(['MOU', 'FTA', 'CEPA', 'EPA', 'framework', 'treaty', 'other']);
const goldKind = (kind: string): string => (GOLD_AGREEMENT_KINDS.has(kind) ? kind : 'other');

function goldPerson(p: LocalPerson, orgs: ReadonlyMap<string, LocalOrganization>): GoldPerson {
  return {
    name: p.name,
    aliases: p.aliases,
    positions: p.positions.map((pos) => ({ title: pos.title, org: pos.orgLocalId ? (orgs.get(pos.orgLocalId)?.name ?? null) : null })),
    country: p.country,
  };
}
