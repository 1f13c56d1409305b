import type { EventKind } from '../../domain/index.js';

/**
 * Head nouns that end an event's name (`Korea–Kazakhstan Business Forum`) or make a generic
 * event (`held talks`), lower case, with the kind they suggest. `meeting` is refined by context.
 */
export const EVENT_HEADS: ReadonlyMap<string, EventKind> = new Map<string, EventKind>([
  ['meeting', 'other'],
  ['event', 'other'],
  ['meetings', 'other'],
  ['talks', 'bilateral'],
  ['video conference', 'bilateral'],
  ['videoconference', 'bilateral'],
  ['phone call', 'bilateral'],
  ['consultation', 'bilateral'],
  ['consultations', 'bilateral'],
  ['dialogue', 'bilateral'],
  ['summit', 'conference'],
  // `held summit talks with X`: one occasion, the talks; `summit` alone would also be a gathering.
  ['summit talks', 'bilateral'],
  ['forum', 'conference'],
  ['conference', 'conference'],
  ['symposium', 'conference'],
  ['seminar', 'conference'],
  ['workshop', 'conference'],
  ['expo', 'conference'],
  ['fair', 'conference'],
  ['exhibition', 'conference'],
  ['roundtable', 'multilateral'],
  ['round table', 'multilateral'],
  // `On Thursday, the participants held working-group roundtables`: the day's sittings, another occasion than the dinner before.
  ['roundtables', 'multilateral'],
  ['assembly', 'conference'],
  ['day', 'conference'],
  ['hearing', 'conference'],
  ['committee', 'bilateral'],
  ['commission', 'bilateral'],
  ['ceremony', 'ceremony'],
  // `attended the signing of the X agreement`: the occasion of a signing named by its noun.
  ['signing', 'signing'],
  ['session', 'conference'],
  ['luncheon', 'other'],
  ['gathering', 'conference'],
  ['dinner', 'other'],
  ['working lunch', 'other'],
  ['courtesy call', 'bilateral'],
  ['video call', 'bilateral'],
  ['teleconference', 'bilateral'],
  ['telephone call', 'bilateral'],
  ['telephone conversation', 'bilateral'],
  ['phone conversation', 'bilateral'],
  ['phone talks', 'bilateral'],
  ['courtesy visit', 'bilateral'],
  ['negotiations', 'negotiation_round'],
  ['round of negotiations', 'negotiation_round'],
  ['negotiation round', 'negotiation_round'],
]);

/** Heads that make an event only inside a capitalised name (`Biotechnology Industry Day`), never alone. */
export const NAME_ONLY_HEADS: ReadonlySet<string> = new Set(['day', 'fair', 'assembly', 'event', 'committee', 'commission']);

/**
 * Heads of a name that is as often a standing body as a sitting of it: `the Foreign Investment
 * Committee` names a body, `co-chaired the 6th Korea–Vietnam Joint Committee` a meeting. An
 * occasion only when the sentence reports it held.
 */
export const REPORTED_ONLY_HEADS: ReadonlySet<string> = new Set(['committee', 'commission']);

/**
 * Heads that name a sitting only in a name of this shape: `the 10th Alder–Birch Joint Commission`,
 * `the Intergovernmental Commission` sit; `the European Commission`, `the Fair Trade Commission`
 * are standing bodies even when someone `visited` them; so is `the National Assembly` beside `the
 * General Assembly`.
 */
export const SITTING_NAMES: ReadonlyMap<string, RegExp> = new Map([
  ['commission', /\b(?:Joint|Intergovernmental|Inter-Governmental|Mixed)\b/],
  // `the UN General Assembly`, `the Annual Assembly` sit; `the National Assembly` is a parliament.
  ['assembly', /\b(?:General|Annual|Plenary)\b/],
]);

/** Words after a lower-case head that make it part of a place (`conference room`), not an occasion. */
export const PLACE_AFTER_HEAD = /^\s+(?:room|hall|center|centre|venue|facilities|call)\b/;

/** Sentence-initial capitalised words that start no name (`During the Business Session…`). */
export const NAME_OPENERS =
  /^(?:The|This|That|A|An|In|On|At|During|With|After|Following|Through|Under|For|Since|As|By|From|To|Against|Amid|Despite|Meanwhile|Additionally|Separately|Also|Ahead|Before|Building|Based|Given)$/;

