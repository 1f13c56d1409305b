import type { Sentence } from '../analysed-text.js';
import { COMPOUND, MAY_HAVE_MOU, TOPIC_CONNECTOR, TOPIC_STOP, WORD } from './name-patterns.js';
import type { SentenceHit } from './sentence-hit.js';

/** `on May 21`, `on August 26, 2010`: the day of signing between an MOU and what it does. */
export const SIGNING_DAY = String.raw`\s+on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?`;

/**
 * A way press releases name an MOU by what it does rather than by `on` a topic: the MOU word, an
 * optional day of signing, a participle (`covering`, `creating`), then what it covers or creates.
 * Each row carries an example sentence with the names it must give and neighbours that must give
 * none; the tests are built from these rows.
 */
export interface MouPurposePhrasing {
  readonly id: string;
  readonly pattern: RegExp;
  readonly example: { readonly sentence: string; readonly names: readonly string[] };
  readonly mustNot: readonly string[];
  /** What the object must end in, when the verb alone says too little (`to develop ties`). */
  readonly objectHead?: RegExp;
}

/** A capitalised name (`the Alpha–Beta Supply Chain and Industrial Dialogue`) or a lower-case topic. */
/** A lower-case topic may hold a compound of sides (`the operation of the Alpha–Beta partnership committee`). */
/** After an article, a capitalised name with its acronym (`the follow-up talks of the Alpha–Beta Free Trade Agreement (FTA) on services`). */
const LOWER = String.raw`(?:[a-z\d][a-z\d-]*|(?<=\b(?:the|an?)\s)${WORD}(?:\s+${WORD})*(?:\s+\([\p{Lu}]{2,}\))?|${COMPOUND})`;
/** Where and when it was signed, between the MOU and what it does: `in Beijing on December 14`. */
const SIGNED_WHERE_WHEN = String.raw`(?:\s+in\s+[\p{Lu}][\p{L}]+)?(?:${SIGNING_DAY})?`;
/** Who it was signed with, between the MOU and what it does: `with Alphania's Public Investment Fund (PIF)`. */
const SIGNED_WITH = String.raw`(?:\s+with\s+[^.;]{1,120}?)?`;
/** A `with` clause that runs into another clause (`with Beta, and the two agreed to …`). */
const WITH_OVERRUN = /\b(?:agreed|signed|said|will|would|plans?|aims?|seeks?)\b|,\s+(?:and|while|which|who)\s/;
const OBJECT = String.raw`((?:the\s+|an?\s+)?(?:${WORD}(?:\s+(?:and\s+|of\s+|for\s+|on\s+)*${WORD})*|[a-z\d][a-z\d-]*(?:,?\s+${LOWER}){0,10}))`;
/** `… committee launched last November`: a participle or a time word starts another clause. */
const CLAUSE_START = /^(?:launched|signed|held|agreed|announced|last|earlier|this|next)$/;

