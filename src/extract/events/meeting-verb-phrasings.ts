import type { EventKind } from '../../domain/index.js';
import { IN_SENTENCE, TITLE_WORD, TITLED } from '../lexicons/events.js';

/**
 * A verb phrasing that reports two named people meeting without an event noun (`A and B
 * formally launched the talks`, `discussed steel with X`). Each row is data: its pattern (matched
 * against one sentence; where it matches is the occasion's trigger), the kind it suggests, an
 * example in which Minister Han Ji-su and Laura Grant meet, and neighbours in which they do not;
 * the unit test derives its rows from this table.
 */
export interface MeetingVerbPhrasing {
  readonly pattern: RegExp;
  readonly kind: EventKind;
  /**
   * The pattern itself reaches the one met (`discussed steel with Commissioner X`), so the occasion
   * has a named counterpart even though none follows the trigger's last word.
   */
  readonly counterpart?: boolean;
  readonly example: string;
  readonly mustNot: readonly string[];
}

/**
 * Verbs two people named as one subject do together at an occasion; `spoke` and `talked` only with
 * when or how (`last spoke on November 4`, `spoke by phone`), not `A and B also spoke` at a forum.
 */
const JOINT_VERB = String.raw`(?:(?:spoke|talked)(?=\s+(?:on|by|over|in|via)\s)|discussed|agreed|adopted|exchanged views|reviewed|declared|confirmed|pledged|reached (?:an\s+)?agreement|committed|launched|announced|instructed|expressed|reaffirmed|signed (?:it|them)\b)`;

/**
 * The second of two subjects, up to the verb: a title that may hold a series and connectors
 * (`Minister of Trade, Industry and Energy X`, `Director-General X of Israel's Economy Ministry`),
 * ending on a capitalised word (the name or the body), and perhaps an adverb (`formally`, `last`:
 * `A and B last spoke on November 4 in Bangkok`). An
 * `and` inside a body's name (`the Ministry of Foreign Affairs and Trade announced`) joins no
 * subjects; one inside a title's (`Minister of Foreign Affairs A and B confirmed`) does.
 */
const SECOND_SUBJECT = String.raw`(?<!\b(?:Ministry|Department|Office|Agency|Commission|Council|Bureau|Association|Federation|Chamber|Institute|Administration|Secretariat)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+){0,3}\p{Lu}[\p{L}-]*,?)\sand\s+(?:(?:the\s+)?visiting\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|of|for|and|the),?\s+){0,11}\p{Lu}[\p{L}.’'-]*\s+(?:\([^)]*\)\s+)?(?:(?:\p{Ll}+ly|last|first)\s+)?`;

/** Lower-case words of an appositive that make the name before it a person's: `X, chief trade counsel of …`. */
const POST_NOUN = String.raw`(?:chief|head|director|minister|secretary|president|ambassador|commissioner|counsel|negotiator|chair(?:man|woman|person)?|governor|representative|envoy)`;

/** A name whose given name holds a hyphen (`Marc-André Roy, chief of staff`), then a post. */
const HYPHENED_NAME_POST = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3},\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${POST_NOUN}|${TITLE_WORD})\b`;

/** A name that may hold particles (`Omar bin Said Al Rahal, the UAE’s Minister of State`), then a post. */
const PARTICLED_NAME_POST = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:bin|bint|ibn|al|el|de|da|del|van|von|der|le)\s+)?\p{Lu}[\p{L}’'-]+){1,4},\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,4}?(?:${POST_NOUN}|${TITLE_WORD})\b`;

/** A person after `with`: a title (`Commissioner X`), or a name followed by a post (`Dana Holt, chief counsel`). */
const PERSON_AFTER = String.raw`(?:${TITLED}|\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2},\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${POST_NOUN}|${TITLE_WORD})\b)`;

/** The meeting-free sentence the neighbours build on. */
const ELSEWHERE = 'Laura Grant spoke in Ottawa on May 8';

