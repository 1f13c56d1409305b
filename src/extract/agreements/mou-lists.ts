import type { AgreementHit } from './agreement-hit.js';
import { topicAt } from './lower-case-names.js';

/**
 * A way press releases list several MOUs in one sentence: the pattern, how a match becomes MOUs,
 * an example sentence with the names it must give, and neighbours that must give none.
 * The tests are built from these rows.
 */
export interface MouListPhrasing {
  readonly id: string;
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray, sentence: string) => AgreementHit[];
  readonly example: { readonly sentence: string; readonly names: readonly string[] };
  readonly mustNot: readonly string[];
}

const COUNTS: ReadonlyMap<string, number> = new Map(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, i) => [w, i + 2]));
const PLURAL = String.raw`(MOUs|MoUs|[Mm]emorand(?:a|ums) of understanding)(?:\s+\(MOUs\))?`;

/**
 * `space cooperation, ports and fisheries, culture and sports and quantum safety` → each topic of
 * the list: commas part the items and the last `and` parts the last two. Null when the list is the
 * object of one topic (`cooperation in forestry, tourism and the arts`: one MOU, or a count
 * of MOUs the text does not part) or holds a single topic.
 */
export function topicsOfList(list: string): string[] | null {
  const items = list.split(/,\s+(?:and\s+)?/);
  if (items.length < 2 && !/\s+and\s+/.test(list)) return null;
  const last = items.pop()!;
  const cut = last.lastIndexOf(' and ');
  if (cut > 0) items.push(last.slice(0, cut), last.slice(cut + 5));
  else items.push(last);
  // `cooperation in A, B and C`: the list is what the first item's preposition governs.
  if (/\s(?:in|on|for|of|between|with)\s/.test(items[0]!)) return null;
  return items.length >= 2 ? items.map((i) => i.trim()).filter((i) => i !== '') : null;
}

/** The written singular of a plural MOU: `memorandum of understanding` for the spelled form, `MOU` else. */
const singular = (plural: string): string => (/^memorand/i.test(plural) ? 'memorandum of understanding' : 'MOU');

/** The list after the verb, up to the clause's end, with its topics; null when it is no list. */
function listedTopics(after: string): string[] | null {
  const clause = after.split(/[.;]/)[0]!;
  // The list is read word by word as a topic is, commas kept: a stop word ends it.
  const words: string[] = [];
  for (const part of clause.split(/(,\s+)/)) {
    if (/^,\s+$/.test(part)) continue;
    const topic = topicAt(part);
    if (topic === null) break;
    words.push(topic);
    if (topic.length < part.replace(/[.,;:]+$/, '').trim().length) break;
  }
  return words.length === 0 ? null : topicsOfList(words.join(', '));
}

/** The topic or list after the verb as one, commas kept; null when none. */
function listedWhole(after: string): string | null {
  const parts: string[] = [];
  for (const part of after.split(/[.;]/)[0]!.split(/,\s+/)) {
    const topic = topicAt(part);
    if (topic === null) break;
    parts.push(topic);
    if (topic.length < part.trim().length) break;
  }
  return parts.length === 0 ? null : parts.join(', ');
}

function listHits(match: RegExpExecArray, sentence: string, whole: 'whole' | 'list only'): AgreementHit[] {
  const after = sentence.slice(match.index + match[0].length);
  const topics = listedTopics(after);
  // `signed 23 memorandums of understanding on industry and energy`: the topics of a batch, not one MOU each.
  const count = match[2] === undefined ? null : (COUNTS.get(match[2]) ?? Number(match[2]));
  if (count !== null && count !== (topics?.length ?? 1)) return [];
  const plural = match[1] ?? match[3]!;
  const start = match.index + match[0].indexOf(plural);
  if (topics === null) {
    // `MOUs were exchanged on Korean support for the zone`: one topic, or a list one topic governs.
    const one = whole === 'whole' ? listedWhole(after) : null;
    return one === null ? [] : [{ name: `${plural} on ${one}`, aliases: [], kind: 'MOU', parties: [], start, end: match.index + match[0].length + one.length }];
  }
  return eachTopic(topics, singular(plural), sentence, start);
}

/** One MOU a topic, each spanning its own topic so that none is read as part of another. */
function eachTopic(topics: readonly string[], head: string, sentence: string, from: number): AgreementHit[] {
  let at = from;
  return topics.map((topic) => {
    const found = sentence.indexOf(topic, at);
    const start = found >= 0 ? found : at;
    at = start + topic.length;
    return { name: `${head} on ${topic}`, aliases: head === 'MOU' ? [] : [`MOU on ${topic}`], kind: 'MOU' as const, parties: [], start, end: at };
  });
}

/** A count just before a plural (`seven MOUs`, `23 new memorandums`). */
const COUNT_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z]+\s+)?$/;