/** Title words: a capitalised run holding one is a post (`Director-General for FTA Negotiations`), not an event. */
export const TITLE_WORDS =
  /^(?:Minister|Under-Secretary|Undersecretary|Secretary-General|Vice|Deputy|Director|Director-General|Ambassador|Chairman|Chairperson|Chair|President|Secretary|Administrator|Commissioner|Counsellor|Counselor|Acting|Assistant|Representative)$/;

/** The word of a title that says it is a post: `Minister`, `Deputy`, `CEO`. */
export const TITLE_WORD = String.raw`(?:Minister|Secretary|President|Vice|Deputy|Ambassador|Commissioner|Governor|Prime|Premier|Chairman|Chairperson|Chair|CEO|King|Crown|Prince|Princess|Sheikh|Director|Representative|Mayor|Senator|Congressman|Congresswoman|Lawmaker|Chancellor|Emir|Sultan)`;

/** A person known by a title after a verb: `the visiting Saudi Energy Minister …`, `CEO …`. */
export const TITLED = String.raw`(?:the\s+)?(?:visiting\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?${TITLE_WORD}\b`;

/**
 * One character of the sentence under way, for a pattern that looks ahead within it: anything but
 * a stop, or the full stop of an initial (`U.S. trade policy`, `the U.S. Senate`), which ends nothing.
 */
export const IN_SENTENCE = String.raw`(?:[^.;]|(?<=\b\p{Lu})\.)`;

/**
 * Verbs that make a sentence report an occasion even without an event noun: `met with`,
 * `signed`. The kind they suggest when the sentence gives no better one.
 */
