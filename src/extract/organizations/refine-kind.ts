import type { OrganizationKind } from '../../domain/index.js';
import { ORG_HEADS } from '../lexicons/org-forms.js';

/** `Ministry of …`, `Federal Ministry for …`, `Department of …`: a government body whatever words follow. */
const GOVERNMENT_OPENING = /^(?:Federal\s+)?(?:Ministry|Department)\s+(?:of|for)\b/;
/** `Korea-Uzbekistan Business Council`, `Kyushu Economic Federation`: business people's bodies. */
const BUSINESS_BODY = /\b(?:Business|Industry|Industries|Economic|Employers’?|Employers')\s+(?:Council|Association|Federation|Forum)$/;
/** `Korea–Qatar Joint Economic Commission`, `Korea–France Industrial Cooperation Committee`: a body of two parties. */
const JOINT_HEADS = /\b(?:Committee|Commission|Centre|Center)$/;
const PAIR_OPENING = /^\p{Lu}[\p{L}.]*[-–]\p{Lu}[\p{L}.]*\s/u;

/**
 * The kind a body's whole name gives, over what its head word alone said: an opening `Ministry
 * of` is government (`Ministry of Mineral Resources and Energy`, not a company for `Energy`); a
 * business council or federation is an association; a committee named for two parties
 * (`Korea–Qatar Joint Economic Commission`) is international; a body of kind `other` whose last
 * word is a listed head takes that head's kind (`… Promotion Agency` is government).
 */
export function refineKind(name: string, kind: OrganizationKind, namesTwoParties: boolean): OrganizationKind {
  if (GOVERNMENT_OPENING.test(name)) return 'government';
  if (BUSINESS_BODY.test(name)) return 'association';
  if (namesTwoParties && PAIR_OPENING.test(name) && JOINT_HEADS.test(name)) return 'international';
  if (kind === 'other') {
    const head = ORG_HEADS.get(name.split(' ').at(-1) ?? '');
    if (head && head.kind !== 'other') return head.kind;
  }
  return kind;
}
