import { TITLE_WORD } from '../lexicons/events.js';

/**
 * A phrasing that names a person in a meeting sentence without their taking part: `on behalf of
 * President X`, `X, who will visit next month`, `accompanying President X on his state visit`.
 * `before` reads the sentence up to the person's name (its last 120 characters), `after` the
 * sentence from the end of the name (its first 160). Each row carries an example in which
 * Minister Han Ji-su meets Secretary Laura Grant and Paul Weiss is named but absent, and
 * neighbours in which Paul Weiss does take part; the tests are built from these rows.
 */
export interface NotPresentPhrasing {
  readonly side: 'before' | 'after';
  readonly pattern: RegExp;
  /** When set, the other side of the name must match it too (`after President X` + `announced …`). */
  readonly alsoAfter?: RegExp;
  readonly example: string;
  readonly mustNot: readonly string[];
}

/**
 * Up to five words of a name or title before a person: `President Kim Min-su`, `the late Minister X`.
 * A copula is no part of one: in `Signing on behalf of their countries were X`, the phrase ends
 * before `were` and X is its subject.
 */
const NAME_WORDS = String.raw`(?:(?!(?:is|are|was|were)\s)[\p{L}.’'-]+\s+){0,5}`;

/** The meeting every example reports. */
const MET = 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8';

