import type { AgreementKind } from '../../domain/index.js';
import { KINDS_BY_TOPIC } from '../lexicons/agreements.js';

/**
 * The kind an agreement's topic gives when its head gave only `other`: `Agreement on Trade in
 * Services` → FTA, `agreement on cooperation in green energy` → treaty. Any other kind stands.
 */
export function kindByTopic(name: string, kind: AgreementKind): AgreementKind {
  if (kind !== 'other') return kind;
  return KINDS_BY_TOPIC.find((k) => k.pattern.test(name.trim()))?.kind ?? kind;
}
