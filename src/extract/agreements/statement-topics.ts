import { PRESENCE, TOPIC_CONNECTOR, TOPIC_STOP, VERB_AFTER_AND } from './name-patterns.js';

/**
 * The topic after a joint statement (`on the early achievement package of the Alpha negotiations`),
 * up to a comma or a word that starts another clause (`to`, `at`, `with`); null when none follows.
 */
export function statementTopic(after: string): string | null {
  // `the first joint statement of the bloc's fisheries ministers`: also by whose statement it is.
  const m = /^\s+((?:on|for|of)\s+[^.;,()]{3,160})/.exec(after.replace(PRESENCE, ''));
  // `on Wednesday, October 16, declaring …`, `on the sidelines of the summit`: a day or an occasion, no topic.
  if (!m || DATE_AFTER_ON.test(m[1]!.replace(/^(?:on|for|of)\s+/, '')) || OCCASION_AFTER_ON.test(m[1]!)) return purposeAfterAside(after);
  const words = m[1]!.split(/\s+/);
  const kept: string[] = [words[0]!];
  for (const word of words.slice(1)) {
    // `on action plans to facilitate the flow of goods`: after a plan or measure, `to` says what it is for.
    const purpose = word === 'to' && MEANS.test(kept.at(-1)!);
    if (TOPIC_STOP.test(word) && !TOPIC_CONNECTOR.test(word) && !purpose) break;
    // `… of G20 trade ministers and approved the …`: a verb after `and` starts the next clause.
    if (kept.at(-1) === 'and' && VERB_AFTER_AND.test(word)) break;
    kept.push(word);
  }
  while (kept.length > 1 && TOPIC_CONNECTOR.test(kept.at(-1)!)) kept.pop();
  return kept.length > 1 ? kept.join(' ') : null;
}

/** Nouns of means whose `to` goes on with their purpose (`plans to …`, `measures to …`). */
const MEANS = /^(?:plans?|measures?|steps|efforts?|actions?|ways)$/;
/** `on the sidelines of`, `on the occasion of`: where and when, not what a statement is about. */
const OCCASION_AFTER_ON = /^on\s+the\s+(?:sidelines|margins|margin|occasion)\s+of\b/;
/** Calendar words that make `on …` a date, not a topic. */
const DATE_AFTER_ON = /^(?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)/;
/** What a statement does, after its signatories, place and day: `declaring the conclusion of …`, `launching negotiations on …`. */
const STATEMENT_PURPOSE = /(?:^|[\s,])(declaring|welcoming|launching|announcing|concluding|establishing|on)\s+(?=\S)/g;
/**
 * Where a purpose ends: another clause (`, and agreed`, `that`), a comma, the next document of a
 * list (`… negotiations and an MOU on …`) or the verb of a sentence it is the subject of (`… were signed`).
 */
export const PURPOSE_END = /,|\s(?:and\s+(?:agreed|pledged|said|called|noted|discussed|an?\s+(?:MOU|MoU|memorandum|agreement|letter|joint))|that|which|where|while|was|were)\b/;
const PURPOSE_MAX_WORDS = 14;
/** Another document's head word after the statement: what follows it is not the statement's. */
const OTHER_DOCUMENT = /\b(?:MOUs?|MoUs?|memorand(?:um|a|ums)|agreements?|arrangements?|contracts?|letters?\s+of\s+intent)\b/;
/** (`under which Korea and the GCC will resume negotiations on an FTA` does give its purpose.) */
const RELATIVE_CLAUSE = /\sin\s+which\s|(?<!\b(?:under|by|through))\s+which\s/;

/**
 * `signed a joint statement in Seoul on Thursday, December 28, declaring the conclusion of
 * negotiations on the Alpha–Beta FTA`, `… with X, Minister of Trade of Y, on November 25 declaring …`:
 * the purpose after the aside that names the other signatory, the place and the day, up to the
 * next clause. Null when the clause gives none.
 */
function purposeAfterAside(after: string): string | null {
  // `adopted a joint statement in which they … approved a joint study on X`: what a relative clause
  // tells is the statement's content, not its purpose.
  const clause = after.split(/[.;]/)[0]!.slice(0, 240).split(RELATIVE_CLAUSE)[0]!;
  // `adopted a joint statement and witnessed the exchange of 12 agreements and MOUs, including an
  // MOU on …`: a purpose that starts after another document is that document's.
  const otherDocument = OTHER_DOCUMENT.exec(clause)?.index ?? clause.length;
  for (const m of clause.matchAll(STATEMENT_PURPOSE)) {
    if (m.index > otherDocument) return null;
    const rest = clause.slice(m.index + m[0].length);
    if (m[1] === 'on' && (DATE_AFTER_ON.test(rest) || OCCASION_AFTER_ON.test(`on ${rest}`))) continue;
    // `issued a joint statement, welcoming the progress`: with no aside, a participle after a comma tells of the signatories.
    if (/^[\s,]*$/.test(clause.slice(0, m.index + 1)) && clause.slice(0, m.index + 1).includes(',')) return null;
    const stop = PURPOSE_END.exec(rest);
    const words = rest.slice(0, stop ? stop.index : rest.length).split(/\s+/).filter(Boolean).slice(0, PURPOSE_MAX_WORDS);
    while (words.length > 0 && TOPIC_CONNECTOR.test(words.at(-1)!)) words.pop();
    return words.length >= 2 ? `${m[1]} ${words.join(' ')}` : null;
  }
  return null;
}