export const MOU_PURPOSE_PHRASINGS: readonly MouPurposePhrasing[] = [
  {
    // `signed a memorandum of understanding on May 21 creating the Alpha–Beta Industrial Dialogue`,
    // `an MOU covering four industrial sectors`: the MOU is known by what it creates or covers.
    id: 'mou-participle',
    pattern: new RegExp(String.raw`\b(MOU|MoU|memorandum of understanding)(?:\s+\(MOU\))?(?:${SIGNING_DAY})?\s+(covering|creating|establishing|launching|setting\s+up)\s+${OBJECT}`, 'gu'),
    example: {
      sentence: 'The two ministers signed a memorandum of understanding on May 21 creating the Alpha–Beta Supply Chain and Industrial Dialogue.',
      names: ['memorandum of understanding creating the Alpha–Beta Supply Chain and Industrial Dialogue'],
    },
    mustNot: ['The MOU covers carbon capture and storage.', 'The two ministers signed a memorandum of understanding on May 21 in Seoul.'],
  },
  {
    // `welcomed the signing of an MOU setting out the operation of the Alpha–Beta partnership
    // committee launched last November`: what it lays down, a compound of sides within.
    id: 'mou-setting-out',
    pattern: new RegExp(String.raw`\b(MOU|MoU|memorandum of understanding)(?:\s+\(MOU\))?(?:${SIGNING_DAY})?\s+(setting\s+out|laying\s+out|outlining|governing)\s+${OBJECT}`, 'gu'),
    example: {
      sentence: 'The two leaders welcomed the signing of an MOU setting out the operation of the Alpha–Beta strategic partnership committee launched last November.',
      names: ['MOU setting out the operation of the Alpha–Beta strategic partnership committee'],
    },
    mustNot: ['The two leaders set out the operation of the committee in an MOU.'],
  },
  {
    // `signed a memorandum of understanding to establish a Joint Commission for Trade`: the MOU is
    // known by the body it sets up, as with `establishing`.
    id: 'mou-to-set-up',
    pattern: new RegExp(String.raw`\b(MOU|MoU|memorandum of understanding)(?:\s+\(MOU\))?${SIGNED_WHERE_WHEN}\s+(to\s+(?:establish|create|set\s+up|launch))\s+${OBJECT}`, 'gu'),
    example: {
      sentence: 'The two ministers signed a memorandum of understanding to establish a Joint Committee for Alpha–Beta Industrial Cooperation.',
      names: ['memorandum of understanding to establish a Joint Committee for Alpha–Beta Industrial Cooperation'],
    },
    mustNot: ['The two ministers signed a memorandum of understanding to expand trade.', 'The ministers agreed to establish a committee and signed an MOU.'],
  },
  {
    // `signed an MOU with Alphania's Public Investment Fund (PIF) to jointly develop a green hydrogen
    // production project`: the MOU is known by the project it is to build.
    id: 'mou-to-develop',
    pattern: new RegExp(String.raw`\b(MOU|MoU|memorandum of understanding)(?:\s+\(MOU\))?${SIGNED_WITH}${SIGNED_WHERE_WHEN}\s+(to\s+(?:jointly\s+)?(?:develop|build|construct))\s+${OBJECT}`, 'gu'),
    example: {
      sentence: "Beta Power signed an MOU with Alphania's Public Investment Fund (PIF) to jointly develop a green hydrogen and ammonia production project in Alphania.",
      names: ['MOU to jointly develop a green hydrogen and ammonia production project'],
    },
    mustNot: ['Beta Power signed an MOU with the Fund, and the two agreed to develop a hydrogen project.', 'Beta Power signed an MOU to develop ties.', 'Beta Power signed an MOU to develop the bilateral relationship.'],
    objectHead: /^(?:projects?|plants?|complex(?:es)?|facilit(?:y|ies)|cent(?:er|re)s?|fields?|mines?|railways?|ports?|lines?|networks?|parks?|zones?|clusters?|hubs?|terminals?)$/,
  },
];

/** Words before `MOU` that tell no kind of MOU: a count, a stage, a determiner. */
const NO_KIND = /^(?:new|more|other|another|first|second|third|final|further|additional|separate|similar|related|total|bilateral|trilateral|the|of|and|with|on|in|for|an?|memoranda|memorandum)$/i;
/**
 * `signed a battery R&D MOU with …`, `signed two Mobility Partnership MOUs`, `signed a cooperation
 * MOU`: an MOU known by the words that qualify it, one to three, kept in the name as written.
 */
export const MODIFIED_MOU = {
  pattern: /\bsigned\s+(?:a|an|one|two|three|four|five|six|several)\s+((?:[A-Za-z][A-Za-z&]*\s+){1,3}?)(MOUs?|MoUs?)\b/g,
  example: { sentence: 'Alpha Motors signed two Mobility Partnership MOUs with the Beta government.', names: ['Mobility Partnership MOUs'] },
  mustNot: ['Alpha Motors signed two MOUs with the Beta government.', 'Alpha Motors signed two more MOUs with the Beta government.', 'The two sides signed a new MOU.', 'The agency signed a second MOU with the Beta ministry.'],
} as const;

