/** Node labels of the graph. Keep graph-schema/schema.json equal to these (a test checks). */
export const NODE_LABELS = ['Person', 'Organization', 'Country', 'Agreement', 'Event', 'Document'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Entity labels are the node labels that extraction produces (documents are not extracted). */
export type EntityLabel = Exclude<NodeLabel, 'Document'>;
export const ENTITY_LABELS: readonly EntityLabel[] = ['Person', 'Organization', 'Country', 'Agreement', 'Event'];

/**
 * Relationship types.
 * MET: person–person, took part in the same occasion (stored once per pair, source < target by key).
 * ATTENDED: person → event, with role. HOLDS_POSITION: person → organisation, with title.
 * PARTY_TO: organisation or country → agreement. SIGNED: person → agreement.
 * REPRESENTS: person → country. BASED_IN: organisation → country. HELD_IN: event → country.
 * ABOUT: event → agreement (a negotiation round, a signing). RENAMED_TO: organisation → organisation.
 * MENTIONS: document → any entity.
 */
export const RELATIONSHIP_TYPES = [
  'MET',
  'ATTENDED',
  'HOLDS_POSITION',
  'PARTY_TO',
  'SIGNED',
  'REPRESENTS',
  'BASED_IN',
  'HELD_IN',
  'ABOUT',
  'RENAMED_TO',
  'MENTIONS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const ORGANIZATION_KINDS = ['government', 'company', 'association', 'international', 'research', 'other'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const AGREEMENT_KINDS = ['MOU', 'FTA', 'CEPA', 'EPA', 'framework', 'treaty', 'joint_statement', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['signed', 'negotiating', 'in_force', 'planned', 'mentioned'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const EVENT_KINDS = ['bilateral', 'multilateral', 'signing', 'ceremony', 'conference', 'negotiation_round', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
