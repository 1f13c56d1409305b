import type { Mention } from '../../domain/index.js';
import type { Sentence } from '../analysed-text.js';
import type { PersonFinding } from '../findings.js';
import { ANOTHER_TIME } from '../lexicons/events.js';

/** A person named (or meant) at a place in a sentence. */
export interface PlacedPerson {
  readonly person: PersonFinding;
  readonly mention: Mention;
}

/** Words before a name that make it an object, not the one acting: `met with X`, `signed by X`, `He asked X for support`. */
const OBJECT_BEFORE = /\b(?:with|met|meet|meets|by|between|among|including|included|includes|welcomed|thanked|asked|urged|invited)\b/i;
/** `He first met…`, `On the same day, he held talks…`, `That afternoon he called on…`, `On May 16 he met…`, `On the sidelines he held…`. */
const PRONOUN = /(?:^|[,;]\s+|^(?:That|This)\s+(?:afternoon|morning|evening)\s+|^(?:Later|Earlier)\s+that\s+day\s+|^(?:On|At|In|During|After)\s+[^,;.]{1,40}?\s+)([Hh]e|[Ss]he)\s+\p{Ll}/u;
/** `X, Crown Prince of Y, greeted him at the airport`: the one the release follows, met as the object. */
const OBJECT_PRONOUN = /\b(?:greeted|welcomed|received|hosted|met|visited|called on|briefed)\s+(him|her)\b/;
/** `With Vice Minister X of the Ministry of Y, he reviewed…`: the pronoun after the opening counterpart clause. */
const PRONOUN_AFTER_WITH = /^(?:With|Meeting)\s+[^;]*?,\s+([Hh]e|[Ss]he)\s+\p{Ll}/u;
/** `In a meeting with X, …`, `In separate meetings with X, Y and Z, …`: the meetings of the person the release is following. */
const MEETING_WITH = /^(?:In|During|At)\s+(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}(?:meetings?|talks|calls?|conferences?|videoconferences?|consultations?)\s+with\b/;
/** `The two ministers signed…`, `The ministers also attended…`: the two people just named together (`the leaders of G20 members` is a group of others). */
const THE_TWO =
  /\b(?:(?:[Tt]he two|[Bb]oth)\s+(?:ministers|sides|leaders|officials|heads|delegations|parties|chiefs|counterparts|presidents|prime ministers)|[Tt]he\s+(?:ministers|leaders|delegation heads)(?!\s+of\b))\b/;

/** `The three leaders attended the Business Summit`: the three people just named together (a trilateral summit's). */
const THE_THREE = /\b(?:[Tt]he three|[Aa]ll three)\s+(?:ministers|leaders|heads of (?:state|government)|heads|delegation heads|chief negotiators)\b/;

/**
 * `signed the MOU in the presence of the two presidents`, `a ceremony witnessed by both leaders`,
 * `attended the ceremony together with the two presidents`, `with the two ministers witnessing
 * online`: the pair named before, as witnesses, wherever the phrase stands and whoever else the
 * sentence names.
 */
const WITNESSING_PAIR =
  /\b(?:(?:in the presence of|attended by|witnessed by|together with|along with|alongside)\s+(?:the two|both)\s+(?:leaders|presidents|prime ministers|heads of state|ministers)\b|with\s+(?:the two|both)\s+(?:leaders|presidents|prime ministers|heads of state|ministers)\s+(?:witnessing|attending|looking on|present|in attendance)\b)/i;

/**
 * `The signing followed summit talks between A and B, and the two leaders witnessed the ceremony`:
 * the pair the sentence named before the phrase, who also took part in the occasion it witnessed.
 */
const PAIR_WITNESSED =
  /\b(?:the two|both)\s+(?:leaders|presidents|prime ministers|heads of state)\s+(?:also\s+|then\s+)?(?:witnessed|attended|observed|were present at)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}(?:signing|ceremony|exchange)\b/i;

/** A clause that tells an earlier occasion in passing: `…, when Minister A met B`, `…, where A and B wrapped up`. */
const EARLIER_CLAUSE = /,\s+(?:when|where)\s+[^,;]*$/;
/**
 * After the pair, their own occasion dated to the month or the year only: `following the agreement
 * of A and B at their summit in Phnom Penh in March 2019` tells an earlier occasion, not the one
 * under way.
 */
const THEIR_EARLIER_OCCASION =
  /\b(?:at|during|after)\s+their\s+(?:[\w-]+\s+){0,2}(?:summit|meeting|talks|visit)\b[^.;,]*?\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b/;