/**
 * `seven MOUs covering A, B, health, and C and D`, `six memorandums of understanding covering the
 * environment, trade and start-ups`: a count before `covering` tells how many documents a batch
 * holds and the list the fields it spans, whether or not the two numbers agree; the annotations
 * list no MOU a field from such a sentence (none of five). `Other MOUs cover A and B`, with no
 * count, names the MOUs by their topics.
 */
function countedBatch(match: RegExpExecArray, sentence: string): boolean {
  return COUNT_BEFORE.test(sentence.slice(Math.max(0, match.index - 30), match.index));
}

/** `two MOUs, one on A and one on B`, `eight memoranda of understanding, including one on A`. */
function oneOnHits(match: RegExpExecArray, sentence: string): AgreementHit[] {
  const head = singular(match[1]!);
  const rest = sentence.slice(match.index + match[0].length).split(/[.;]/)[0]!;
  const pieces = rest.split(/\s*(?:,\s*|\s+)(?:and\s+)?one\s+on\s+/);
  const topics = pieces.map((p) => topicAt(p)).filter((t): t is string => t !== null);
  return eachTopic(topics, head, sentence, match.index + match[0].indexOf(match[1]!));
}

/** `MOUs on A, on B, and on C`: each item repeats its `on`, which parts the list where commas alone would not. */
function onEachHits(match: RegExpExecArray, sentence: string): AgreementHit[] {
  const rest = sentence.slice(match.index + match[0].length).split(/[.;]/)[0]!;
  const topics = rest.split(/,\s+(?:and\s+)?on\s+|\s+and\s+on\s+/).map((p) => topicAt(p)).filter((t): t is string => t !== null);
  return topics.length < 2 ? [] : eachTopic(topics, singular(match[1]!), sentence, match.index + match[0].indexOf(match[1]!));
}

/** `A second MOU covers cooperation in X`: one more MOU, known by what it covers, and signed as the first. */
function furtherHit(match: RegExpExecArray, sentence: string): AgreementHit[] {
  const topic = topicAt(sentence.slice(match.index + match[0].length));
  if (topic === null) return [];
  const start = match.index + match[0].indexOf(match[1]!);
  return [{ name: `MOU on ${topic}`, aliases: [], kind: 'MOU', parties: [], start, end: match.index + match[0].length + topic.length, stated: 'signed' }];
}

/**
 * `signed MOUs with the Alpha Agency (AA) on trade promotion and with the Beta Federation (BF) on
 * textile cooperation`: one MOU a partner, each known by its topic and, where the partner is given
 * its acronym, as that partner's MOU (`BF MOU on textile cooperation`).
 */
function withEachHits(match: RegExpExecArray, sentence: string): AgreementHit[] {
  const head = singular(match[1]!);
  const clause = sentence.slice(match.index + match[0].length).split(/[.;]/)[0]!;
  const hits: AgreementHit[] = [];
  let at = match.index + match[0].indexOf(match[1]!);
  for (const piece of clause.split(/,?\s+and\s+with\s+/)) {
    const on = /\s+on\s+/.exec(piece);
    const topic = on && on.index <= 120 ? topicAt(piece.slice(on.index + on[0].length)) : null;
    if (topic === null) return [];
    const acronym = /\(([A-Z][A-Za-z-]*[A-Z])\)\s*$/.exec(piece.slice(0, on!.index))?.[1];
    const start = sentence.indexOf(topic, at);
    at = start + topic.length;
    const aliases = [...(head === 'MOU' ? [] : [`MOU on ${topic}`]), ...(acronym ? [`${acronym} MOU on ${topic}`] : [])];
    hits.push({ name: `${head} on ${topic}`, aliases, kind: 'MOU', parties: [], start, end: at });
  }
  return hits.length >= 2 ? hits : [];
}

