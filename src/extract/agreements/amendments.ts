import type { SentenceHit } from './sentence-hit.js';

/**
 * `signed the protocol amending the X`, `witnessed the signing of the amendment to the X`: a signed
 * amendment is a document of its own beside the agreement it amends (which stays in force). Group 1
 * is the amendment's words before the agreement's name.
 */
const SIGNED_AMENDMENT = /\b(?:sign(?:ed|ing|s)?(?:\s+of)?|initial(?:l)?ed|exchanged)\s+(?:the\s+|an?\s+)?((?:amendment|protocol)s?\s+(?:to|amending)\s+(?:the\s+)?)$/;
/** How far before an agreement's name the amendment's words may start. */
const REACH = 60;

/** The signed amendments of the agreements a sentence names, each named `amendment to the X`. */
export function signedAmendments(text: string, named: readonly SentenceHit[]): SentenceHit[] {
  const hits: SentenceHit[] = [];
  for (const hit of named) {
    if (hit.bare || hit.kind === 'MOU' || hit.kind === 'joint_statement') continue;
    const words = SIGNED_AMENDMENT.exec(text.slice(Math.max(0, hit.start - REACH), hit.start))?.[1];
    if (!words) continue;
    const start = hit.start - words.length;
    hits.push({ name: `${words}${hit.name}`, aliases: [], kind: 'other', parties: hit.parties, start, end: hit.end, stated: 'signed' });
  }
  return hits;
}
