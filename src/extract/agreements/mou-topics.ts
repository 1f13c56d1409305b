import type { Sentence } from '../analysed-text.js';
import { topicsOfList } from './mou-lists.js';
import { SIGNING_DAY } from './mou-purposes.js';
import { CALENDAR_WORDS } from '../lexicons/events.js';
import { MAY_HAVE_MOU, MOU_TOPIC, MOU_WORD, NOT_AGREEMENT_ACRONYMS, TOPIC_CONNECTOR, TOPIC_STOP, VERB_AFTER_AND, WORD, startsWithDate } from './name-patterns.js';
import type { SentenceHit } from './sentence-hit.js';

/** A lower-case word of a topic, or a measure written with digits (`a 765-kilovolt transmission network`). */
const LOWER_WORD = String.raw`(?:[a-z][a-z-]*|\d[\d,.]*-[a-z][a-z-]*)`;
/**
 * `signed an MOU with the Fund and Aramco on green hydrogen and ammonia`, `signed a memorandum of
 * understanding on August 26 on the joint research of …`: an MOU known by its lower-case topic. Group 1 is the `with` clause, 2 the topic before it is cut at a stop word.
 */
const MOU_LOWER_TOPIC = new RegExp(
  String.raw`\b(?:MOUs?|MoUs?|memorand(?:um|a) of understanding)(?:\s+\(MOUs?\))?(\s+with\s+[^.;]{1,140}?)?(?:${SIGNING_DAY})?\s+on\s+((?:the\s+)?${LOWER_WORD}(?:,?\s+${LOWER_WORD}){0,11})`,
  'g',
);
/** A `with` clause that runs past its parties into another clause. */
const WITH_OVERRUN = /,\s+(?:and|while|which|who)\s|\b(?:agreed|signed|said|will|would|to|on)\b/;
/** A capitalised name where a lower-case topic stopped, and the lower-case words after it. */
const NAME_IN_TOPIC = new RegExp(String.raw`^\s+(${WORD}(?:(?:,\s+|\s+(?:(?:and|of|for|the)\s+)*)${WORD})*)((?:\s+${LOWER_WORD})*)`, 'u');
const ARTICLE = /^(?:a|an|the)$/;
const PLACE_OR_TIME = /^(?:in|into|at|during)$/;

/**
 * The words a lower-case topic goes on with past a capitalised name in it: after an article
 * (`on the establishment of a Joint Committee for Trade, Investment and Energy Cooperation`) or
 * before the topic's next lower-case word (`on the 541-kilometer Isfahan–Ahvaz railway`), the name
 * as one word. Not a place after the topic (`on energy cooperation in Seoul`, `on investment in the UAE`).
 */
export function nameInTopic(text: string, before: readonly string[]): string[] {
  const [last = '', previous = ''] = [...before].reverse();
  // `an MOU on the Alpha Promotion Framework`: a topic that is a name alone is another document's name.
  if (before.every((w) => ARTICLE.test(w))) return [];
  const m = NAME_IN_TOPIC.exec(text);
  if (!m) return [];
  let name = m[1]!.replace(/(?<!\p{Lu})[.;:]$/u, '');
  // `for Trade, Investment and Energy Cooperation`: a comma inside a name comes before its closing `and`.
  const lastComma = name.lastIndexOf(',');
  if (lastComma >= 0 && !/\band\s/.test(name.slice(lastComma))) name = name.slice(0, name.indexOf(','));
  const tail = name === m[1]! ? m[2]!.trim().split(/\s+/).filter((w) => w !== '') : [];
  // `on investment in the UAE`, `on investment in November`: a name after `in` is where or when, not what.
  const first = name.split(/\s+/)[0]!;
  if (PLACE_OR_TIME.test(last) || PLACE_OR_TIME.test(previous) || CALENDAR_WORDS.test(first)) return [];
  // `on the 20th anniversary`: no name; `on A and the MOU on B`: the next document, not a name.
  if (!/^\p{Lu}/u.test(first) || NOT_AGREEMENT_ACRONYMS.has(first) || previous === 'and') return [];
  if (!ARTICLE.test(last) && (tail.length === 0 || TOPIC_STOP.test(tail[0]!))) return [];
  return [name, ...tail];
}

/** `MOU to Expand Robotics-Sector Exchanges`, `MOU on Space Launch, Robotics, and Global Market Cooperation`. */
export function mouTopics(sentence: Sentence): SentenceHit[] {
  const hits: SentenceHit[] = [];
  if (!sentence.text.includes('MOU') && !sentence.text.includes('MoU')) return hits;
  for (const m of sentence.text.matchAll(MOU_WORD)) {
    const topic = MOU_TOPIC.exec(sentence.text.slice(m.index + m[0].length));
    const firstWord = topic?.[1]!.split(/\s+/).slice(1).find((w) => w !== 'the') ?? '';
    if (!topic || !/\p{Lu}/u.test(firstWord) || startsWithDate(topic[1]!)) continue;
    // A heading run into the next sentence (`… Exchanges MSIT and the UAE`) ends at the stray acronym.
    const topicWords = topic[1]!.split(/\s+/);
    const cut = topicWords.findIndex((w, i) => i > 1 && /^[A-Z]{2,}$/.test(w) && !/,$/.test(topicWords[i - 1]!) && !/^(?:and|of|on|for|the|in)$/.test(topicWords[i - 1]!));
    const kept = cut > 0 ? topicWords.slice(0, cut).join(' ') : topic[1]!;
    const name = `${m[0]} ${kept}`.replace(/\s+/g, ' ');
    hits.push({ name, aliases: [], kind: 'MOU', parties: [], start: m.index, end: m.index + name.length });
  }
  return hits;
}