export const EVENT_VERBS: ReadonlyArray<readonly [RegExp, EventKind]> = [
  // `met` as in `requirements have been met` is no occasion.
  // `met the chief executives of …`, `met the visiting delegation`, `met the national football team and its coach X`, `met heads of research
  // institutes`: a group of people, named after.
  [/(?<!\b(?:been|be|being|is|are|was|were)\s+)\bmet\b(?:\s+(?:separately|individually|one-on-one|virtually|online|again|briefly|jointly))?(?:\s+with\b)?(?=\s+(?:with\b|on\b|in\b|at\b|for\b|\p{Lu}|(?:(?:the|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:chief executives|CEOs|heads|leaders|chairmen|chairs|presidents|representatives|executives|ministers|ambassadors|envoys|governors|delegations?|counterparts?|team)\b))/u, 'bilateral'],
  // `With Commissioner X, Minister Y discussed …`, `Meeting Minister X, Y noted …`: the clause
  // before the comma names the counterpart, the one after says what the two did.
  [/^(?:With|Meeting)(?=\s+(?:the\s+)?\p{Lu}[^,;.]{0,120},\s+[^.;]{0,160}?\b(?:discussed|reviewed|agreed|exchanged|noted|urged|asked|called for|stressed|explained|shared|proposed|requested|welcomed)\b)/u, 'bilateral'],
  // `has signed 21 FTAs`, `have signed agreements with…`: a record, not an occasion. (`On March 26,
  // A and B had signed a joint declaration` tells an earlier signing: an occasion of its own.)
  // `initialed the Alpha Agreement`: the negotiators' signing of the final text, an occasion too.
  // `signed three memorandums of understanding`: the plural written either way.
  // `signed the agreed minutes on the conclusion`: the record that closes a negotiation is signed too.
  // The verb is matched first and the lookbehind checked only there (a leading lookbehind is tried at every character).
  [/\b(?:signed|will sign|to sign|initial(?:l)?ed)\b(?<!\b(?:has|have)\s+(?:\w+\s+)?(?:signed|will sign|to sign|initial(?:l)?ed))(?=(?:\s+[^\s.]+){0,8}?\s+(?:MOUs?|memorand(?:um|a|ums)|agreements?|framework|joint statement|declaration|document|arrangement|contracts?|(?:letters?|statements?|declarations?) of intent|protocols?|treaty|accord|(?:agreed\s+)?minutes|records? of discussions?)\b)/i, 'signing'],
  // `inked the agreement`, `put their signatures to the MOU`, `put their initials on the agreement`,
  // `put his name to the texts with X`, `signed on behalf of Korea`.
  [/\b(?:inked|put (?:their|his|her) (?:signatures?|initials|names?) (?:to|on))\b(?=(?:\s+[^\s.]+){0,8}?\s+(?:MOUs?|memorand(?:um|a|ums)|agreements?|framework|declaration|documents?|texts?|arrangement|contracts?|deal)\b)|\bsigned\b(?=\s+(?:it\s+|them\s+)?on behalf of\b)/i, 'signing'],
  // `X signed for Korea, and Y signed for the EU`, `initialed for Peru`, `Y and Z signed on the
  // European side`: a signatory per side.
  // The verb is matched first and the lookbehind checked only there (a leading lookbehind is tried at every character).
  [/\b(?:signed|initial(?:l)?ed)(?<!\b(?:has|have|had)\s+(?:\w+\s+)?(?:signed|initial(?:l)?ed))\s+(?:it\s+|them\s+)?(?:for\s+(?:the\s+)?(?=\p{Lu})|on\s+(?:the|their|its)\s+(?:\p{Lu}[\p{L}-]*\s+|other\s+)side\b)/u, 'signing'],
  // `spoke by phone with X`, `talked with X over the phone`, `sat down with X`.
  [/\b(?:spoke|talked|conferred|sat down)\s+(?:by (?:tele)?phone\s+|virtually\s+|online\s+|separately\s+)?with(?=\s+(?:the\s+)?(?:\p{Lu}|his\s|her\s))/u, 'bilateral'],
  // `A and B co-chaired a joint committee`: a sitting the two held together, though its name is
  // written in lower case (a capitalised `Joint Committee` is a named occasion already).
  [/\bco-chair(?:ed|s)?\b(?=\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,4}?(?:committee|commission|meeting|session|dialogue|forum|talks|council|conference)\b)/, 'bilateral'],
  // `A and B exchanged diplomatic notes`, `exchanged notes with X on the entry into force`: the two
  // sides' envoys or ministers hand over the notes in person.
  [/\bexchanged\s+(?:the\s+)?(?:diplomatic\s+)?notes\b/, 'signing'],
  // `witnessed the signing of the MOU`, `exchanged the signed agreement with X`.
  [/\bwitness(?:ed|es)\s+the\s+signing\b|\bexchanged\s+(?:the\s+)?signed\b/, 'signing'],
  // Reception: `was greeted by X`, `was briefed by X`, `was received by X`, `was welcomed by X`,
  // `was welcomed at Mehrabad Airport by X`. Verb first, then the lookbehind, for the same reason.
  [/(?:greeted|briefed|received|welcomed|hosted)(?<=\b(?:was|were|been|being)\s+(?:also\s+|warmly\s+|personally\s+){0,2}(?:greeted|briefed|received|welcomed|hosted))(?=\s+(?:(?:at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,4})?by\s+(?:the\s+)?\p{Lu})/u, 'bilateral'],
  // `hosted Secretary X`, `greeted visiting Minister X`, `paid a courtesy call on President X`: a
  // title follows; `X, Crown Prince of Y, greeted him at the airport`: the one the release follows.
  [new RegExp(String.raw`\b(?:hosted|welcomed|greeted|received|visited|paid (?:a )?courtesy calls? on|called on)(?=\s+(?:(?:him|her)\b|${TITLED}))`, 'u'), 'bilateral'],
  // `received Alexandra Vale, Senior Deputy Minister at …`: a name, then the title after a comma.
  [new RegExp(String.raw`\b(?:hosted|welcomed|greeted|received)(?=\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3},\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?${TITLE_WORD}\b)`, 'u'), 'bilateral'],
  // `visited the X plant, where Plant Manager Y briefed him`: a site visit with the one who showed it.
  // (`where he was briefed by Y` is the reception row's.)
  [/\b(?:visited|toured|inspected)\b(?=[^.;]{0,140}?,\s+where\s+[^.;]{0,80}?\b(?<!\b(?:was|were)\s+)(?:briefed|showed|guided|walked|explained)\b)/, 'other'],
  // `toured the plant with CEO X`, `inspected the site with Governor X`.
  [new RegExp(String.raw`\b(?:toured|inspected)\b(?=[^.;]{0,80}?\s(?:with|alongside)\s+${TITLED})`, 'u'), 'bilateral'],
  // `X and Minister Y discussed…`, `X and Y agreed…` and the passive `was signed … by X and Y`
  // are rows of events/meeting-verb-phrasings.ts, with their examples.
];

