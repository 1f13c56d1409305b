import type { NodeAttributes, ResolvedEntity } from '../domain/index.js';

/** A resolved entity's node attributes; fields that do not apply are absent, never undefined. */
export function entityAttributes(entity: ResolvedEntity): NodeAttributes {
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