export const NOT_PRESENT_PHRASINGS: readonly NotPresentPhrasing[] = [
  {
    side: 'before',
    pattern: new RegExp(
      String.raw`\b(?:on behalf of|in place of|at the invitation of|on the invitation of|upon the invitation of|invited by|under the (?:leadership|administration|government|presidency) of|under(?=\s+(?:former\s+|then-)?(?:President|Prime Minister)\b)|letter from|message from|letters? of|messages? of|greetings from|(?:message|letter|greetings) (?:sent|delivered|read) (?:by|from)|as instructed by|appointed by)\s+(?:the\s+)?${NAME_WORDS}$`,
      // `On behalf of President X, he renewed…`: the phrase opens the sentence as often as not.
      'iu',
    ),
    example: `${MET} on behalf of President Paul Weiss.`,
    mustNot: [
      `${MET}, and President Paul Weiss joined them.`,
      `On behalf of the embassy, ${MET}, and President Paul Weiss joined them.`,
      `${MET} and signed the agreement. Signing on behalf of their countries were Paul Weiss, Minister of Trade; and Laura Grant, Secretary of Commerce.`,
    ],
  },
  {
    // `co-chaired the meeting on behalf of Minister A and Australian Minister for Trade and
    // Investment B`: the principals the two stood in for, both of them.
    side: 'before',
    pattern: new RegExp(String.raw`\b(?:on behalf of|in place of)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,2}${TITLE_WORD}\s+(?:[\p{L}.’'-]+\s+){1,4}and\s+(?:[\p{L}.’'-]+\s+){0,8}$`, 'u'),
    example: `${MET} on behalf of Minister Omar Haddad and Canadian Minister for Trade and Investment Paul Weiss.`,
    mustNot: [`${MET} on behalf of Minister Omar Haddad, and Canadian Minister for Trade and Investment Paul Weiss joined them.`],
  },
  {
    // `On behalf of X he renewed the invitation for President Y to visit`: the one invited later.
    side: 'before',
    pattern: new RegExp(String.raw`\binvitations?\s+(?:for|to)\s+(?:the\s+)?${NAME_WORDS}$`, 'u'),
    alsoAfter: /^\s+to\s+(?:visit|come|attend|make)\b/,
    example: `${MET}. Grant renewed the invitation for President Paul Weiss to visit Canada.`,
    mustNot: [`${MET} after an invitation to President Paul Weiss, who joined them.`],
  },
  {
    // `asked for support for Minister X, a candidate for the post`: the one a request is about.
    side: 'before',
    pattern: new RegExp(String.raw`\b(?:support|backing|votes?)\s+for\s+(?:the\s+)?(?:candidacy\s+of\s+)?${NAME_WORDS}$|\b(?:candidacy|bid)\s+of\s+(?:the\s+)?${NAME_WORDS}$`, 'u'),
    example: `${MET} and asked for support for Minister Paul Weiss, a candidate for the post.`,
    mustNot: [`${MET}, and with the support of the embassy, Minister Paul Weiss joined them.`],
  },
  {
    // `Secretary Y, who is in Seoul with President X, signed…`: the one the counterpart travels with.
    side: 'before',
    pattern: new RegExp(String.raw`\bwho\s+(?:is|was|are|were)\s+(?:in\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+)?(?:with|alongside)\s+(?:the\s+)?${NAME_WORDS}$`, 'u'),
    example: 'Minister Han Ji-su met with Secretary Laura Grant, who is in Seoul with President Paul Weiss, on May 8.',
    mustNot: ['Minister Han Ji-su met with Secretary Laura Grant, and with President Paul Weiss, on May 8.'],
  },
  {
    // `the final round, in which she faces Nigeria's former minister X`: a rival, not a guest.
    side: 'before',
    pattern: new RegExp(String.raw`\b(?:faces|facing|rivals?|opponents?|competitors?|challengers?)\s+(?:the\s+)?${NAME_WORDS}$`, 'u'),
    example: `${MET} to back her candidacy in the final round, in which she faces former Minister Paul Weiss.`,
    mustNot: [`${MET}, and Minister Paul Weiss, facing no rival, joined them.`],
  },
  {
    // `As President X noted, trade builds trust`: a saying quoted.
    side: 'before',
    pattern: new RegExp(String.raw`(?:^|[,;“"]\s*)As\s+${NAME_WORDS}$`, 'u'),
    example: `${MET}. As President Paul Weiss noted, trade builds trust.`,
    mustNot: [`${MET}. Han and President Paul Weiss discussed steel.`],
  },
  {
    // The one the subject travels with: `Minister X, who is accompanying President Y on his state
    // visit, met Z`. The meeting is the minister's; the head of state's own talks are reported apart.
    side: 'before',
    pattern: new RegExp(String.raw`\b(?:accompanying|accompanied(?!\s+by\b))\s+(?:the\s+)?${NAME_WORDS}$`, 'u'),
    example: 'Minister Han Ji-su, who is accompanying President Paul Weiss on his state visit, met with Secretary Laura Grant in Ottawa on May 8.',
    mustNot: ['Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8, accompanied by Ambassador Paul Weiss and two deputies.'],
  },
  {
    // `the visit of Crown Princess X`, `during the official visit to Korea of Prime Minister X`:
    // the occasion around the meeting, not the meeting.
    side: 'before',
    pattern: /\bvisits?\s+(?:to\s+(?:the\s+)?\p{Lu}[\p{L}.-]*\s+)?(?:of|by)\s+(?:[\p{L}’'.-]+\s+){0,8}$/u,
    example: `${MET}. The meeting took place during the official visit to Canada of Prime Minister Paul Weiss.`,
    mustNot: [`${MET}. The meeting took place during the visit, and Prime Minister Paul Weiss joined it.`],
  },
  {
    // `presidential spokesperson X said`: the one who reports the meeting, not a party to it.
    side: 'before',
    pattern: new RegExp(String.raw`\b(?:spokes(?:person|man|woman)|press secretary)\s+${NAME_WORDS}$`, 'u'),
    example: `${MET}, presidential spokesperson Paul Weiss said.`,
    mustNot: [`${MET}. Deputy Minister Paul Weiss also attended.`],
  },
  {
    // Only a coming trip: `X, who will host the summit next year` may well be in the room now.
    side: 'after',
    pattern: /^[^.;]{0,60}?,\s+who\s+(?:will|is (?:expected|scheduled|set|due) to|plans to|is to)\s+(?:visit|travel|come|arrive|make (?:a|an|his|her) (?:visit|trip))\b/,
    example: `${MET}. They also discussed preparations for President Paul Weiss, who will visit Seoul next month.`,
    mustNot: ['Minister Han Ji-su met with Minister Paul Weiss, who will host the summit next year, in Ottawa on May 8.'],
  },
  {
    // `the tariff announced by President X`, `the measures imposed by X`: the author of a policy
    // the meeting discusses. (`attended by`, `signed by`, `hosted by` name those present.)
    side: 'before',
    pattern: new RegExp(String.raw`\b(?:announced|imposed|ordered|proposed|introduced|threatened|unveiled|raised|set)\s+by\s+(?:the\s+)?${NAME_WORDS}$`, 'u'),
    example: `${MET} to discuss the tariff announced by President Paul Weiss.`,
    mustNot: [`${MET}, and the talks were attended by President Paul Weiss.`],
  },
  {
    // `…, after President X announced that tariffs would rise`: the cause of the meeting, told in
    // a clause of its own. (`after President X met …` is the other's own occasion, kept.)
    side: 'before',
    pattern: new RegExp(String.raw`\b(?:after|since|when|because)\s+(?:the\s+)?${NAME_WORDS}$`, 'u'),
    alsoAfter: /^\s+(?:had\s+|has\s+)?(?:announced|imposed|threatened|ordered|raised|unveiled)\b/,
    example: `${MET}, after President Paul Weiss announced that tariffs would rise.`,
    mustNot: [`${MET}, after President Paul Weiss joined them for lunch.`],
  },
  {
    // A coming occasion the meeting precedes: `ahead of President X's visit for a summit with
    // President Y`, `during which he will hold a summit with President Y`: Y meets someone else, later.
    side: 'before',
    pattern: new RegExp(
      String.raw`\b(?:ahead of|prepares? to|preparing to|in preparation for|will|(?:is|are) (?:scheduled|expected|set|due) to)\s[^.;,]{0,90}?\b(?:summit|talks|meeting)\s+(?:with|between)\s+(?:the\s+)?${NAME_WORDS}$`,
      'u',
    ),
    example: `${MET} ahead of a state visit, during which Laura Grant will hold a summit with President Paul Weiss.`,
    mustNot: [`${MET}, and on May 9 Han held talks with President Paul Weiss.`],
  },
  {
    // `The meeting came as President X prepares to visit Japan`: the one whose trip lies ahead.
    side: 'after',
    pattern: /^\s+(?:prepares|is preparing|(?:is|are) (?:scheduled|expected|set|due))\s+(?:to\s+)?(?:visit|travel|hold|attend|host)\b/,
    example: `${MET}. The meeting came as President Paul Weiss prepares to visit Seoul for a summit.`,
    mustNot: [`${MET}. President Paul Weiss, who prepared the visit, also attended.`],
  },
  {
    // `a business forum organized by the X Council, whose chairman, Y, is Vice Chairman of Z`: the
    // head of a body described in passing, not one said to be there.
    side: 'before',
    pattern: /,\s+whose\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+,?\s+$/u,
    alsoAfter: /^\s*,?\s+(?:is|was|has been|had been|also serves as|serves as)\b/,
    example: `${MET}. The meeting was followed by a forum organized by the Alder Business Council, whose chairman, Paul Weiss, is Vice Chairman of Alder Textile.`,
    mustNot: [`${MET}. The meeting was followed by a forum organized by the Alder Business Council, whose chairman, Paul Weiss, spoke at the forum.`],
  },
  {
    // `The meeting took place shortly before President-elect X was reported to have chosen Y`: the
    // occasion placed in time by what someone else did, in a clause of their own.
    side: 'before',
    pattern: new RegExp(String.raw`\b(?:took place|came|was held|were held)\s+(?:(?:shortly|just|only|days|weeks|a day|a week)\s+)?(?:before|after)\s+(?:the\s+)?${NAME_WORDS}$`, 'u'),
    alsoAfter: /^\s+(?:was|were|had|has|is)\b/,
    example: `${MET}. The meeting took place shortly before President-elect Paul Weiss was reported to have chosen Grant for a cabinet post.`,
    mustNot: [`${MET}. The meeting took place shortly before President Paul Weiss joined them.`],
  },
  {
    // `X told members on October 8 that Minister A and B had received the broadest support`: those
    // a speaker reports on, in a that-clause whose verb is no meeting (the candidates for a post).
    side: 'before',
    // Only capitalised words (a title, another name and `and`) between `that` and the name: `that
    // she had met Minister X` reports a meeting.
    pattern: /\b(?:told|informed|notified)\s+(?:[^.;]{0,80}?\s)?that\s+(?:(?:the|former|and)\s+|\p{Lu}[\p{L}.’'-]*,?\s+){0,6}$/u,
    alsoAfter: /^[^.;]{0,80}?\b(?:had|has|have)\s+(?:received|won|gained|secured|drawn|been\s+(?:selected|chosen|shortlisted|nominated))\b/,
    example: `${MET}. The chair, Omar Haddad, told members on May 9 that Minister Paul Weiss and Ann Lowe had received the broadest support.`,
    mustNot: [`${MET}. Grant told reporters that she had met Minister Paul Weiss, who had received her warmly.`],
  },
  {
    // `…, according to Senior Secretary X`: the source of the account, not one at the table.
    side: 'before',
    pattern: new RegExp(String.raw`\baccording to\s+(?:the\s+)?${NAME_WORDS}$`, 'u'),
    example: `${MET}, and Grant praised the alliance, according to presidential spokesman Paul Weiss.`,
    mustNot: [`${MET}, according to the ministry, and Paul Weiss joined them.`],
  },
  {
    // `Foreign Minister X told reporters that the summit ran long`, `spokesman X briefed reporters
    // afterwards`: the one who reports the meeting to the press.
    side: 'after',
    pattern: /^\s+(?:later\s+|afterwards\s+)?(?:told|briefed)\s+(?:reporters|journalists|the press|the media|a press)\b/,
    example: `${MET}. Spokesman Paul Weiss told reporters that the talks had run long.`,
    mustNot: [`${MET}. Deputy Minister Paul Weiss also attended and told reporters the talks went well.`],
  },
  {
    // `X said last year that …`, `Adviser X had said before the trip that the summit would …`:
    // words spoken at another time than the meeting.
    side: 'after',
    pattern: /^\s+(?:had\s+|has\s+)?(?:said|stated|noted|remarked|announced|pledged|promised)\b[^.;]{0,40}?\b(?:last (?:year|month|week)|in (?:19|20)\d\d|years? ago|previously|at the time|before the (?:trip|visit|summit|talks|meeting))\b/,
    example: `${MET}. Grant recalled that President Paul Weiss said last year that the alliance was strong.`,
    mustNot: [`${MET}. Deputy Minister Paul Weiss also attended and said the talks went well.`],
  },
];

/** Whether a row of the table puts the person between `before` and `after` elsewhere. */
export function isNamedNotPresent(before: string, after: string): boolean {
  const head = before.slice(-120);
  const tail = after.slice(0, 160);
  return NOT_PRESENT_PHRASINGS.some((p) => p.pattern.test(p.side === 'before' ? head : tail) && (p.alsoAfter?.test(tail) ?? true));
}