/**
 * After a head or `met`: the occasion is with someone named (`met Minister X`, `held talks with
 * X`, `In a meeting with X`). Each such clause is an occasion of its own, not a continuation.
 */
export const COUNTERPART_AFTER = /^\s+(?:with\s+|by\s+)?(?:the\s+)?[\p{Lu}“"]/u;

/**
 * After `met`: a group named by what its people do (`met with business leaders, including A`,
 * `met Korean business leaders`), a counterpart of its own as much as a name is: another meeting,
 * not more of the last one with someone else.
 */
export const GROUP_COUNTERPART_AFTER = /^\s+(?:with\s+)?(?:(?:the|some|several|\d+)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:business leaders|CEOs|chief executives|executives|business people|businesspeople|entrepreneurs)\b/u;

/**
 * Before `meeting` as a verb: `…, after meeting President X earlier that day`, `before meeting
 * Minister Y`. With a name after it, a meeting with that counterpart, in a clause of its own.
 */
export const MEETING_GERUND_BEFORE = /\b(?:after|before|while|besides|following)\s+$/i;

/**
 * After a head, the same with `with` required: `talks with X`, not `talks on X`; a time may come
 * between (`held talks the same day with X`).
 */
export const WITH_COUNTERPART_AFTER = /^\s+(?:(?:on\s+)?(?:the\s+same\s+day|that\s+day|later|again|separately)\s+)?with\s+(?:the\s+)?[\p{Lu}“"]/u;

/**
 * Before a head: `In a meeting with X`, `In talks with X`, `…, and in talks with X`, `unveiled the
 * framework after talks with X`, `agreed to support the projects at his summit with X` report a
 * meeting without a holding verb.
 */
export const MEETING_WITH_OPENER = /(?:(?:^|[,;]\s*)(?:and\s+)?(?:in|during|at)|\bafter|\b(?:at|during|in)(?=\s+(?:his|her)\s))\s+(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * After a possessive name: `the President’s meeting with X`, `Lee’s talks with Y` name one who met,
 * not one named in passing (as `President Lee’s state visit` does).
 */
export const OWN_MEETING_AFTER = String.raw`[’']s\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|summit|call|conversation)\s+with\b`;

/** Event-holding verbs: a lower-case head after one is a new occasion (`held a roundtable`). */
export const HOLDING_VERBS =
  /\b(?:held|holds|hold|finished|concluded|closed|ended|wrapped up|completed|began|kicked off|hosted|hosts|host|co-hosted|convened|convenes|organi[sz]ed|attended|attends|told|chaired|chairs|presided over|presiding over|co-chaired|participated in|took part in|joined|opened|launched|visited|gathered|had|has had|have had|paid|received|sat down for|witnessed|observed)\b/;

/**
 * Phrases that continue the latest occasion in a later sentence: `The meeting brought together…`,
 * `Participants included…`, `He joined…`, `On this occasion…`.
 */
export const CONTINUATION_CUES: readonly RegExp[] = [
  /^(?:The|This|During the|At the|At this|After the|Following the|Through the|On the sidelines of the)\s+(?:[\w’'-]+\s+){0,3}(?:meeting|event|forum|conference|ceremony|summit|roundtable|session|talks|negotiations|round|workshop|seminar|symposium|dialogue|gathering|hearing|panel)\b/i,
  /\b(?:brought together|was attended by|were attended by|attended by|joined by)\b/,
  // `More than 150 representatives attended, including Chairman X of …`.
  // `Officials of three ministries attended, along with experts including Professor X …`.
  // `From the business community, A, B and C attended, together with U.S. business leaders`.
  /\b(?:attended|took part|participated|were present|gathered)\b(?:\s+(?:from|on)\s+(?:each|both|either)\s+sides?)?,?\s+(?:including|among them|among whom|along with|together with)\b/,
  // `Participants included…`, `Business participants included…`, `Other guests were…`,
  // `Signatories for ASEAN included…`.
  /^(?:[A-Z][a-z]+\s+)?(?:[Pp]articipants|[Ss]ignatories|[Dd]elegates|[Aa]ttendees|[Ss]peakers|[Gg]uests|[Pp]anel(?:l)?ists|[Dd]iscussants|[Pp]articipants and guests)\b[^.]{0,20}\b(?:included|were|featured)\b/,
  // Lists after the main sentence: `Attending were A; B; and C`, `Also present were…`,
  // `Among the attendees were…`, `Those in attendance included…`, `A and B also attended.`
  /^(?:Also\s+)?(?:[Aa]ttending|[Pp]resent|[Pp]articipating|[Tt]aking part|[Jj]oining (?:him|her|them|the \w+)|[Ii]n attendance)\b[^.]{0,30}\b(?:were|was|included)\b/,
  // `The participants, including Chairman X of Y, asked for …`: those present, named in an aside.
  /^The\s+(?:participants|attendees|delegates|guests)\s*,\s+(?:including|among them)\b/,
  /\b(?:were|was)\s+(?:among\s+)?(?:the\s+)?(?:panel(?:l)?ists|speakers|moderators?|presenters|discussants|participants|attendees|guests)\b/,
  // `Among them were A, B and C`: the people of the group the sentences before describe.
  /^(?:Among|Other|Others|Those)\s+(?:the\s+)?(?:attendees|participants|guests|speakers|delegates|those|present|attending|in attendance|joining|them\s+(?:were|was))\b/i,
  /\b(?:were|was)\s+(?:also\s+)?(?:present|in attendance)\b|\balso\s+(?:attended|participated|took part|joined|spoke|addressed|presented)\b/,
  // `The CEOs present included…`, `The signing was witnessed by…`, `Speaking at the forum, X said…`.
  /\b(?:present|attending|in attendance)\s+(?:included|were)\b|\bwitnessed by\b|^(?:Speaking|Addressing|Presenting)\s+(?:at|during|to)\s+(?:the|this)\b/,
  /^(?:He|She)\s+(?:joined|was joined|met|attended|accompanied)\b/,
  /^On (?:this|the same) occasion\b/i,
  // `X, First Vice-President of Y, said at the ceremony that …`: a speaker at the occasion under way.
  /\b(?:said|told|noted|stressed|remarked|added)\s+(?:at|during)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}(?:ceremony|signing|meeting|forum|event|summit|talks|session|luncheon|dinner|banquet)\b/,
  // `A, <title>, and B, <title>, attended.`: a list of those present closing on the bare verb.
  /\b(?:attended|were present|took part|participated)\s*\.?\s*$/,
  // `Signing for the Andean side were A; B; and C`, `Initialing on behalf of Chile was X`.
  /^(?:Signing|Initial(?:l)?ing|Also signing)\s+(?:for|on behalf of)\b[^.;]{0,60}?\b(?:were|was)\b/,
  // `X delivered a congratulatory letter, and Y gave a keynote speech`: speakers at the occasion.
  /\b(?:delivered|gave|made|presented)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}(?:speech|remarks|address|presentation|keynote|letter|message)\b/,
  // `Opening remarks were delivered by X and Y`: the same speakers, told in the passive.
  /\b(?:speech(?:es)?|remarks|address(?:es)?|presentations?|keynotes?)\s+(?:was|were)\s+(?:delivered|given|made)\s+by\b/,
  /\bwill be represented by\b|\bwas represented by\b|\bdelegation (?:was )?(?:led|headed) by\b|\bchief negotiators?\b/,
  // `The Korean delegation, made up of officials from A and B, is headed by X`, `Ecuador's team is
  // led by Y`, `X and Y lead the two delegations`: the heads of the sides at a round of talks.
  /\b(?:delegation|team|side)\b[^.;]{0,200}?\b(?:is|are|was|were|will be)\s+(?:led|headed)\s+by\b|\blead(?:s|ing)?\s+(?:the\s+)?(?:two|their|respective|both)\s+(?:delegations|teams|sides)\b/,
  // `X led the Korean delegation, and Y headed the Canadian team`, `A and B led the U.S. side`,
  // `The delegations are led by A and B`, `The four-day round was led by A, B and C`.
  /\b(?:led|headed|leads|heads)\s+(?:(?:the|his|her|its|their)\s+(?:[\p{L}.’'-]+\s+){0,2}?|an?\s+\p{Lu}[\p{L}.’'-]*\s+(?:[\p{L}.’'-]+\s+)?)(?:delegation|team|side)\b|\b(?:delegations|teams|round|talks|negotiations)\b[^.;]{0,60}?\b(?:is|are|was|were|will be)\s+(?:led|headed)\s+by\b/u,
  // `The Korean side, headed by X, brought…`, `Indonesia's delegation of about 30, led by Y, included…`.
  /\b(?:delegation|team|side)\b[^.;]{0,60}?,\s+(?:led|headed)\s+by\b/,
  // `A, <title>, and B, <title>, led delegations of eight officials each`.
  /\b(?:led|headed)\s+(?:their\s+)?(?:respective\s+)?delegations\b/,
  // `A and B joined the Birchish side`, `Ambassador C accompanied Minister Han` (or `the President`), `The Korean side
  // included A, B and C`, `A and B attended from the Birchish side`: the members of a side at the
  // occasion under way. (`Minister X, who accompanied the President, said …`: the relative clause
  // tells who came on the visit; the sentence goes on about what X said, at no occasion.)
  new RegExp(String.raw`\b(?:joined|accompanied(?!\s+by\b))\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,2}?(?:side|delegation|team|visit)\b|(?<!\bwho\s+)\baccompanied\s+(?:him|her|them|(?:the\s+)?${TITLE_WORD}\b)|\b(?:side|delegation|team)\s+(?:also\s+)?(?:included|includes|comprised|consisted of|was made up of)\b|\b(?:attended|took part|participated)\s+(?:from|for|on)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,3}?side\b`, 'u'),
  // `The committee was co-chaired by A and B`, `The forum was hosted by X`.
  /\b(?:was|were)\s+(?:co-)?(?:chaired|hosted|co-hosted|presided over)\s+(?:jointly\s+)?by\b/,
  /^In (?:his|her) (?:opening|welcoming|welcome|congratulatory|keynote|closing|opening and closing) (?:remarks|address|speech)\b/,
  /^The two (?:sides|officials|ministers|leaders|delegations|parties|countries)\b/,
];

/**
 * Cues that continue an occasion only from the sentence right after it: `Han and Weiss discussed
 * export controls.` Further on, the same words report something else.
 */
export const NEXT_SENTENCE_CUES: readonly RegExp[] = [
  // `X was accompanied by Minister A and Minister B`: those who came with X to the meeting just
  // told. After a sentence about something else (`The visit marks …`), the retinue of the visit.
  /\baccompanied by\b/,
  /\b(?:discussed|exchanged (?:views|opinions|ideas)|agreed to|agreed on|agreed that|shared|reviewed|explored|raised|expressed|presented|explained|requested|called for|suggested|proposed)\b/,
];

/** Occasions where those who speak are there: `the Business Forum`, `a seminar`, `the roundtable`. */
export const GATHERING_HEAD = /\b(?:forum|round ?table|seminar|symposium|conference)\b/i;

/**
 * A speaker's sentence right after a gathering's (`Oman's Minister of Commerce, X, said that …`,
 * `X, CEO of Y, said the plant …`, `X, Chairman of Y, and Z announced a joint fund`): one who
 * spoke at it, in the sentence right after only.
 */
export const SPEAKER_CUES: readonly RegExp[] = [/^[^.;“"]{0,160}?\b(?:said|noted|stressed|emphasi[sz]ed|explained|announced|unveiled)\b/];

/**
 * Words right before an event head that put the occasion ahead (`will hold the first round of
 * negotiations this month`, `agreed to launch follow-up talks`, `is also scheduled to meet X, and
 * Minister Y to hold talks with Z`): those named have not met yet. Signings are
 * not asked (`will sign` reports a signing the release announces).
 */
export const PLANNED_BEFORE =
  /\b(?:will|shall|plans? to|(?:is|are) (?:also\s+)?(?:scheduled|expected|set|due|going) to|agreed to)\s+(?:also\s+|then\s+|soon\s+)?(?:(?:hold|host|convene|co-chair|chair|have|attend|launch|start|begin|resume|open)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?!(?:at|in|on|during)\s)[\w’'-]+\s+){0,4}|meet\b[^.;]{0,160}?\band\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}to\s+(?:hold|have)\s+(?:(?:a|an)\s+)?(?:[\w’'-]+\s+){0,2})$/u;

/** Words that mark a sentence about the future, so dates without a year are looked for ahead. */
export const FUTURE_MARKERS =
  /\b(?:will|to be held|is scheduled|are scheduled|scheduled for|set for|upcoming|plans to|is expected to|are expected to|next week|next month)\b/;

/** Words inside a capitalised name that do not end it (`Meeting on Strengthening Responses to Trade Barriers`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'and', 'the', 'to', 'in', '&']);

/** Connectors that may continue a name after its head: `Meeting on…`, not `Forum in Seoul`. */
export const TRAILING_CONNECTORS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'and', 'the', 'to', '&']);

/** Capitalised words that are dates, never part of a name or a place. */
export const CALENDAR_WORDS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * How a sentence casts a person in an occasion, first match wins: the verb after the name makes
 * them its subject (`X signed`, `X chaired`), the words before make them its object (`met with X`).
 */
export const PARTICIPATION_ROLES: ReadonlyArray<readonly [RegExp, string, 'before' | 'after']> = [
  [/^[^.;]{0,120}?\b(?:signed|will sign)\b/, 'signatory', 'after'],
  [/^[^.;]{0,120}?\b(?:chaired|presided over|presiding over|co-chaired)\b/, 'presider', 'after'],
  [/^[^.;]{0,120}?\b(?:hosted|held|convened|organi[sz]ed|co-hosted)\b/, 'host', 'after'],
  [/\b(?:met with|met|held talks with|with|and)\s+(?:[^\s]+\s+){0,12}$/, 'counterpart', 'before'],
  [/\b(?:remarks|address|speech|presentation)\b[^.]*$/, 'speaker', 'before'],
];

/**
 * Words that put a sentence at another time than the occasion under way: `last November`, `two
 * years ago`, `earlier this month`, `in May 2012`; `then-Secretary General X`, `in 2022, when A and B signed`, `The round follows the agreement A and B reached when they met on March 3`, `The agreement comes less than three years after A proposed it` (the present tense of a release's occasion following an earlier one). Such a sentence tells of an earlier occasion (`after President A and
 * President B declared the conclusion in Beijing last November`), not more of the one before.
 */
export const ANOTHER_TIME =
  /\b(?:last|previous)\s+(?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:years?|months?|weeks?)\s+(?:ago|earlier)\b|\bearlier\s+this\s+(?:week|month|year)\b|\blast\s+(?:met|held|visited)\b|\bthen[-\s](?=\p{Lu})|\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d,\s+when\b|^(?:The|This)\s+(?:[\w-]+\s+){0,3}?(?:round|talks|meeting|negotiations|visit|measure|decision|forum|agreement|deal)\s+(?:follows|comes\s+(?:[\w-]+\s+){0,4}?after|builds on)\b/u;

/**
 * A sentence opening that moves the story to another time (`The following day, …`, `After the
 * talks, …`, `That afternoon …`, `Later that day`, `On the final day`) or to another table
 * (`Separately, A and B signed …`): what it reports is a new occasion, not more of the one before.
 */
export const TIME_SHIFT = /^(?:Separately(?=\s*,)|(?:After|Following)\s+(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}(?:talks|meeting|ceremony|signing|forum|summit|session)\s*,|(?:On\s+)?the\s+(?:following|next|final|last|same)\s+(?:day|morning|afternoon|evening)|(?:That|This|The\s+same|In\s+the)\s+(?:afternoon|evening|morning)|(?:Later|Earlier)\s+(?:that|the\s+same|in\s+the)\s+day|(?:\w+\s+)?(?:days?|weeks?)\s+later\b|The\s+day\s+(?:after|before)|Afterwards?|After\s+that)\b/i;
