import type { AgreementKind, AgreementStatus } from '../../domain/index.js';
import { COUNTRY_FORMS } from '../lexicons/countries.js';
import { topicAt } from './lower-case-names.js';
import { COMPOUND } from './name-patterns.js';
import type { SentenceHit } from './sentence-hit.js';

/**
 * A way press releases name a document signed beside others — `Four documents were signed: an
 * agreement on A, a protocol on B, a joint exploration agreement between X and Y` — each item a
 * lower-case head and what it is about. A row is read only in a sentence that reports a signing
 * (SIGNING_REPORTED); it carries an example sentence with the names it must give and neighbours that
 * must give none, and its tests are built from it.
 */
export interface ListedDocumentPhrasing {
  readonly id: string;
  /** Group 1 begins the name; `headGroup` is the group holding the head (`agreement`, `protocol`). */
  readonly pattern: RegExp;
  readonly headGroup: 1 | 2;
  /** The status the phrasing itself states, before the words around the name are read. */
  readonly stated?: AgreementStatus;
  /** How the match becomes a name, given the head as written and the text after the match. */
  readonly name: (match: RegExpExecArray, after: string) => string | null;
  readonly example: { readonly sentence: string; readonly names: readonly string[] };
  readonly mustNot: readonly string[];
}

/** `signed`, `the signing of`, `were concluded`, `adopted`: the sentence reports documents signed. */
export const SIGNING_REPORTED = /\b(?:signed|signing|concluded|adopted|exchanged|inked)\b/;
/**
 * `Among the documents were a memorandum on A, …`: a list of the documents a release has just
 * counted as signed (`witnessed the signing of nine memorandums`), with no verb of its own. Its
 * items are signed.
 */
const AMONG_DOCUMENTS = /\bAmong\s+(?:the|these)\s+(?:documents|agreements|memorand(?:ums|a)|MOUs)\s+(?:(?:signed|concluded|exchanged)\s+)?(?:were|are)\s+(?=an?\s)/;
/** Lower-case heads of a signed document and the kind each gives (kind-by-topic may refine `other`). */
const HEAD_KIND: ReadonlyMap<string, AgreementKind> = new Map<string, AgreementKind>([
  ['agreement', 'other'],
  ['protocol', 'other'],
  ['accord', 'other'],
  ['arrangement', 'other'],
  ['implementation plan', 'other'],
  ['action plan', 'other'],
  ['memorandum', 'MOU'],
  ['memorandums', 'MOU'],
  ['memoranda', 'MOU'],
  ['memorandum of understanding', 'MOU'],
  ['MOU', 'MOU'],
  ['MoU', 'MOU'],
]);
const HEADS = '(agreement|protocol|accord|arrangement|implementation plan|action plan|memorand(?:um|ums|a))';
/**
 * Where a list item starts: `a` or `an`, or (for a plural) the verb itself. Not `the`: `the agreement
 * on air transport was signed` names a part of an agreement the release already knows.
 */
const ITEM_START = String.raw`(?:\b(?:an?)\s+|\b(?:signed|concluded|adopted)\s+(?=memorand(?:ums|a)\b))`;
/** `on the sidelines of`, `on behalf of`: a setting or a formula, never what a document is about. */
const NOT_A_TOPIC = /^(?:the\s+)?(?:sidelines|margins|occasion|basis|presence|behalf|day|eve|same)\b/;
/** Words that qualify nothing (`a new agreement`) or name a kind other phrasings read (`free trade agreement`). */
const NO_QUALIFIER = /\b(?:new|final|separate|formal|similar|related|relevant|such|this|that|bilateral|free|trade|partnership|other|further|additional|first|second)\b/;

/** `the transfer of sentenced persons` after `on`; null for a day, a setting or no topic. */
const topicAfter = (after: string): string | null => (NOT_A_TOPIC.test(after) ? null : topicAt(after));

/** A body's name after `between`: capitalised words, `of`, `for` or `&` inside (`Korea Institute of Energy Research`). */
const BODY = String.raw`(?:the\s+)?[\p{Lu}][\p{L}\d&.-]*(?:\s+(?:(?:of|for|&)\s+(?:the\s+)?)?[\p{Lu}][\p{L}\d&.-]*)*`;
/** `between Korea and Alphania` names sides another phrasing reads, not two signatories. */
const isCountry = (side: string): boolean => COUNTRY_FORMS.has(side.replace(/^the\s+/, ''));