/** `the two ministers`, `the two officials`: words that do not fit a pair of heads of state. */
const BELOW_HEADS = /\b(?:ministers|officials|delegations|delegation heads|chiefs)\b/;
/** `the two presidents`, `both leaders`: words that fit only a pair of heads of state. */
const HEADS_ONLY = /\b(?:presidents|leaders|prime ministers|heads of state)\b/i;
/**
 * `After the summit, they witnessed the signing …`: `they` opening a clause, before anyone the
 * sentence names, stands for the pair named together last.
 */
const THEY = /(?:^|[,;]\s+|^(?:On|At|In|During|After|Following)\s+[^,;.]{1,40}?,?\s+)([Tt]hey)\s+(?:also\s+|then\s+|later\s+|jointly\s+)?(?!(?:need|proceed|exceed|succeed)\b)\p{Ll}+ed\b/u;
/** The title right before a head of state's name: `President X`, `Prime Minister Y`, `President Sheikh W`, not `Vice President Z`. */
const HEAD_OF_STATE_BEFORE = /(?<!\bVice[\s-])\b(?:President|Prime Minister|King|Queen|Emir|Sultan|Chancellor|Premier)\s+(?:Sheikh\s+)?$/;
/** The same title as the first words of a short mention: `President Correa` is a mention with its title. */
const HEAD_OF_STATE_OPENING = /^(?:President|Prime Minister|King|Queen|Emir|Sultan|Chancellor|Premier)\s/;

/** Whether a person is named with a head of state's title: `President X`, `President Correa`. */
const isHeadOfState = (sentence: Sentence, p: PlacedPerson): boolean =>
  HEAD_OF_STATE_OPENING.test(p.mention.text) || HEAD_OF_STATE_BEFORE.test(sentence.text.slice(0, p.mention.start - sentence.start));

const mentionAt = (sentence: Sentence, match: RegExpExecArray, group = 0): Mention => {
  const text = match[group]!;
  const start = sentence.start + match.index + match[0].indexOf(text);
  return { text, start, end: start + text.length, sentenceIndex: sentence.index };
};

/**
 * The people a sentence means without naming them: `He` and `In a meeting with X` stand for the
 * person the release is following (the last one named before a verb), `the two ministers` for the
 * two last named together. `named` gives each sentence's named people in text order. Returns, by
 * sentence index, who is meant and the words that mean them.
 */
