import type { EventKind } from '../../domain/index.js';
import type { CountryMention } from '../passes/countries.js';

const SIGNING_HEAD = /\bsign(?:ed|ing)\b/i;
const CEREMONY = /ceremony/i;
const SIGNING = /\bsigning\b/i;
const MULTILATERAL = /\b(?:trilateral|multilateral|plenary)\b/i;
const BILATERAL = /\bbilateral\b/i;

/**
 * Sharpens the kind a head suggests with its sentence: a signing ceremony is a `signing`; a
 * meeting is `multilateral` when the sentence says so, `bilateral` when it says so or names
 * exactly two countries.
 */
export function refineKind(kind: EventKind, head: string, sentence: string, countries: readonly CountryMention[]): EventKind {
  if (SIGNING_HEAD.test(head) || (CEREMONY.test(head) && SIGNING.test(sentence))) return 'signing';
  if (kind !== 'other' && kind !== 'bilateral') return kind;
  if (MULTILATERAL.test(sentence)) return 'multilateral';
  if (BILATERAL.test(sentence) || new Set(countries.map((c) => c.code)).size === 2) return 'bilateral';
  return kind;
}