/** `an MOU on fisheries research in the coming months`: when, not what; the topic ends before it. */
const TIME_AHEAD = /^(?:in|over|within)\s+the\s+(?:coming|next|following|past|last)\b/;

/** `, covering surveys and processing`, `, signed last year and ratified`: a participle leads a clause, not a list item. */
const CLAUSE_LEAD = /^(?:covering|including|concerning|regarding|involving|spanning|signed|concluded|exempting|aimed|designed|worth)$/;

/**
 * Whether the words after a comma go on with a list (`refining and battery cooperation`)
 * rather than another clause (`signed last year and ratified`): one to three words an item, the
 * last after `and`, no stop word or verb among those before it.
 */
function listGoesOn(rest: readonly string[]): boolean {
  const and = rest.indexOf('and');
  if (and < 1 || and + 1 >= rest.length) return false;
  const items = rest.slice(0, and).join(' ').split(/,\s*/).filter((item) => item !== '');
  const plain = (w: string): boolean => /^[a-z][a-z-]*$/.test(w) && (!TOPIC_STOP.test(w) || TOPIC_CONNECTOR.test(w)) && !VERB_AFTER_AND.test(w) && !CLAUSE_LEAD.test(w);
  return items.every((item) => item.split(' ').length <= 3 && item.split(' ').every(plain)) && plain(rest[and + 1]!.replace(/[,.;]$/, ''));
}

/** `signed an MOU with the Ruritanian Ministry of Mining on lithium refining` → `MOU on lithium refining`. */
export function mouLowerTopics(sentence: Sentence): SentenceHit[] {
  const hits: SentenceHit[] = [];
  if (!MAY_HAVE_MOU.test(sentence.text)) return hits;
  // `an MOU on A, an MOU on B and an MOU on C`: a match may run over the next MOU, so the search
  // resumes where each topic was cut, not where the pattern stopped.
  const pattern = new RegExp(MOU_LOWER_TOPIC.source, 'g');
  for (let m = pattern.exec(sentence.text); m !== null; m = pattern.exec(sentence.text)) {
    pattern.lastIndex = m.index + m[0].length - m[2]!.length;
    if (m[1] && WITH_OVERRUN.test(m[1])) continue;
    // The topic ends at its clause's comma or at a word that starts something else (`at`, `worth`).
    // `memoranda of understanding on cooperation in forestry, tourism and the arts`: several
    // MOUs' topics are one list, commas and all.
    const plural = /^(?:memoranda|MOUs)/i.test(m[0]);
    const kept: string[] = [];
    const written = m[2]!.split(/\s+/);
    const words = [...written, ...nameInTopic(sentence.text.slice(m.index + m[0].length), written)];
    for (const [i, word] of words.entries()) {
      if (kept.length > 0 && TOPIC_STOP.test(word) && !TOPIC_CONNECTOR.test(word)) break;
      if (kept.length > 0 && TIME_AHEAD.test(words.slice(i, i + 3).join(' '))) break;
      // `on A and a memorandum of understanding on B`: an article after `and` starts the list's next item, a verb the next clause.
      if (kept.at(-1) === 'and' && (/^an?$/.test(word) || VERB_AFTER_AND.test(word))) break;
      // `the MOU on mining, refining and battery cooperation`: one MOU's topic may be a list too.
      const inList = plural || (word.endsWith(',') && listGoesOn(words.slice(i + 1)));
      kept.push(inList ? word : word.replace(/,$/, ''));
      if (word.endsWith(',') && !inList) break;
    }
    while (kept.length > 0 && kept.at(-1)!.endsWith(',')) kept[kept.length - 1] = kept.at(-1)!.slice(0, -1);
    while (kept.length > 0 && TOPIC_CONNECTOR.test(kept.at(-1)!)) kept.pop();
    const topic = kept.join(' ');
    if (!/[a-z]{3,}/.test(topic.replace(/^the\s+/, ''))) continue;
    // `signed MOUs on A, B and C`: one MOU a topic, read by the MOU-list phrasings.
    if (plural && topicsOfList(topic) !== null) continue;
    const end = m.index + m[0].indexOf(m[2]!) + topic.length;
    pattern.lastIndex = end;
    // `a memorandum of understanding on forestry cooperation` keeps its written name; `MOU on …` too.
    const spelled = /^memorand/i.test(m[0]) && !m[1] ? `${m[0].slice(0, m[0].search(/\s+(?:\(MOUs?\)\s+)?on\s/))} on ${topic}` : null;
    hits.push({ name: spelled ?? `MOU on ${topic}`, aliases: spelled ? [`MOU on ${topic}`] : [], kind: 'MOU', parties: [], start: m.index, end });
  }
  return hits;
}