export const LISTED_DOCUMENT_PHRASINGS: readonly ListedDocumentPhrasing[] = [
  {
    // `an agreement on forestry cooperation`, `a protocol on fisheries research`, `an implementation
    // plan on tidal energy`, `concluded memorandums on information exchange`.
    id: 'head-on-topic',
    headGroup: 1,
    pattern: new RegExp(String.raw`${ITEM_START}${HEADS}\s+on\s+`, 'g'),
    name: (m, after) => {
      const topic = topicAfter(after);
      return topic ? `${m[1]!} on ${topic}` : null;
    },
    example: {
      sentence: 'Four documents were signed after the talks: an agreement on forestry cooperation, a protocol on fisheries research and an implementation plan on tidal energy.',
      names: ['agreement on forestry cooperation', 'protocol on fisheries research', 'implementation plan on tidal energy'],
    },
    mustNot: [
      'The two sides reached an agreement on the need for closer ties.',
      'The ministers signed an agreement on the sidelines of the summit.',
      'The ministers signed the agreement on Monday in Seoul.',
      'The agreement on tariffs will be discussed next month.',
    ],
  },
  {
    // `an agreement abolishing visas for holders of diplomatic passports`: known by what it does.
    id: 'head-doing',
    headGroup: 1,
    pattern: new RegExp(String.raw`${ITEM_START}${HEADS}\s+(?=(?:abolishing|establishing|creating|exempting|promoting|governing)\s)`, 'g'),
    name: (m, after) => {
      const verb = /^\S+/.exec(after)![0];
      const topic = topicAfter(after.slice(verb.length).trimStart());
      return topic ? `${m[1]!} ${verb} ${topic}` : null;
    },
    example: {
      sentence: 'The two sides signed a memorandum of understanding on trade and an agreement abolishing visas for holders of diplomatic passports.',
      names: ['agreement abolishing visas for holders of diplomatic passports'],
    },
    mustNot: ['The two sides discussed an agreement abolishing visas.', 'The ministers signed an agreement establishing on Monday.'],
  },
  {
    // `a joint salt mining agreement between Alpha Salt and Beta Minerals`, `an infrastructure
    // cooperation accord between companies of the two countries`: a list item known by the words
    // before its head. After a colon, a comma or `and` only: `signed a cooperation agreement` is
    // read by the lower-case phrasing that follows the verb.
    id: 'qualified-head-in-list',
    headGroup: 2,
    pattern: new RegExp(String.raw`(?:[:,]\s+|\sand\s+)(?:an?)\s+((?:[a-z][a-z-]+\s+){1,4}?)(agreement|accord|protocol|memorandum)\b(?!s)`, 'g'),
    name: (m, after) => {
      const words = m[1]!.trim();
      if (NO_QUALIFIER.test(words)) return null;
      // `a framework agreement on development loans`: a topic after the head is part of its name too.
      const on = /^\s+on\s+/.exec(after);
      const topic = on ? topicAfter(after.slice(on[0].length)) : null;
      return topic ? `${words} ${m[2]!} on ${topic}` : `${words} ${m[2]!}`;
    },
    example: {
      sentence: 'Three documents were signed: an agreement on forestry cooperation, a joint salt mining agreement between Alpha Salt and Beta Minerals, a framework agreement on development loans and a port logistics accord between companies of the two countries.',
      names: ['joint salt mining agreement', 'framework agreement on development loans', 'port logistics accord'],
    },
    mustNot: [
      'The ministers signed the minutes, and a new agreement is expected next year.',
      'Korea signed the deal, and a free trade agreement between the two countries is under study.',
      'The two sides discussed tariffs, and a joint research agreement between universities.',
    ],
  },
  {
    // `signed a memorandum of understanding between Alpha Trade Agency and Beta Invest`, `a
    // cooperation agreement between Alpha Oil and Beta Engineering on refining`: a document known
    // by the two bodies that signed it (two countries are sides, read elsewhere).
    id: 'head-between-bodies',
    headGroup: 2,
    pattern: new RegExp(String.raw`\b(?:an?)\s+((?:cooperation\s+)?(memorandum of understanding|MOU|MoU|agreement|accord))\s+between\s+(${BODY})\s+and\s+(${BODY})`, 'gu'),
    name: (m) => (isCountry(m[3]!) || isCountry(m[4]!) ? null : `${m[1]!} between ${m[3]!} and ${m[4]!}`),
    example: {
      sentence: 'On the occasion, Alpha Trade Agency and Beta Invest signed a memorandum of understanding between Alpha Trade Agency and Beta Invest to support trade.',
      names: ['memorandum of understanding between Alpha Trade Agency and Beta Invest'],
    },
    mustNot: [
      'The two ministers signed an agreement between Korea and Chile on tourism.',
      'The two ministers signed an agreement between the two countries on tourism.',
      'The ministers discussed a memorandum of understanding between Alpha Trade Agency and Beta Invest.',
    ],
  },
  {
    // `as provided in the water cooperation agreement that Minister Alpha signed in Seoul`, `the
    // fisheries memorandum of understanding concluded earlier this year`, `the Korea–Alphania grid
    // cooperation MOU signed last October`: a signing told in passing names the document it signed.
    id: 'qualified-head-signed',
    headGroup: 2,
    // `the fisheries memorandum of understanding concluded earlier`: an MOU concluded is signed, not talks concluded.
    stated: 'signed',
    pattern: new RegExp(String.raw`\bthe\s+((?:${COMPOUND}\s+)?(?:[a-z][a-z-]+\s+){1,3}?)(agreement|accord|memorandum of understanding|MOU)\s+(?:(?:that|which)\s+[^,.;]{0,60}?\b)?(?:signed|concluded)\b`, 'gu'),
    name: (m) => {
      const words = m[1]!.trim();
      return NO_QUALIFIER.test(words.replace(new RegExp(`^${COMPOUND}\\s*`, 'u'), '')) || /\b(?:same|previous|latest|earlier|said)\b/.test(words) ? null : `${words} ${m[2]!}`;
    },
    example: {
      sentence: 'The supply is set aside as provided in the water cooperation agreement that Minister Alpha signed in Seoul last year.',
      names: ['water cooperation agreement'],
    },
    mustNot: [
      'The free trade agreement that the two countries signed in 2015 took effect.',
      'The same agreement signed last year was reviewed.',
      'The water cooperation agreement will be signed next year.',
    ],
  },
  {
    // `signed a memorandum of understanding on Monday, under which the two governments will support
    // a project to build a plant`, `signed an agreement under which Alphania will introduce the
    // customs system of …`: a document known by what its `under which` clause says it does. Not when
    // the head already has a topic (`an MOU on LNG supply, under which …`).
    id: 'head-under-which',
    headGroup: 1,
    pattern: /\b(?:signed|concluded)\s+an?\s+(memorandum of understanding|MOU|agreement)\b(?!\s+(?:on|to|for|regarding|concerning)\s+[a-z])(?=[^.;]{0,60}?,?\s+under\s+which\s)/g,
    name: (m, after) => {
      const clause = /under\s+which\s+[^,.;]{1,40}?\s+will\s+([a-z]+)\s+([^,.;]+)/.exec(after);
      if (!clause) return null;
      // The object up to a place, an owner or a means: `a project to build a plant` of `… at Alpha in …`.
      const object = clause[2]!.split(/\s+(?:of\s+the|at|in|using|by|from|with|through|on)\s+/)[0]!.split(/\s+/).slice(0, 10).join(' ');
      return object === '' ? null : `${m[1]!} to ${clause[1]!} ${object}`;
    },
    example: {
      sentence: 'The two ministers signed a memorandum of understanding on Monday, October 31, under which the two governments will support a project to build a wind farm at Alphaport in the north.',
      names: ['memorandum of understanding to support a project to build a wind farm'],
    },
    mustNot: [
      'The two ministers signed a memorandum of understanding on priority gas supply with Prime Minister Alpha Beta of Gammania, under which Gammania will supply gas to Korea.',
      'The two ministers signed a memorandum of understanding in Seoul on Monday.',
      'The ministers discussed an agreement under which Alphania will introduce the customs system.',
    ],
  },
];

/** Every document a signing sentence lists by the phrasings above. */
export function listedDocuments(text: string): SentenceHit[] {
  const hits: SentenceHit[] = [];
  const among = text.includes('Among') && AMONG_DOCUMENTS.test(text);
  if (!among && !SIGNING_REPORTED.test(text)) return hits;
  for (const phrasing of LISTED_DOCUMENT_PHRASINGS) {
    for (const m of text.matchAll(phrasing.pattern)) {
      const name = phrasing.name(m as RegExpExecArray, text.slice(m.index + m[0].length));
      if (name === null) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      const stated = phrasing.stated ?? (among ? 'signed' : undefined);
      // `a framework agreement on development loans`: the frame later deals are made under.
      const kind = /^framework\s/.test(name) ? 'framework' : (HEAD_KIND.get(m[phrasing.headGroup]!) ?? 'other');
      hits.push({ name, aliases: [], kind, parties: [], start, end: start + name.length, ...(stated ? { stated } : {}) });
    }
  }
  return hits;
}