/** The MOUs a sentence names by the words that qualify them (MODIFIED_MOU). */
export function modifiedMous(text: string): SentenceHit[] {
  const hits: SentenceHit[] = [];
  if (!text.includes('signed') || !/MOU|MoU/.test(text)) return hits;
  for (const m of text.matchAll(MODIFIED_MOU.pattern)) {
    const words = m[1]!.trim().split(/\s+/);
    if (words.some((w) => NO_KIND.test(w))) continue;
    const name = `${words.join(' ')} ${m[2]!}`;
    const start = m.index + m[0].indexOf(m[1]!);
    hits.push({ name, aliases: [], kind: 'MOU', parties: [], start, end: start + name.length });
  }
  return hits;
}

/**
 * `signed the Alpha Supply Chain Cooperation MOU`, `under the Green Port MOU`: an MOU known by the
 * capitalised title before the word MOU. A compound of sides (`the Korea–Alphania MOU`) is read
 * as such elsewhere, so a word with a dash ends no title here.
 */
export const TITLED_MOU = {
  pattern: /\b(?:signed|signing\s+of|concluded|adopted|under|implementing|implementation\s+of)\s+the\s+((?:[\p{Lu}][\p{L}&]*\s+){1,6})(MOUs?|MoUs?)\b/gu,
  example: { sentence: 'The two ministers also signed the Rare Metals Supply Chain Cooperation MOU, which provides for fast exchange of information.', names: ['Rare Metals Supply Chain Cooperation MOU'] },
  mustNot: ['The two ministers also signed the MOU on rare metals.', 'The two ministers signed the Alpha–Beta MOU.', 'The two ministers discussed the Rare Metals Cooperation MOU.'],
} as const;

/** The MOUs a sentence names by a capitalised title (TITLED_MOU). */
export function titledMous(text: string): SentenceHit[] {
  const hits: SentenceHit[] = [];
  if (!/MOU|MoU/.test(text)) return hits;
  for (const m of text.matchAll(TITLED_MOU.pattern)) {
    const name = `${m[1]!.trim()} ${m[2]!}`;
    const start = m.index + m[0].indexOf(m[1]!);
    hits.push({ name, aliases: [], kind: 'MOU', parties: [], start, end: start + name.length });
  }
  return hits;
}

/** Every MOU a sentence names by what it does, by the phrasings above. */
export function mouPurposes(sentence: Sentence): SentenceHit[] {
  const hits: SentenceHit[] = [];
  if (!MAY_HAVE_MOU.test(sentence.text)) return hits;
  hits.push(...modifiedMous(sentence.text), ...titledMous(sentence.text));
  for (const phrasing of MOU_PURPOSE_PHRASINGS) {
    for (const m of sentence.text.matchAll(phrasing.pattern)) {
      if (WITH_OVERRUN.test(m[0].slice(m[1]!.length, m[0].indexOf(m[2]!, m[1]!.length)))) continue;
      // A lower-case object ends at a word that starts another clause (`at`, `with`, `worth`).
      const kept: string[] = [];
      for (const word of m[3]!.split(/\s+/)) {
        if (kept.length > 0 && TOPIC_STOP.test(word) && !TOPIC_CONNECTOR.test(word) && !/^\p{Lu}/u.test(kept.at(-1)!)) break;
        if (kept.length > 0 && CLAUSE_START.test(word)) break;
        kept.push(word.replace(/,$/, ''));
        if (word.endsWith(',')) break;
      }
      while (kept.length > 0 && TOPIC_CONNECTOR.test(kept.at(-1)!)) kept.pop();
      // A full stop ends the sentence, not a name (`U.S.` keeps its own).
      const object = kept.join(' ').replace(/(?<!\p{Lu})[.;:]$/u, '');
      if (!/[\p{L}]{3,}/u.test(object.replace(/^(?:the|an?)\s+/, ''))) continue;
      if (phrasing.objectHead && !phrasing.objectHead.test(object.split(/\s+/).at(-1)!)) continue;
      const verb = m[2]!.replace(/\s+/g, ' ');
      const name = `${m[1]!} ${verb} ${object}`;
      // `MOU on the Alpha–Beta Industrial Dialogue`: how such an MOU is also written.
      const onForm = `MOU on ${object.replace(/^(?:an?)\s+/, '')}`;
      hits.push({ name, aliases: [onForm], kind: 'MOU', parties: [], start: m.index, end: m.index + m[0].length - m[3]!.length + object.length });
    }
  }
  return hits;
}
