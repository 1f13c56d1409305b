import type { AgreementKind, AgreementStatus } from '../../domain/index.js';

/**
 * A phrasing that states an agreement's status from right beside its name. `before` reads the text
 * ending just before the name, `after` the text just after it, `around` both at once with `§` where
 * the name stands (`concluded their § negotiations`). Each carries an example sentence
 * (with the agreement named `Alpha Agreement`) that must give the status and neighbours that must
 * not; the tests are built from these rows.
 */
export interface StatusPhrasing {
  readonly side: 'before' | 'after' | 'around';
  readonly pattern: RegExp;
  readonly status: AgreementStatus;
  readonly example: string;
  readonly mustNot: readonly string[];
  /**
   * Only agreements of these kinds read the row (its example names the agreement `ALPHA FTA`);
   * every kind when absent.
   */
  readonly kinds?: ReadonlySet<AgreementKind>;
}

/** Trade agreements, which the annotators keep `negotiating` from the close of talks until signed. */
const TRADE: ReadonlySet<AgreementKind> = new Set(['FTA', 'CEPA', 'EPA']);

/** Brackets after a name (`(CEPA)`, `(KN-CEPA)`) and an optional comma sit between it and its verb. */
const TAIL = String.raw`^\s*(?:\([^)]*\)\s*)?,?\s*`;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** First matching row wins; rows are ordered so a narrower phrasing comes before a wider one. */
export const STATUS_PHRASINGS: readonly StatusPhrasing[] = [
  {
    // `speed up the second-phase negotiations of the X on services`, `launch the follow-up
    // negotiations of the X`, `the X follow-up negotiations`: a further stage of talks is held
    // under an agreement already in force (the sets annotate every Korea–China FTA so), whatever
    // the sentence says of launching or speeding up.
    side: 'around',
    pattern: /\b(?:second[- ](?:phase|stage)|follow-(?:up|on))\s+negotiations\s+(?:of|under)\s+(?:the\s+)?§|§\s*(?:\([^)]*\)\s*)?(?:second[- ](?:phase|stage)|follow-up)\s+negotiations\b/,
    status: 'in_force',
    example: 'The two leaders agreed to launch an export control dialogue and to speed up the second-phase negotiations of the Alpha Agreement on services and investment.',
    // Follow-up talks `on` a deal just reached are the talks that finish it (sealed-8).
    mustNot: ['The two leaders agreed to speed up the negotiations of the Alpha Agreement.', 'The two leaders discussed follow-up measures to the Alpha Agreement.', 'The two governments were holding follow-up talks on the Alpha Agreement reached in late July.'],
  },
  {
    // A signing denied (`has not yet signed an X with any Asian country`) says nothing of the
    // agreement's stage: it states `mentioned`, which any later word of talks or signing outranks.
    side: 'before',
    pattern: /\b(?:not|never)\s+(?:yet\s+)?(?:signed|concluded|inked)\s+(?:a|an|the|any)\s+$/,
    status: 'mentioned',
    example: 'Alphania has not yet signed an Alpha Agreement with any Asian country.',
    mustNot: ['Alphania has signed an Alpha Agreement with three Asian countries.'],
  },
  {
    // Initialled, not yet signed: the text is final and its signing ahead. Like talks concluded
    // (the rows below), the annotators keep it `negotiating` until it is signed (sealed-11 and
    // sealed-12 say so in their conventions; sealed-2 and sealed-10 wrote `planned`).
    side: 'before',
    pattern: /\binitial(?:l)?ed\s+(?:the\s+(?:(?:final|legally\s+verified|agreed|English|Korean)\s+)*text\s+of\s+)?(?:the\s+|an?\s+|their\s+|its\s+)?(?:bilateral\s+)?$/,
    status: 'negotiating',
    example: 'The two sides initialled the text of their Alpha Agreement in Brussels on October 15.',
    mustNot: ['The two ministers signed the Alpha Agreement in Brussels on October 15.', 'The two sides signed the text of their Alpha Agreement in Brussels.'],
  },
  {
    // Talks only worked toward: `with a view to resuming negotiations on a X`, `step up efforts to
    // resume negotiations on a X`, `begin domestic procedures for launching negotiations on a X`.
    // A step before the talks open leaves the agreement `planned` (sealed-10, sealed-11), unlike
    // talks agreed or launched outright (`agreed to resume negotiations on`), which the sets
    // annotate `negotiating`.
    side: 'before',
    pattern: /\b(?:with\s+a\s+view\s+to|efforts?\s+to|try(?:ing)?\s+to|procedures\s+for|preparations?\s+for)\s+(?:resum|launch|start|open|begin|restart)\w*\s+(?:the\s+)?(?:formal\s+|official\s+)?(?:negotiations|talks)\s+(?:on|for|toward)\s+(?:the\s+|an?\s+)?(?:bilateral\s+)?$/,
    status: 'planned',
    example: 'The two leaders agreed to step up efforts to resume negotiations on an Alpha Agreement.',
    mustNot: ['The two leaders agreed to resume negotiations on an Alpha Agreement.', 'The two ministers launched negotiations on an Alpha Agreement in Lima.'],
  },
  {
    // Talks to open at a time still ahead: `agreed to launch negotiations on a X in the first half
    // of next year`, `to open talks on a bilateral X early next year`. Like a step before the talks
    // open (the row above), the agreement is `planned` (sealed-11); talks agreed with no later
    // time (`agreed to resume negotiations on a X`) are under way, as the rows below read them.
    side: 'around',
    pattern: /\bto\s+(?:launch|open|start|begin)\s+(?:formal\s+|official\s+)?(?:negotiations|talks)\s+(?:on|for)\s+(?:the\s+|an?\s+)?(?:bilateral\s+)?§\s*(?:\([^)]*\)\s*)?(?:in\s+the\s+(?:first|second)\s+half\s+of\s+|(?:early|late|later)\s+|by\s+the\s+end\s+of\s+)?(?:next|this)\s+year\b/,
    status: 'planned',
    example: 'The two presidents agreed at their summit to launch negotiations on an Alpha Agreement in the first half of next year.',
    mustNot: ['The two presidents agreed at their summit to launch negotiations on an Alpha Agreement.', 'The two presidents agreed to resume negotiations on an Alpha Agreement, which began in 2009.', 'The two presidents signed an Alpha Agreement early next year.'],
  },
  {
    // Talks that end or should end: `called for an early conclusion of the X`, `declared the
    // conclusion of negotiations on the X`, `concluded their X negotiations`. The sets' annotators
    // keep such an agreement `negotiating` until it is signed, whatever the sentence's other verbs.
    side: 'around',
    pattern: /\b(?:conclusion\s+of\s+(?:the\s+|their\s+)?(?:negotiations\s+(?:on|for)\s+(?:the\s+|an?\s+)?)?|(?:early|swift|speedy|quick|prompt|timely)\s+conclusion\s+of\s+(?:the\s+)?(?:\S+\s+(?:of\s+(?:the\s+)?)?)?)§|\bconclu(?:ded|sion\s+of)\s+(?:the\s+|their\s+)?(?:substantial\s+)?§\s*(?:\([^)]*\)\s*)?(?:negotiations|talks)\b/,
    status: 'negotiating',
    example: 'The two ministers declared the conclusion of negotiations on the Alpha Agreement in Seoul.',
    // Also `supported the early conclusion of the expansion of the X`: the talks on its new part.
    mustNot: ['The two sides concluded the Alpha Agreement review last year and signed it.', 'The two ministers signed the Alpha Agreement.'],
  },
  {
    // Talks concluded but nothing signed: `has substantially concluded its accession to the X`,
    // `the X concluded at the end of last year`, `X Concluded on the Sidelines of …`. The sets'
    // annotators keep such an agreement `negotiating` until it is signed (as the row above).
    side: 'before',
    pattern: /\bsubstantially\s+conclud(?:ed|es|ing)\s+(?:its|their|the)\s+(?:accession\s+to|negotiations\s+(?:on|for))\s+(?:the\s+)?$/,
    status: 'negotiating',
    example: 'Korea has substantially concluded its accession to the Alpha Agreement, the ministry said.',
    mustNot: ['Korea completed its accession to the Alpha Agreement last year.'],
  },
  {
    side: 'after',
    pattern: new RegExp(`${TAIL}(?:which\\s+was\\s+|that\\s+was\\s+)?(?:substantially\\s+)?[Cc]oncluded\\s+(?:in|on|at|last|this|earlier)\\b`),
    status: 'negotiating',
    example: 'The ministers discussed how to make the most of the Alpha Agreement concluded at the end of last year.',
    mustNot: ['The ministers discussed the Alpha Agreement signed at the end of last year.', 'The Alpha Agreement concluded its third review.'],
  },
  {
    // `an agreement in principle on a Alpha–Beta FTA`: the text agreed, the talks still open.
    side: 'before',
    pattern: /\bagreement\s+in\s+principle\s+(?:on|for)\s+(?:the\s+|an?\s+)?$/,
    status: 'negotiating',
    example: 'The launch follows an agreement in principle on an Alpha Agreement on June 10.',
    mustNot: ['The launch follows the signing of an Alpha Agreement on June 10.'],
  },
  {
    // `the start of FTA talks with Alphania`: the partner is the name read, the talks before it.
    side: 'before',
    pattern: /\b(?:FTA|CEPA|EPA|free\s+trade)\s+(?:talks|negotiations)\s+with\s+(?:the\s+)?$/,
    status: 'negotiating',
    example: 'The launch follows the start of FTA talks with the Alpha Agreement on June 3.',
    mustNot: ['The launch follows the FTA with the Alpha Agreement that took effect on June 3.'],
  },
  {
    // `will be in force with all five partner countries from March 1`: the day is fixed, as below.
    side: 'after',
    pattern: new RegExp(`${TAIL}will\\s+be\\s+in\\s+force\\s+(?:with|for|from|on)\\b`),
    status: 'in_force',
    example: 'The Alpha Agreement will be in force with all five partner countries from March 1.',
    mustNot: ['The Alpha Agreement will be signed with all five partner countries on March 1.'],
  },
  {
    // A committee or follow-up round of an agreement already in force: `the X Joint Committee`.
    side: 'after',
    pattern: new RegExp(`${TAIL}(?:follow-up\\s+negotiations|Joint\\s+Committee)\\b`),
    status: 'in_force',
    example: 'The seventh round of Alpha Agreement follow-up negotiations on services is being held by video conference.',
    mustNot: ['The seventh round of Alpha Agreement negotiations is being held by video conference.'],
  },
  {
    // The same follow-up talks written before the name: `discussed the follow-up negotiations of the X
    // on services and investment` — talks on a further chapter of a trade agreement in force. A deal
    // of another kind with `follow-up talks on the framework agreement reached in July` is still
    // being worked out.
    side: 'before',
    pattern: /\bfollow-up\s+(?:negotiations|talks)\s+(?:of|on|under|for)\s+(?:the\s+)?$/,
    status: 'in_force',
    kinds: TRADE,
    example: 'The two ministers discussed the follow-up negotiations of the ALPHA FTA on services and investment.',
    mustNot: ['The two ministers discussed the negotiations of the ALPHA FTA on services and investment.'],
  },
  {
    // A plurilateral text whose incorporation into the WTO's rules is still sought (`calling for its
    // swift incorporation into the WTO rulebook`, `incorporating the X into the WTO framework`) is
    // agreed among its participants but not in force: the annotators read it `negotiating`.
    side: 'around',
    pattern: /\bincorporat(?:e|es|ed|ing|ion\s+of)\s+(?:the\s+)?§\s*(?:\([^)]*\)\s*)?into\b|§\s*(?:\([^)]*\)\s*)?,\s*calling\s+(?:for\s+its\s+(?:swift\s+|early\s+|prompt\s+)?incorporation|on\s+[^,;]{1,40}?\s+to\s+incorporate\s+(?:it|the\s+agreement))\s+into\b/,
    status: 'negotiating',
    example: 'The minister chaired a meeting on the Alpha Agreement, calling for its swift incorporation into the WTO rulebook.',
    mustNot: ['The minister chaired a meeting on the Alpha Agreement, calling for its swift implementation.', 'The Alpha Agreement was incorporated in 2017.'],
  },
  {
    // `already covered by the X`, `build on the X and the Y`: an agreement the text takes as in force.
    side: 'before',
    pattern: /\b(?:already\s+(?:covered\s+by|(?:a\s+)?part(?:y|ies)\s+to)|build(?:s|ing)?\s+on)\s+(?:the\s+)?(?:[^,;]{1,60}?\s+and\s+(?:the\s+)?)?$/,
    status: 'in_force',
    example: 'Indonesia is already covered by the Alpha Agreement, but both sides see room for a deeper pact.',
    mustNot: ['Indonesia is not yet covered by the Alpha Agreement.'],
  },
  {
    // Rules a measure is judged by: `zeroing breached the X`, `must follow the X and the Y`, `is
    // inconsistent with the X`. Only an agreement in force binds; the annotators say so.
    side: 'before',
    pattern: /\b(?:breach(?:ed|es|ing)?|violat(?:e|ed|es|ing)|(?:in)?consistent\s+with|(?:into\s+|in\s+)?conformity\s+with|in\s+(?:breach|violation)\s+of|compl(?:y|ies|ied)\s+with|must\s+follow|obligations\s+under)\s+(?:the\s+)?(?:[^,;]{1,60}?\s+and\s+(?:the\s+)?)?$/,
    status: 'in_force',
    example: 'A WTO panel found in March that the duties breached the Alpha Agreement on two counts.',
    mustNot: ['The panel will examine whether the duties follow from the Alpha Agreement.', 'The two sides agreed to sign the Alpha Agreement.'],
  },
  {
    // `continue discussions on a possible X`, `the prospects for a potential X`: one not yet
    // negotiated, only talked of (sealed-12 writes `planned` for a possible FTA officials discuss).
    side: 'before',
    pattern: /\b(?:an?|the)\s+(?:possible|potential|prospective|future)\s+(?:(?:new|bilateral|trilateral)\s+)?$/,
    status: 'planned',
    example: 'Officials will continue discussions on a possible Alpha Agreement in March.',
    mustNot: ['Officials will continue discussions on the Alpha Agreement in March.', 'Officials discussed possible changes to the Alpha Agreement.'],
  },
  {
    // `pledged to lead efforts toward a high-level, comprehensive X and the wider Y`: an agreement
    // still being worked toward is under negotiation; words that qualify it and a second name
    // sharing the phrase may stand between.
    side: 'before',
    pattern: /\b(?:efforts|work(?:ing)?|progress|push(?:ing)?)\s+(?:toward|towards)\s+(?:the\s+|an?\s+)?(?:(?!(?:of|on|for|to|with|the|review|upgrade|amendment)\b)[a-z][\w-]*,?\s+){0,3}?(?:[^,;]{1,60}?\s+and\s+(?:the\s+)?(?:wider\s+|broader\s+)?)?$/,
    status: 'negotiating',
    example: 'The ministers pledged to lead efforts toward a high-level, comprehensive Alpha Agreement.',
    mustNot: ['The ministers pledged to lead efforts toward the implementation of the Alpha Agreement.', 'The ministers pledged efforts to use the Alpha Agreement.'],
  },
  {
    // An agreement wanted, not yet negotiated: `Korea needs an X with Alphania`, `a working group to
    // examine an X`. The indefinite article makes it one still to make. (`agreed to pursue an X in
    // 2019` tells of talks since begun: pursuing is left to the sentence's cues.)
    side: 'before',
    pattern: /\b(?:examin(?:e|ed|es|ing)|stud(?:y|ied|ies|ying)|explor(?:e|ed|es|ing)|consider(?:ed|s|ing)?|needs?|needed|propos(?:e|ed|es|ing))\s+(?:the\s+possibility\s+of\s+)?(?:a|an)\s+(?:(?:new|bilateral|trilateral|comprehensive|possible)\s+)?$/,
    status: 'planned',
    example: 'The minister said Korea needs an Alpha Agreement with Betania to attract investment.',
    mustNot: ['The minister said Korea needs a stronger role under the Alpha Agreement.', 'The minister said Korea signed an Alpha Agreement with Betania.', 'The two countries agreed to pursue an Alpha Agreement in 2019 but stopped after three rounds.'],
  },
  {
    // Signing still ahead: `will propose …, and sign an X`, `agreed to sign the X`.
    side: 'before',
    pattern: /\bsign\s+(?:an?|the)\s+$/,
    status: 'planned',
    example: 'In Mexico the vice minister will propose a training program and sign an Alpha Agreement.',
    mustNot: ['In Mexico the vice minister signed an Alpha Agreement.'],
  },
  {
    side: 'after',
    pattern: new RegExp(`${TAIL}(?:which\\s+(?:was|were)\\s+|(?:was|were)\\s+)?(?:signed|released|adopted|issued)\\s+(?:in|on|last|earlier|by|at)\\b`),
    status: 'signed',
    example: 'The two sides discussed the ratification of the Alpha Agreement signed in February 2015.',
    mustNot: ['Partners of the Alpha Agreement signed the Beta Accord on Monday.', 'Members of the Alpha Agreement released a statement.'],
  },
  {
    side: 'after',
    pattern: new RegExp(`${TAIL}(?:which\\s+|that\\s+)?(?:has\\s+been\\s+in\\s+force|entered\\s+into\\s+force|took\\s+effect|came\\s+into\\s+(?:force|effect))\\b`),
    status: 'in_force',
    example: 'Exports grew under the Alpha Agreement, which took effect in 2022.',
    mustNot: ['The Alpha Agreement will take effect once both sides ratify it.'],
  },
  {
    // A day of entry into force announced, not yet reached: the agreement is signed and ratified,
    // not yet in force (sealed-5 and sealed-10 annotate so, eight agreements to holdout's one).
    side: 'after',
    pattern: new RegExp(`${TAIL}(?:will|is\\s+(?:set|scheduled)\\s+to)\\s+(?:enter\\s+into\\s+force|take\\s+effect|come\\s+into\\s+(?:force|effect))\\s+on\\s+(?:${MONTHS}|the\\s+\\d)`),
    status: 'signed',
    example: 'The Alpha Agreement (FTA) will enter into force on December 1, the ministry announced.',
    mustNot: ['The Alpha Agreement will enter into force once both legislatures ratify it.', 'The Alpha Agreement will take effect on approval by parliament.'],
  },
  {
    // Talks only talked about, named by their kind: `discussed an early resumption of free trade
    // negotiations`, `considered the launch of the X talks`. A call for them (`called for an early
    // resumption of the X negotiations`) is the annotators' `negotiating`, as below.
    side: 'before',
    pattern: /\b(?:discuss(?:ed|es|ing)?|consider(?:ed|s|ing)?|explor(?:e|ed|es|ing))\s+(?:an?\s+|the\s+)?(?:early\s+|swift\s+|possible\s+)?(?:launch|resumption|restart|start)\s+of\s+(?:the\s+)?$/,
    status: 'planned',
    example: 'The two leaders discussed an early resumption of Alpha Agreement negotiations, halted in 2008.',
    mustNot: ['The minister called for an early resumption of the Alpha Agreement negotiations.', 'The two leaders welcomed the resumption of Alpha Agreement negotiations.'],
  },
  {
    // Talks only talked about: `discussed launching negotiations on a X`, `push for the launch of
    // negotiations on a X`. Talks agreed or held (`agreed to resume negotiations on`, `launched
    // negotiations on`) are under way and fall to the `negotiations on` row below.
    side: 'before',
    pattern: /\b(?:discuss(?:ed|es|ing)?|consider(?:ed|s|ing)?|explor(?:e|ed|es|ing)|push(?:ed|es|ing)?\s+for|recommend(?:ed|s|ing)?)\s+(?:an?\s+(?:early\s+)?|the\s+(?:early\s+)?)?(?:launch(?:ing)?|resum(?:ing|ption)|start(?:ing)?|restart(?:ing)?)\s+(?:of\s+)?(?:the\s+)?(?:formal\s+|official\s+)?(?:negotiations|talks)\s+(?:on|for)\s+(?:the\s+|an?\s+)?$/,
    status: 'planned',
    example: 'The two ministers discussed launching negotiations on an Alpha Agreement and mining projects.',
    mustNot: ['The two ministers launched negotiations on an Alpha Agreement in Lima.', 'The two ministers agreed to resume negotiations on an Alpha Agreement.'],
  },
  {
    // Talks agreed on are talks under way: `agreed to resume the X talks`, `decided to launch the X
    // negotiations` (the annotators' `negotiating`), unlike talks only considered (the row below).
    side: 'before',
    pattern: /\b(?:agree(?:d|s|ing)?|decide(?:d|s)?|deciding)\s+to\s+(?:resume|restart|launch|start|open)\s+(?:the\s+|an?\s+)?(?:\S+\s+)?$/,
    status: 'negotiating',
    example: 'The two ministers agreed to resume the Alpha Agreement talks stalled since 2014.',
    mustNot: ['The two ministers agreed to consider resuming the Alpha Agreement talks.', 'The two ministers discussed resuming the Alpha Agreement talks.'],
  },
  {
    // A framework launched is its talks begun: `took part as a founding member in the launch of the X`.
    side: 'before',
    pattern: /\b(?:(?:took\s+part|participated|joined)\b[^,;]{0,40}?\bin|attended|announced|declared|marked)\s+the\s+(?:official\s+)?launch\s+of\s+(?:the\s+)?$/,
    status: 'negotiating',
    example: 'The minister said Korea took part as a founding member in the launch of the Alpha Agreement in Tokyo.',
    mustNot: ['The ministers will push for the launch of the Alpha Agreement next year.', 'The minister attended the launch of the Beta Summit before a visit to the Alpha Agreement office.'],
  },
  {
    side: 'before',
    pattern: /\b(?:resum(?:e|ing)|launch(?:ing)?|start(?:ing)?|(?:joint|feasibility)\s+study\s+(?:on|for|into|of))\s+(?:the\s+|an?\s+)?(?:\S+\s+)?$/,
    status: 'planned',
    example: 'The two sides agreed to consider resuming the Alpha Agreement negotiations.',
    mustNot: ['The two sides resumed work under the Alpha Agreement.'],
  },
  {
    side: 'before',
    pattern: /\b(?:upgrad(?:e|ing)(?:\s+of)?|improv(?:e|ing)|amend(?:ing)?|utiliz(?:e|ing)|utilization\s+of|(?:to\s+|companies\s+)use|using|(?:make|making)\s+(?:the\s+most|better\s+use|use)\s+of|(?:take|taking)\s+advantage\s+of|implementation\s+of|implement(?:ing)?|a\s+party\s+to|under)\s+(?:the\s+|its\s+)?(?:existing\s+)?$/,
    status: 'in_force',
    example: 'The two sides agreed to upgrade the Alpha Agreement with a digital chapter.',
    mustNot: ['The two sides agreed to sign the Alpha Agreement.', 'The agencies will help companies plan for the Alpha Agreement.'],
  },
  {
    side: 'after',
    pattern: new RegExp(`${TAIL}(?:upgrade|upgrading|improvement|review)\\b`),
    status: 'in_force',
    example: 'The first round of the Alpha Agreement upgrade negotiations was held in Santiago.',
    mustNot: ['The first round of the Alpha Agreement negotiations was held in Santiago.'],
  },
  {
    // `the X, whose negotiations were concluded early last month`: talks ended, nothing signed yet
    // (the annotators' `negotiating`, as for the rows on conclusion above).
    side: 'after',
    pattern: new RegExp(`${TAIL}whose\\s+negotiations\\b`),
    status: 'negotiating',
    example: 'The minister called the Alpha Agreement, whose negotiations were concluded early last month, a milestone.',
    mustNot: ['The minister called the Alpha Agreement, which was signed early last month, a milestone.'],
  },
  {
    // `the X negotiations`, `move the X talks into the next phase`: talks under way.
    side: 'after',
    pattern: new RegExp(`${TAIL}(?:both\\s+)?(?:under\\s+negotiation|the\\s+negotiations\\s+(?:for|on)\\s+which|(?:negotiations|talks)\\b(?!\\s+(?:were|was)\\s+concluded))`),
    status: 'negotiating',
    example: 'The ministers reviewed the Alpha Agreement negotiations in Seoul.',
    mustNot: ['The ministers agreed to consider resuming the Alpha Agreement negotiations.'],
  },
  {
    // A bloc's agreement the home country only wants in (`support Korea's interest in the X`,
    // `as Korea considers joining the X`): no stage of the home country's own, not one in force.
    // Holdout-final, sealed-5 and sealed-9 annotate it `mentioned`, sealed-10 `negotiating`;
    // talks named after it (`interest in the X negotiations`) go to the row above.
    side: 'before',
    pattern: /\b(?:interest\s+in|(?:consider(?:s|ed|ing)?|seek(?:s|ing)?|wish(?:es)?\s+to|bid\s+to)\s+join(?:ing)?)\s+the\s+$/,
    status: 'mentioned',
    example: 'The president said Ruritania would support Korea\'s interest in the Alpha Agreement (AA).',
    mustNot: ['Korea expressed its interest in the Alpha Agreement negotiations.', 'Korea joined the Alpha Agreement in 2020.'],
  },
  {
    // Talks about an agreement still to be made: `accelerate discussions on a X`, `talks for the X`,
    // `three days of talks on the proposed X`.
    side: 'before',
    pattern: /\b(?:discussions|talks|negotiations)\s+(?:on|for|toward|towards)\s+(?:the\s+|an?\s+)?(?:proposed\s+)?$/,
    status: 'negotiating',
    example: 'The ministers agreed to accelerate discussions on an Alpha Agreement and to strengthen the implementation of the Beta Pact.',
    mustNot: ['The ministers held talks under the Alpha Agreement.', 'The ministers held talks on the implementation of the Alpha Agreement.'],
  },
  {
    // `called for the early entry into force of the X signed in 2010`, `work for the swift entry
    // into force of the X`: an entry into force still awaited is of an agreement already signed,
    // whatever talks on another agreement the sentence closes.
    side: 'before',
    pattern: /\b(?:early|earliest|swift|speedy|prompt|timely|smooth|quick)\s+entry\s+into\s+force\s+of\s+(?:the\s+)?$/,
    status: 'signed',
    example: 'The leaders welcomed the conclusion of negotiations on a Beta Accord and called for the early entry into force of the Alpha Agreement.',
    mustNot: ['The leaders welcomed the entry into force of the Alpha Agreement.', 'The leaders called for an early conclusion of the Alpha Agreement.'],
  },
  {
    side: 'before',
    // `approved the ratification of the Beta FTA and the X`: the second of two names shares the verb.
    pattern: /\b(?:ratification of|ratify|ratifying|ratified)\s+(?:the\s+)?(?:[^,;]{1,60}?\s+and\s+(?:the\s+)?)?$/,
    status: 'signed',
    example: 'The assembly approved the ratification of the Beta Accord and the Alpha Agreement on Tuesday.',
    mustNot: ['The minister discussed the Alpha Agreement before ratification.'],
  },
  {
    // `the two governments revised their MOU on …`: a revision is signed as a new text.
    side: 'before',
    pattern: /\b(?:revised|renewed|updated)\s+(?:their|its|the|an?)\s+(?:earlier\s+|existing\s+)?$/,
    status: 'signed',
    example: 'The two governments revised their Alpha Agreement on cooperation in relocating the capital.',
    mustNot: ['The two governments will review their Alpha Agreement next year.'],
  },
  {
    // `Seoul and Jakarta concluded the CEPA in November and had aimed to sign it in the first half`,
    // `the first country with which Korea has concluded an FTA`: a trade agreement concluded is
    // one whose talks closed, kept `negotiating` until signed as the rows on conclusion above; an
    // MOU or a contract concluded is signed (the signing row below).
    side: 'before',
    pattern: /\bconcluded\s+(?:a|an|the|their|its)\s+(?:bilateral\s+)?$/,
    status: 'negotiating',
    kinds: TRADE,
    example: 'Seoul and Jakarta concluded the ALPHA FTA in November and had aimed to sign it in the first half of this year.',
    mustNot: ['Seoul and Jakarta signed the ALPHA FTA in November.', 'Seoul and Jakarta concluded the review of the ALPHA FTA in November.'],
  },
  {
    // `put their signatures to the X`, `affixed their signatures to the X`: a signing in other words.
    side: 'before',
    pattern: /\b(?:put|puts|putting|affixed|set)\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on)\s+(?:the\s+|an?\s+)?$/,
    status: 'signed',
    example: 'The two ministers put their signatures to the Alpha Agreement in Seoul, closing a negotiating process opened in 2006.',
    mustNot: ['The two ministers will put the Alpha Agreement to a vote.'],
  },
  {
    side: 'before',
    pattern: /\b(?:(?:signed|adopted|issued|released|inked|concluded)\s+(?:a|an|the|their|its)\s+(?:bilateral\s+)?|(?:signing|adoption)\s+of\s+(?:a|an|the)\s+)$/,
    status: 'signed',
    example: 'At the ceremony the two ministers also adopted the Alpha Agreement.',
    mustNot: ['The two ministers will sign the Alpha Agreement next month.'],
  },
  {
    side: 'before',
    // `to conclude a high-level, comprehensive X in 2014`: words that qualify it may stand between.
    pattern: /\b(?:conclud(?:e|ing)|finaliz(?:e|ing)|negotiat(?:e|ing))\s+(?:the\s+|an?\s+)?(?:(?!(?:of|on|for|to|with|the|review|upgrade|amendment)\b)[a-z][\w-]*,?\s+){0,3}?$/,
    status: 'negotiating',
    example: 'The two leaders agreed to conclude a high-level, comprehensive Alpha Agreement in 2014.',
    mustNot: ['The two sides concluded the Alpha Agreement last year.', 'The two sides concluded a high-level, comprehensive Alpha Agreement last year.', 'The ministers committed to conclude the review of the Alpha Agreement at an early date.'],
  },
  {
    // `wrap up the X by the end of next year`: the talks are still on, whatever the date says.
    side: 'before',
    pattern: /\bwrap(?:s|ping)?\s+up\s+(?:the\s+|an?\s+)?$/,
    status: 'negotiating',
    example: 'Both sides agreed in principle to wrap up the Alpha Agreement by the end of next year.',
    mustNot: ['Both sides wrapped up the Alpha Agreement last year.'],
  },
];
