import type { AgreementHit } from './agreement-hit.js';

/**
 * Heads of the documents a meeting adopts rather than signs: a forum's declaration, its action
 * plan, a communiqué, a charter. Joint statements and joint declarations have a reading of their
 * own (written-out), which a `Joint` before the head leaves them to.
 */
const DOCUMENT_HEADS = String.raw`(?:Declaration|Action\s+Plan|Plan\s+of\s+Action|Communiqu[eé]|Charter)`;
/** `Declaration on the Alpha Economy`, `Action Plan for Velmar Partnership`: a capitalised topic after the head. */
const HEAD_TAIL = String.raw`(?:\s+(?:on|for|of)\s+(?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+(?:(?:and|of|the|in|on|for|to)\s+)*[\p{Lu}][\p{L}’'-]*)*)?`;
/** A name headed as a document a meeting adopts (`Alpha Declaration 2031`, `Action Plan for …`), not a joint one. */
export const ADOPTED_DOCUMENT_NAME = new RegExp(String.raw`^(?!.*\bJoint\b).*\b${DOCUMENT_HEADS}\b`, 'u');
/** `Alpha Declaration 2031`, `Action Plan (2032-2034)`: the year or years the document bears. */
const YEARS = String.raw`(?:\s+(?:19|20)\d{2}|\s*\((?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\))?`;
/**
 * An item of the list the verb governs: `the` and the document's name — capitalised words (a place,
 * the meeting's name) before the head, a topic after it, its years.
 */
const ITEM = new RegExp(String.raw`^(?:the|an?)\s+((?:[\p{Lu}\d][\p{L}\d’'.&-]*\s+){0,6}?${DOCUMENT_HEADS}${HEAD_TAIL}${YEARS})(?![\p{L}\d])`, 'u');
/** `adopted the Declaration`: the head alone names no document. */
const HEAD_ONLY = new RegExp(String.raw`^${DOCUMENT_HEADS}$`, 'u');
/** `adopted the Alpha Declaration`, `The ministers adopted the X, the Y and the Z`: the verb and the list after it. */
const ADOPTED = /\badopt(?:ed|s|ing)\s+/g;
/** Where one item of the list ends and the next begins: a comma, or `and` before `the`. */
const NEXT_ITEM = /,\s+(?:and\s+)?(?=(?:the|an?)\s)|\s+and\s+(?=(?:the|an?)\s+[\p{Lu}])/u;

/**
 * `The meeting … adopted the Alpha Declaration`, `reviewed cooperation and adopted the Beta
 * Declaration 2031 and the Action Plan (2032-2034)`: documents a meeting adopts by name are
 * agreements of their own, the kind `other` and signed (they are the meeting's outcome, as a
 * joint statement signed is). Only named ones: `adopted a declaration` says none.
 */
export function adoptedDocuments(sentence: string): AgreementHit[] {
  if (!/\badopt/.test(sentence)) return [];
  const hits: AgreementHit[] = [];
  for (const verb of sentence.matchAll(ADOPTED)) {
    let at = verb.index + verb[0].length;
    const clause = sentence.slice(at).split(/[.;:]/)[0]!;
    for (const item of clause.split(NEXT_ITEM)) {
      const m = ITEM.exec(item);
      // An item the list names otherwise (`the Joint Statement on …`) is passed over; anything else ends the list.
      if (!/^(?:the|an?)\s+[\p{Lu}]/u.test(item)) break;
      const start = sentence.indexOf(item, at);
      at = start + item.length;
      if (!m || /\bJoint\b/.test(m[1]!) || HEAD_ONLY.test(m[1]!.replace(/\s+/g, ' '))) continue;
      const from = start + item.indexOf(m[1]!);
      hits.push({ name: m[1]!.replace(/\s+/g, ' '), aliases: [], kind: 'other', parties: [], start: from, end: from + m[1]!.length, stated: 'signed' });
    }
  }
  return hits;
}