export function impliedSubjects(
  sentences: readonly Sentence[],
  named: (sentence: Sentence) => readonly PlacedPerson[],
): Map<number, PlacedPerson[]> {
  const implied = new Map<number, PlacedPerson[]>();
  let topic: PersonFinding | null = null;
  const guests = new Set<string>();
  let lastPair: readonly PersonFinding[] = [];
  /** The last three people named together in one sentence, whom `the three leaders` means. */
  let lastTrio: readonly PersonFinding[] = [];
  /** Whether both of `lastPair` were named as heads of state. */
  let lastPairHeads = false;
  /** The last pair of heads of state, whom `the two presidents` means after a pair of ministers was named. */
  let lastHeads: readonly PersonFinding[] = [];
  for (const sentence of sentences) {
    const people = named(sentence);
    const first = people[0];
    const extra: PlacedPerson[] = [];
    const present = new Set(people.map((p) => p.person.localId));
    const add = (person: PersonFinding, mention: Mention): void => {
      if (present.has(person.localId)) return;
      present.add(person.localId);
      extra.push({ person, mention });
    };
    const firstActs = first !== undefined && !OBJECT_BEFORE.test(sentence.text.slice(0, first.mention.start - sentence.start));
    if (!firstActs && topic) {
      const pronoun = PRONOUN.exec(sentence.text);
      const opener = MEETING_WITH.exec(sentence.text);
      const afterWith = PRONOUN_AFTER_WITH.exec(sentence.text);
      if (pronoun && (first === undefined || sentence.start + pronoun.index < first.mention.start)) add(topic, mentionAt(sentence, pronoun, 1));
      else if (opener) add(topic, mentionAt(sentence, opener));
      else if (afterWith) add(topic, mentionAt(sentence, afterWith, 1));
    }
    if (topic) {
      const object = OBJECT_PRONOUN.exec(sentence.text);
      if (object) add(topic, mentionAt(sentence, object, 1));
    }
    // `the two ministers co-chaired the Roundtable, attended by A and B`: the phrase is the subject
    // when it comes before everyone the sentence names, however many they are.
    // `signed by A, with the two ministers witnessing`: the two are witnesses, not the one who signed.
    const witnesses = WITNESSING_PAIR.exec(sentence.text);
    const pairPhrase = witnesses ? null : THE_TWO.exec(sentence.text);
    const two = pairPhrase && (present.size <= 1 || (first !== undefined && sentence.start + pairPhrase.index < first.mention.start)) ? pairPhrase : null;
    // `with the two ministers witnessing` means a pair of ministers; `the two presidents` a pair of heads of state.
    const witnessesFit = witnesses !== null && (BELOW_HEADS.test(witnesses[0]) ? lastPair.length === 2 && !lastPairHeads : lastPairHeads);
    if (witnesses && witnessesFit && !lastPair.some((p) => present.has(p.localId))) {
      for (const person of lastPair) add(person, mentionAt(sentence, witnesses));
    }
    // The pair named in this sentence before the phrase are meant again where the phrase stands,
    // for the occasion they witnessed is not the one their names were given for.
    const witnessed = PAIR_WITNESSED.exec(sentence.text);
    const pairBefore = witnessed ? people.filter((p) => p.mention.end <= sentence.start + witnessed.index) : [];
    if (witnessed && pairBefore.length === 2 && pairBefore.every((p) => isHeadOfState(sentence, p))) {
      for (const p of pairBefore) extra.push({ person: p.person, mention: mentionAt(sentence, witnessed) });
    }
    if (two) {
      // `The ministers attended a dinner hosted by Y`: the pair, unless one of them is the one named.
      const pairNamed = lastPair.some((p) => present.has(p.localId));
      // `The two ministers also discussed…` after `the commitment made by President A and President B`.
      const fits = !(lastPairHeads && BELOW_HEADS.test(two[0]));
      // `At the summit, President A asked …, and the two sides agreed`: one named before the phrase,
      // of no earlier pair, is one of the two; the pair named sentences before is not.
      const otherBefore = first !== undefined && sentence.start + two.index > first.mention.start && !lastPair.some((p) => p.localId === first.person.localId);
      // Otherwise the people the sentence names are the two, and no one is meant.
      const meansSomeone = !otherBefore;
      // `Minister A met Minister B. … Before the summit, the two presidents attended a forum`: the
      // heads of state named before the ministers, not the ministers.
      const heads = !lastPairHeads && HEADS_ONLY.test(two[0]) && lastHeads.length === 2 && !lastHeads.some((p) => present.has(p.localId)) ? lastHeads : null;
      if (meansSomeone && heads) for (const person of heads) add(person, mentionAt(sentence, two));
      else if (meansSomeone && lastPair.length === 2 && !pairNamed && fits) for (const person of lastPair) add(person, mentionAt(sentence, two));
      else if (meansSomeone && topic) add(topic, mentionAt(sentence, two));
    }
    const they = two || witnesses ? null : THEY.exec(sentence.text);
    if (they && lastPair.length === 2 && (first === undefined || sentence.start + they.index < first.mention.start) && !lastPair.some((p) => present.has(p.localId))) {
      for (const person of lastPair) add(person, mentionAt(sentence, they, 1));
    }
    // `The three leaders attended the Business Summit`: the trio, when the sentence names none of them.
    const three = THE_THREE.exec(sentence.text);
    if (three && lastTrio.length === 3 && !lastTrio.some((p) => present.has(p.localId))) for (const person of lastTrio) add(person, mentionAt(sentence, three));
    // `Minister A met Representative B. Representative B took note …`: one met as a guest does not
    // become the one the release follows, whom `he` goes on meaning.
    if (firstActs && !guests.has(first.person.localId)) topic = first.person;
    for (const p of people) if (topic && p.person.localId !== topic.localId && OBJECT_BEFORE.test(sentence.text.slice(0, p.mention.start - sentence.start))) guests.add(p.person.localId);
    // A pair named at another time (`after A and B declared it last November`) is not `the two` of
    // the occasion under way.
    // Nor is a pair told in a clause about an earlier occasion (`Negotiations were concluded on
    // August 30, when Minister A met B`): `the two sides aim to sign` later is not about them.
    const toldAside =
      first !== undefined &&
      (EARLIER_CLAUSE.test(sentence.text.slice(0, first.mention.start - sentence.start)) || THEIR_EARLIER_OCCASION.test(sentence.text.slice(first.mention.end - sentence.start)));
    if (people.length === 3 && new Set(people.map((p) => p.person.localId)).size === 3 && !ANOTHER_TIME.test(sentence.text) && !toldAside) lastTrio = people.map((p) => p.person);
    if (present.size === 2 && !ANOTHER_TIME.test(sentence.text) && !toldAside) {
      const pair = [...new Set([...people.map((p) => p.person), ...extra.map((p) => p.person)])];
      // `The two leaders agreed …, and President A invited …`: the same pair, meant again, are still heads of state.
      const samePair = pair.length === lastPair.length && pair.every((p) => lastPair.includes(p));
      lastPairHeads = samePair ? lastPairHeads : people.length === 2 && people.every((p) => isHeadOfState(sentence, p));
      lastPair = pair;
      if (lastPairHeads) lastHeads = pair;
    }
    if (extra.length > 0) implied.set(sentence.index, extra);
  }
  return implied;
}