export const MOU_LIST_PHRASINGS: readonly MouListPhrasing[] = [
  {
    id: 'with-each-partner',
    pattern: new RegExp(String.raw`\b${PLURAL}\s+with\s+(?=[^.;]{2,160}?\s+on\s+[^.;]{2,160}?\s+and\s+with\s)`, 'g'),
    read: withEachHits,
    example: {
      sentence: "Alphania's Ministry of Trade signed MOUs with the Korea Trade Agency (KTA) on export promotion and with the Korea Federation of Textiles (KFT) on cooperation in the garment industry.",
      names: ['MOU on export promotion', 'MOU on cooperation in the garment industry'],
    },
    mustNot: ['The ministry signed MOUs with the agency and with the federation last year.', 'The ministry signed MOUs with the agency on Monday and with the federation on Tuesday.'],
  },
  {
    // `signed a framework together with MOUs on A, on B, and on C`: read before the rows below, which
    // would take the list after the first `on` as one topic.
    id: 'on-each-item',
    pattern: new RegExp(String.raw`\b${PLURAL}\s+on\s+(?=[^.;]{2,160}?(?:,\s+(?:and\s+)?|\s+and\s+)on\s)`, 'g'),
    read: onEachHits,
    example: {
      sentence: 'The two governments signed a trade framework together with MOUs on reviving the joint committee, on port development, and on cooperation in space.',
      names: ['MOU on reviving the joint committee', 'MOU on port development', 'MOU on cooperation in space'],
    },
    mustNot: ['The ministers discussed MOUs on trade and agreed on a plan.', 'MOUs on trade were signed, and on Monday the ministers met.'],
  },
  {
    id: 'signed-on-a-list',
    pattern: new RegExp(String.raw`(?:\b${PLURAL}\s+(?:were|was)\s+(?:also\s+)?(?:signed|exchanged|concluded)|\b(?:signed|exchanged|concluded)\s+(?:(two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?${PLURAL})\s+on\s+`, 'g'),
    read: (match, sentence) => listHits(match, sentence, 'whole'),
    example: {
      sentence: 'Memorandums of understanding were signed on space cooperation, ports and fisheries, forestry and quantum safety.',
      names: [
        'memorandum of understanding on space cooperation',
        'memorandum of understanding on ports and fisheries',
        'memorandum of understanding on forestry',
        'memorandum of understanding on quantum safety',
      ],
    },
    mustNot: ['MOUs were signed on September 30 in Seoul.', 'Companies signed 23 memorandums of understanding on advanced industries and energy at a business event.'],
  },
  {
    id: 'cover-a-list',
    pattern: new RegExp(String.raw`\b${PLURAL}\s+cover(?:s|ed|ing)?\s+(?=[a-z])`, 'g'),
    // `The MOUs cover a wide range of fields`: only a list of topics tells MOUs apart. MOUs that
    // cover something exist: they were signed.
    read: (match, sentence) => (countedBatch(match, sentence) ? [] : listHits(match, sentence, 'list only').map((h) => ({ ...h, stated: 'signed' as const }))),
    example: {
      sentence: 'Other MOUs cover startups and innovation, the space economy and the arts.',
      names: ['MOU on startups and innovation', 'MOU on the space economy', 'MOU on the arts'],
    },
    mustNot: [
      'The MOUs cover a wide range of fields.',
      'The leaders witnessed the signing of seven MOUs covering startups, the space economy, and the arts and sports.',
      'The leaders witnessed the exchange of three memorandums of understanding covering startups, the space economy and the arts.',
    ],
  },
  {
    id: 'one-on-each',
    pattern: new RegExp(String.raw`\b${PLURAL},?\s+(?:including\s+)?one\s+on\s+`, 'g'),
    read: oneOnHits,
    example: {
      sentence: 'The two ministers signed two MOUs, one on cooperation in autonomous ships and one on building a quantum industry.',
      names: ['MOU on cooperation in autonomous ships', 'MOU on building a quantum industry'],
    },
    mustNot: ['The two ministers signed two MOUs, one of which covers trade.'],
  },
  {
    // `A second MOU covers cooperation in X`, `Another memorandum concerns Y`: a further MOU named by
    // what it covers, after a first one the release has told of.
    id: 'further-one-covers',
    pattern: /\b(?:[Aa]\s+(?:second|third|fourth|fifth)|[Aa]nother|[Tt]he\s+(?:second|third|fourth|fifth|other))\s+(MOU|MoU|memorandum(?:\s+of\s+understanding)?)\s+(?:covers|covered|concerns|concerned|deals\s+with|dealt\s+with|is\s+on|was\s+on)\s+/g,
    read: furtherHit,
    example: {
      sentence: 'A second MOU covers cooperation in green shipbuilding.',
      names: ['MOU on cooperation in green shipbuilding'],
    },
    mustNot: ['A second MOU will be signed next year.', 'The MOU covers cooperation in green shipbuilding.'],
  },
];

/** Every MOU a sentence lists by the phrasings above. */
export function listedMous(sentence: string): AgreementHit[] {
  if (!/MOUs|MoUs|memorand|(?:second|third|fourth|fifth|another|other)\s+MOU/i.test(sentence)) return [];
  const hits: AgreementHit[] = [];
  // A list read by an earlier row (`MOUs on A, on B`) is not read again by a later, wider one.
  const read: Array<readonly [number, number]> = [];
  for (const phrasing of MOU_LIST_PHRASINGS) {
    for (const match of sentence.matchAll(phrasing.pattern)) {
      const from = match.index, to = match.index + match[0].length;
      if (read.some(([a, b]) => from < b && to > a)) continue;
      const found = phrasing.read(match as RegExpExecArray, sentence);
      if (found.length > 0) read.push([from, to]);
      hits.push(...found);
    }
  }
  return hits;
}
