import type { AgreementKind } from '../../domain/index.js';
import { KINDS_BY_TOPIC } from '../lexicons/agreements.js';

/**
 * The kind an agreement's topic gives when its head gave only `other`: `Agreement on Trade in
 * Services` → FTA, `agreement on cooperation in green energy` → treaty. Any other kind stands, but
 * for a phrasing that names another instrument than its head (`Protocol Amending the … FTA`).
 */
export function kindByTopic(name: string, kind: AgreementKind): AgreementKind {
  const trimmed = name.trim();
  return KINDS_BY_TOPIC.find((k) => (kind === 'other' || k.overHead === true) && k.pattern.test(trimmed))?.kind ?? kind;
}
