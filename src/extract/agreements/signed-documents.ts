import { TOPIC_CONNECTOR } from './name-patterns.js';
import type { SentenceHit } from './sentence-hit.js';
import { PURPOSE_END } from './statement-topics.js';

/** `a letter of intent`, and the statements and declarations of intent governments also sign. */
const OF_INTENT_KINDS = '(?:letter|statement|declaration) of intent';

/**
 * `signed a pump supply contract with X`, `signed the final contract with X, a subsidiary of Y,
 * to build two reactors at Z`, `signed a letter of intent to develop …` (or a statement or declaration of intent),
 * `signed heads of terms giving …`: a signed document known by
 * its lower-case kind, named with the words before it and its purpose after the aside.
 */
const SIGNED_DOCUMENT = new RegExp(String.raw`\bsigned\s+(?:(?:a|an|the)\s+((?:[a-z][a-z-]*\s+){0,3}?)(contract|${OF_INTENT_KINDS})|()(heads of terms))\b`, 'g');
/** What a contract is for, after the other party, the place and the day: `to build …`, `for two units`. */
const DOCUMENT_PURPOSE = /(?:^|[\s,])((?:to|for)\s+(?!(?:the\s+)?(?:Korea|\d))|on\s+(?!(?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)))/g;
const DOCUMENT_WORDS_MAX = 10;

/**
 * `the shipping cooperation letter of intent that the two governments signed`, `the letter of intent
 * signed by power companies … to build a wind farm`, `witnessed MOUs … and a letter of intent on
 * shipbuilding`: a letter of intent the sentence reports signed, wherever the verb stands. Its
 * purpose is read up to the next comma only, so a later clause does not name it.
 */
const LETTER_OF_INTENT = new RegExp(String.raw`\b(?:a|an|the)\s+((?:[a-z][a-z-]*\s+){0,3}?)(${OF_INTENT_KINDS})\b`, 'g');
const OF_INTENT = new RegExp(String.raw`\b${OF_INTENT_KINDS}\b`);
const SIGNING_REPORTED = /\b(?:signed|signing|witnessed|exchanged)\b/;

export function signedDocuments(text: string): SentenceHit[] {
  const hits: SentenceHit[] = [];
  const signed = text.includes('signed') ? [...text.matchAll(SIGNED_DOCUMENT)].map((m) => ({ m, clauseEnd: /[.;]/ })) : [];
  const lettersOfIntent = text.includes(' of intent') && OF_INTENT.test(text) && SIGNING_REPORTED.test(text)
    ? [...text.matchAll(LETTER_OF_INTENT)].filter((m) => !/\bsigned\s+$/.test(text.slice(0, m.index))).map((m) => ({ m, clauseEnd: /[.;,]/, stated: 'signed' as const }))
    : [];
  for (const { m, clauseEnd, stated } of [...signed, ...lettersOfIntent] as { m: RegExpExecArray; clauseEnd: RegExp; stated?: 'signed' }[]) {
    const head = `${(m[1] ?? m[3] ?? '').replace(/^(?:final|new|two|three|several)\s+/, '')}${m[2] ?? m[4]!}`;
    const start = m.index + m[0].length - head.length;
    const clause = text.slice(m.index + m[0].length).split(clauseEnd)[0]!.slice(0, 200);
    let name = head;
    const purpose = DOCUMENT_PURPOSE.exec(clause);
    DOCUMENT_PURPOSE.lastIndex = 0;
    if (purpose) {
      const rest = clause.slice(purpose.index + purpose[0].length - purpose[1]!.length);
      const stop = PURPOSE_END.exec(rest);
      const words = rest.slice(0, stop ? stop.index : rest.length).split(/\s+/).filter(Boolean).slice(0, DOCUMENT_WORDS_MAX);
      while (words.length > 0 && (TOPIC_CONNECTOR.test(words.at(-1)!) || /^(?:with|in|at|worth)$/.test(words.at(-1)!))) words.pop();
      // `with Zenith II in June 2025`: what follows `in`, `with`, `worth` is no purpose.
      const cut = words.findIndex((w, i) => i > 0 && /^(?:with|worth|in)$/.test(w) && /^(?:\p{Lu}|\d)/u.test(words[i + 1] ?? ''));
      const kept = cut > 0 ? words.slice(0, cut) : words;
      if (kept.length >= 2) name = `${head} ${kept.join(' ')}`;
    }
    // A letter of intent whose sentence reports a signing (`builds on the letter of intent the two sides signed`) is signed.
    // `heads of terms to develop three fields` is also written `heads of terms on three fields`.
    const toVerb = /^to\s+(?:jointly\s+)?[a-z]+\s+(?:(?:the|an?)\s+)?(.+)$/.exec(name.slice(head.length).trim());
    const onForm = toVerb ? [`${head} on ${toVerb[1]!}`] : [];
    hits.push({ name, aliases: name === head ? [] : [head, ...onForm], kind: 'other', parties: [], start, end: start + head.length, ...(stated ? { stated } : {}) });
  }
  return hits;
}