export const MEETING_VERB_PHRASINGS: readonly MeetingVerbPhrasing[] = [
  {
    // `A and <a long title> B formally launched the process`, `A and B committed in New Delhi to
    // conclude the review`, `A and B signed it in London`: two named subjects acting together.
    // The verb is matched first and the lookbehind checked only there (a leading lookbehind is
    // tried at every character of every sentence).
    pattern: new RegExp(String.raw`${JOINT_VERB}(?<=^[^.;]{0,200}?${SECOND_SUBJECT}${JOINT_VERB})`, 'u'),
    kind: 'bilateral',
    example: 'Minister Han Ji-su and Minister of Trade, Industry and Energy Laura Grant formally launched the process in Seoul on May 8.',
    mustNot: [
      `Minister Han Ji-su said Korea and Canada committed to free trade. ${ELSEWHERE}.`,
      'Minister Han Ji-su said the ministry launched a fund, and Laura Grant welcomed it.',
      'Minister Han Ji-su said on May 8 that Laura Grant would visit Seoul next year, the Ministry of Foreign Affairs and Trade announced.',
    ],
  },
  {
    // `was signed in Ankara on August 1, 2012 by A and B`, `was concluded in 2021 and signed on
    // October 26 by A and B`, `were relaunched in Jakarta by then Minister A and B`: the passive
    // names those who signed or launched after the verb, past a date whose year follows a comma.
    // Whatever was signed, the occasion has people only when the `by` names them.
    pattern:
      /(?:signed|initial(?:l)?ed|(?:re)?launched)(?<=\b(?:was|were|has been|have been|will be)\s+(?:[^.;]{0,60}?\sand\s+)?(?:signed|initial(?:l)?ed|(?:re)?launched))(?=(?:[^.;,]|,(?=\s+\d{4}\b)){0,60}?\sby\s+(?:then[-\s]+)?(?:the\s+)?\p{Lu})/u,
    kind: 'signing',
    example: 'The framework agreement and the agreement on goods were signed in Ankara on August 1, 2012 by then Minister for Trade Han Ji-su and Minister of Economy Laura Grant.',
    mustNot: [
      `The agreement was signed in 2012, Minister Han Ji-su said, and it was welcomed by business. ${ELSEWHERE}.`,
      `Minister Han Ji-su said the agreement was signed by Alderland and Birchland in 2012. ${ELSEWHERE}.`,
    ],
  },
  {
    // `In the presence of the two presidents, an agreement was also signed with X, Cabinet Secretary
    // for Education`: the passive names the one signed with, a person by title or post.
    pattern: new RegExp(String.raw`\bsigned(?<=\b(?:was|were)\s+(?:also\s+)?signed)(?=\s+with\s+(?:the\s+)?${PERSON_AFTER})`, 'u'),
    kind: 'signing',
    example: 'In the presence of President Han Ji-su, an agreement was also signed with Laura Grant, Cabinet Secretary for Education, on a new institute.',
    mustNot: [
      `Minister Han Ji-su said the agreement was signed with Birchland in 2012. ${ELSEWHERE}.`,
      `Minister Han Ji-su said the agreement was signed with the Alder Institute, and Laura Grant welcomed it.`,
    ],
  },
  {
    // `Both documents were signed by the heads of KNOC and ADNOC in the presence of …`: the bodies'
    // heads signed, unnamed; those named as present met at the signing.
    pattern: /\bsigned(?<=\b(?:was|were)\s+signed)(?=\s+by\s+the\s+(?:heads|chiefs|chief executives|CEOs|presidents)\s+of\s+(?:the\s+)?\p{Lu}[^.;]{0,80}?\s(?:in the presence of|witnessed by|attended by)\s)/u,
    kind: 'signing',
    example: 'Both documents were signed by the heads of Alder Oil and Birch Gas in the presence of President Han Ji-su and President Laura Grant.',
    mustNot: [
      `The documents were signed by the heads of Alder Oil and Birch Gas, and Minister Han Ji-su welcomed them. ${ELSEWHERE}.`,
      `The documents were signed by the heads of state last year, Minister Han Ji-su said. ${ELSEWHERE}.`,
    ],
  },
  {
    // `visited the headquarters of Alder with King X`, `toured the plant with Minister X`: a visit
    // made together with someone named. The match ends before the one visited with.
    // A purpose after the place (`visited Beijing to hold a meeting with Minister X`) is the
    // occasion itself, read by its own trigger.
    pattern: new RegExp(String.raw`\b(?:visited|toured)\b(?=(?:(?!\s(?:to|for|and)\s)[^.;,]){0,80}?\swith\s+(?:the\s+)?${TITLED})`, 'u'),
    kind: 'other',
    counterpart: true,
    example: 'On December 12, Minister Han Ji-su visited the Veldhoven headquarters of Alder with King Laura Grant.',
    mustNot: [
      `Minister Han Ji-su visited a plant with new equipment. ${ELSEWHERE}.`,
      `Minister Han Ji-su visited Alder, which works with Minister Laura Grant's ministry on chips, in May, and met no one there. ${ELSEWHERE}.`,
    ],
  },
  {
    // `had breakfast with X, chief of staff to …`, `had a working lunch with Minister X`: a meal
    // with someone named is a meeting. The match ends before the one met.
    pattern: new RegExp(String.raw`\bhad\s+(?:a\s+)?(?:working\s+)?(?:breakfast|lunch|luncheon|dinner)(?:\s+meeting)?\s+with\s+(?:the\s+)?(?=${PERSON_AFTER}|${HYPHENED_NAME_POST})`, 'u'),
    kind: 'bilateral',
    counterpart: true,
    example: 'Minister Han Ji-su had breakfast with Laura Grant, chief of staff to the Prime Minister, in Ottawa on May 8.',
    mustNot: [`Minister Han Ji-su had lunch with business leaders in Ottawa. ${ELSEWHERE}.`],
  },
  {
    // `delivered a personal letter from President A to Prime Minister X`: the letter is handed
    // over in person (the sender is named in passing; see not-present-phrasings).
    pattern: new RegExp(String.raw`\bdelivered\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:letter|message)\b(?=${IN_SENTENCE}{0,80}?\sto\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}${TITLED})`, 'u'),
    kind: 'bilateral',
    counterpart: true,
    example: 'Minister Han Ji-su delivered a personal letter from President Paul Weiss to Canadian Prime Minister Laura Grant in Ottawa on May 8.',
    mustNot: [`Minister Han Ji-su delivered a message to the business community. ${ELSEWHERE}.`],
  },
  {
    // `visited Dubai and issued a joint statement with X, the UAE’s Minister of State for Foreign
    // Trade`: a statement issued together is made at a meeting. The match ends before the one met.
    pattern: new RegExp(String.raw`\b(?:issued|adopted|released|signed)\s+a\s+joint\s+(?:press\s+)?(?:statement|declaration)\s+with\s+(?:the\s+)?(?=${TITLED}|${PARTICLED_NAME_POST})`, 'u'),
    kind: 'bilateral',
    counterpart: true,
    example: 'Minister Han Ji-su visited Dubai and issued a joint statement with Laura Grant, the UAE’s Minister of State for Foreign Trade, on May 8.',
    mustNot: [`Minister Han Ji-su issued a joint statement with the ministry of Alderland. ${ELSEWHERE}.`],
  },
  {
    // `also met outgoing Trade Representative X`, `met visiting Minister X`: a counterpart whose
    // title opens with a lower-case word.
    // The match ends before the name, so the occasion is known to be with someone named.
    pattern: /\bmet\s+(?:with\s+)?(?:the\s+)?(?:outgoing|incoming|visiting|former|newly[- ]appointed|new)(?=\s+\p{Lu})/u,
    kind: 'bilateral',
    example: 'During the trip Minister Han Ji-su also met outgoing Trade Representative Laura Grant.',
    mustNot: [`The outgoing targets were met, Minister Han Ji-su said. ${ELSEWHERE}.`],
  },
  {
    // `discussed trade issues with Dana Holt, chief trade counsel of …`, `discussed steel with
    // Commissioner X`: a talk with someone named, told by what was discussed.
    pattern: new RegExp(String.raw`\bdiscussed\b(?=${IN_SENTENCE}{0,100}?\swith\s+(?:the\s+)?(?:visiting\s+|outgoing\s+)?${PERSON_AFTER})`, 'u'),
    kind: 'bilateral',
    counterpart: true,
    example: 'Minister Han Ji-su discussed pending trade issues with Laura Grant, chief trade counsel of the Ways and Means Committee, in Washington on May 8.',
    mustNot: [
      'Minister Han Ji-su discussed cooperation with Alder Electronics, a chip maker, and Laura Grant, who leads it, spoke later.',
      `Minister Han Ji-su discussed cooperation with Canada. ${ELSEWHERE}.`,
    ],
  },
  {
    // `discussed the outlook with former Representatives A, B and C`: a talk with several people
    // under one plural title (`former` is how releases name those who have left a post).
    pattern: new RegExp(String.raw`\bdiscussed\b(?=${IN_SENTENCE}{0,100}?\swith\s+(?:the\s+)?(?:former\s+|visiting\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?${TITLE_WORD}s\s+\p{Lu})`, 'u'),
    kind: 'bilateral',
    counterpart: true,
    // The full stops of an initialism (`the outlook for U.S. trade policy`) end no sentence.
    example: 'Minister Han Ji-su discussed the outlook for U.S. trade policy with former Representatives Laura Grant and Paul Weiss in Washington on May 8.',
    mustNot: [`Minister Han Ji-su discussed the outlook with former representatives of the industry. ${ELSEWHERE}.`],
  },
  {
    // `He asked U.S. Representative X for support on visa issues, and discussed …`, `agreed with
    // Secretary X to strengthen cooperation`: a request made to, or an accord reached with, someone
    // named with a title is a talk with them, one clause of a round of calls told in a sentence.
    pattern: new RegExp(String.raw`\b(?:asked|urged|agreed\s+with)(?=\s+(?:the\s+)?${TITLED}${IN_SENTENCE}{0,120}?\s(?:for|to)\s)`, 'u'),
    kind: 'bilateral',
    counterpart: true,
    example: 'On the margins of the forum in Paris on May 8, Minister Han Ji-su asked Birchland’s Minister for Resources, Laura Grant, for her government’s support on supply chains.',
    mustNot: [
      `Minister Han Ji-su asked the industry for support. ${ELSEWHERE}.`,
      `Minister Han Ji-su agreed with the view of the industry that support is needed. ${ELSEWHERE}.`,
    ],
  },
  {
    // `received an economic delegation from the state of X led by Governor Y`, `hosted a trade
    // delegation headed by Minister Y`: the head of a visiting delegation is the one met.
    // The match ends before the head's name; the full stops of `U.S.` do not end the sentence.
    pattern: new RegExp(String.raw`\b(?:received|hosted|welcomed|greeted)\s+(?:a|an|the)\s+(?:[\p{L}.’'-]+\s+){0,10}?delegation\b${IN_SENTENCE}{0,80}?\b(?:led|headed)\s+by\s+(?:the\s+)?(?=\p{Lu})`, 'u'),
    kind: 'bilateral',
    example: 'Minister Han Ji-su received an economic delegation from the U.S. state of Alderland led by Governor Laura Grant in Seoul on October 20.',
    mustNot: [
      `Minister Han Ji-su received a report on the delegation led by the ministry. ${ELSEWHERE}.`,
      `The delegation led by Minister Han Ji-su received praise. ${ELSEWHERE}.`,
    ],
  },
];
