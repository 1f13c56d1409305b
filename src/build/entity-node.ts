import type { NodeAttributes, ResolvedEntity } from '../domain/index.js';

/**
 * Of a resolved entity, what its node and MENTIONS edges are made of: not resolution's record of
 * how it was made (locals, merges, kept apart), which only explain reads.
 */
export type GraphEntity = Omit<ResolvedEntity, 'locals' | 'merges' | 'keptApart'>;

/** A resolved entity's node attributes; fields that do not apply are absent, never undefined. */
export function entityAttributes(entity: GraphEntity): NodeAttributes {
  const optional = {
    kind: entity.kind,
    acronym: entity.acronym,
    country: entity.country,
    status: entity.status,
    parties: entity.parties,
    date: entity.date,
    endDate: entity.endDate,
    location: entity.location,
    firstSeen: entity.firstSeen,
    lastSeen: entity.lastSeen,
  };
  const present = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined && value !== ''));
  return { label: entity.label, name: entity.name, aliases: [...entity.aliases], ...present, docIds: [...entity.docIds] };
}
