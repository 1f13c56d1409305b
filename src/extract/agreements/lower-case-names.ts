import type { AgreementKind } from '../../domain/index.js';
import type { AgreementHit } from './agreement-hit.js';
import { TRADE_BLOCS } from '../lexicons/agreements.js';
import { countryShortName } from '../lexicons/countries.js';
import { CALENDAR_WORDS } from '../lexicons/events.js';
import { DOCUMENT_VERB, VERB_AFTER_AND } from './name-patterns.js';


/** What a phrasing reads besides the sentence: its countries (ISO codes, in order) and the home country. */
export interface LowerCaseContext {
  readonly countryCodes: readonly string[];
  readonly home: string | null;
  /** The codes of the countries named between two offsets of the sentence; none when not given. */
  readonly countriesIn?: (start: number, end: number) => readonly string[];
}

/**
 * A way press releases name an agreement without capitals: the pattern, how a match becomes
 * agreements, an example sentence (its countries given, the home country `KR`) with the names it
 * must give, and neighbours that must give none. The tests are built from these rows.
 */
export interface LowerCasePhrasing {
  readonly id: string;
  /** Literals a match holds one of: a sentence with none is skipped before the pattern is tried. */
  readonly needs: readonly string[];
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray, sentence: string, ctx: LowerCaseContext) => AgreementHit[];
  readonly example: { readonly sentence: string; readonly countries: readonly string[]; readonly names: readonly string[] };
  readonly mustNot: ReadonlyArray<{ readonly sentence: string; readonly countries: readonly string[] }>;
}

const SPELLED: ReadonlyMap<string, readonly [string, AgreementKind]> = new Map([
  ['free trade agreement', ['FTA', 'FTA']],
  ['economic partnership agreement', ['EPA', 'EPA']],
  ['comprehensive economic partnership agreement', ['CEPA', 'CEPA']],
]);

/** Words that end a lower-case topic: another clause, a place, a day, a party, an amount, the document's own verb. */
const TOPIC_STOP = new RegExp(
  `^(?:at|by|with|which|that|worth|under|during|from|between|among|to|as|was|were|is|are|will|would|while|who|signed|concluded|including|exempting|covering|last|this|next|earlier|later|after|before)$|${DOCUMENT_VERB.source}`,
);
/** Words a topic may not end on. */
const TOPIC_TAIL = /^(?:and|of|in|into|for|the|on|a|an)$/;
const TOPIC_MAX_WORDS = 12;
/** `of up to`, `of about`: an amount follows. */
const AMOUNT_LEAD = /^(?:up|about|around|over|nearly|some|approximately|roughly|almost)$/;

/**
 * `cooperation in the protection of migratory birds that the two countries signed` → `cooperation
 * in the protection of migratory birds`: the topic up to a comma, a stop word or twelve words.
 * Null for a day (`on Monday`), a formula (`on behalf of`) or a topic with no lower-case word.
 */
export function topicAt(text: string): string | null {
  const words: string[] = [];
  for (const raw of text.split(/\s+/)) {
    if (raw === '') continue;
    const word = raw.replace(/[.,;:)]+$/, '');
    if (words.at(-1) === 'and' && VERB_AFTER_AND.test(word)) break;
    // `on development assistance and an agreement on …`: an article after `and` starts the list's next item.
    if (words.at(-1) === 'and' && /^an?$/.test(word)) break;
    if (words.length > 0 && CALENDAR_WORDS.test(word)) break; // `on investment on February 26`: a day ends it
    if (words.length >= TOPIC_MAX_WORDS || TOPIC_STOP.test(word) || /^[(“"]/.test(raw) || !/^[\p{L}\d][\p{L}\d’'&-]*$/u.test(word)) break;
    words.push(word);
    if (word !== raw) break; // a comma, a full stop or a bracket closes the topic
  }
  // `for concessional loans of up to USD 1 billion`: the amount's lead words, cut at its `to`, are no topic.
  if (words.length > 2 && AMOUNT_LEAD.test(words.at(-1)!) && words.at(-2) === 'of') words.splice(-2);
  while (words.length > 0 && TOPIC_TAIL.test(words.at(-1)!)) words.pop();
  // `on behalf of …`, `on Korea's behalf`: a formula, never a topic.
  if (words.length === 0 || CALENDAR_WORDS.test(words[0]!) || words.slice(0, 2).some((w) => /^behalf$/i.test(w)) || /^\d/.test(words[0]!)) return null;
  if (!words.some((w) => /^[a-z]{3,}/.test(w) && !TOPIC_TAIL.test(w) && w !== 'the')) return null;
  return words.join(' ');
}

/** `a` and `their` before a lower-case kind; `first`, `41` or a possessive name another thing. */
const SPELLED_BILATERAL = /\b(?:their|a|an|the)\s+(?:bilateral\s+)?(comprehensive economic partnership agreement|economic partnership agreement|free trade agreement)(?!s)\b/g;

/** `signed an agreement with X on …`, `will sign an agreement on …`, `signed agreements on …`. */
const SIGNED_AGREEMENT_ON =
  /\b(?:sign(?:s|ed|ing)?|conclud(?:es|ed|e)|exchang(?:es|ed|e)|ink(?:s|ed)?)\s+(?:(?:an?|the|two|three|four|five|several|separate)\s+)?(agreements?)(\s+with\s+[^.;]{1,120}?)?\s+on\s+/g;
/** `under the agreement on cooperation in …`: an agreement the text works under. */
const UNDER_AGREEMENT_ON = /\bunder\s+the\s+(agreements?)\s+on\s+/g;
/** A `with` clause that runs past its party into another clause. */
const WITH_OVERRUN = /\b(?:agreed|signed|said|will|would|to)\b|,\s+(?:and|while|which|who)\s/;

function topicAgreement(match: RegExpExecArray, sentence: string): AgreementHit[] {
  if (match[2] && WITH_OVERRUN.test(match[2])) return [];
  const topic = topicAt(sentence.slice(match.index + match[0].length));
  if (topic === null) return [];
  const head = match[1]!;
  const start = match.index + match[0].indexOf(head);
  const name = `${head} on ${topic}`;
  return [{ name, aliases: [], kind: 'other', parties: [], start, end: match.index + match[0].length + topic.length }];
}

/** `the Korea-Chile agreements on air services and on tourism`: parties, then a topic. */
const PARTIES_AGREEMENT_ON = /\b([\p{Lu}][\p{L}.]*(?:[-‐‑–—][\p{Lu}][\p{L}.]*)+)\s+(agreements?)\s+on\s+/gu;

/**
 * `signed a technology agreement with X`, `the signing of a social security agreement`, `signed an
 * SMR cooperation agreement with X`, `signed a framework arrangement on port logistics`: a
 * kind in lower case, an acronym of its field allowed first.
 */
const SIGNED_KIND_AGREEMENT =
  /\b(?:signed|signing\s+of|concluded|inked)\s+(?:a|an|the|two|three)\s+((?:[a-z][a-z-]+\s+|[A-Z]{2,5}\s+(?=[a-z]))(?:[a-z][a-z-]+\s+)?(?:agreements?|arrangements?))\b(\s+with\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?=\s+(?:in|on|at|for|to|from|during)\b|[,.;]))?/gu;
/** Lower-case kinds another phrasing reads, or words that tell no kind. */
const NOT_A_KIND = /^(?:FTA|CEPA|EPA|MOU|free trade|(?:comprehensive )?economic partnership|bilateral|new|final|separate|formal|similar|related|relevant|such|this|that)\s/;

/** `the free trade agreement between the Republic of Korea and the Republic of Peru`: a kind, then its two sides. */
const SPELLED_BETWEEN = /\b[Tt]he\s+(free trade agreement|comprehensive economic partnership agreement|economic partnership agreement)\s+between\s+([^.;,]{3,90}?\s+and\s+(?:the\s+)?[\p{Lu}][^.;,]{1,40}?)(?=\s+(?:will|was|is|has|had|entered|took|came|would|in|on|at|to|for|from|after|,|\.)|[.,;]|$)/gu;

/** `have reached a trade agreement`, `the bilateral tariff agreement`, `a trade deal`: one agreement, not a kind's plural. */
const BILATERAL_TRADE_DEAL = /\b(?:a|the|their)\s+(?:(?:bilateral|recent)\s+)?((trade|tariff)\s+(?:agreement|deal))\b(?!s)/g;

/**
 * `the second round of free trade negotiations between Korea and Alphania`, `the leaders agreed to
 * restart the free trade talks`: talks named by their kind written out, never by the agreement. (`the
 * FTA talks` is left to the bare acronym, another name of an FTA the release names.) A lower-case
 * word (or nothing) comes first. Group 1 is the kind, group 2 what follows the talks.
 */
const TRADE_TALKS = /(?<=^|\b[a-z]+\s)([Ff]ree\s+[Tt]rade)\s+(?:[Nn]egotiations|[Tt]alks)\b(\s+between\s+[^.;,]{3,60}?\s+and\s+(?:the\s+)?[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)?/gu;
/**
 * `the bilateral tariff agreement reached last year`, `the recent tariff agreement between Seoul and
 * Washington`, `the framework trade agreement reached in late July`: a deal the release knows,
 * named without its sides. Group 1 is the name (without `bilateral` or `recent`).
 */
const KNOWN_TRADE_DEAL = /\bthe\s+(?:(?:bilateral|recent)\s+((?:framework\s+)?(?:trade|tariff)\s+(?:agreement|deal))|(framework\s+(?:trade|tariff)\s+(?:agreement|deal)))\b(?!s)/g;
/** `a trilateral free trade agreement` among the three countries the sentence names. */
const TRILATERAL_SPELLED = /\b(?:a|an|the|their)\s+(trilateral\s+free trade agreement)\b(?!s)/g;
/** `Korea and the United States reached an agreement on tariffs`: a deal reached, its topic after `on`. */
const REACHED_AGREEMENT_ON = /\b(?:have\s+|has\s+|had\s+)?reached\s+(?:an|a\s+(?:final|trade)|a\s+comprehensive)\s+(agreement)\s+on\s+/g;
/**
 * What governments strike a deal on (`on tariffs`, `on trade and investment`); not a view they
 * come to (`reached an agreement on the need for closer ties`).
 */
const DEAL_TOPIC = /^(?:tariffs?|trade|investment|steel|automobiles|autos|quotas?|duties|market access)\b/;
/** A trade bloc named in a sentence (`the Gulf Cooperation Council (GCC) and Korea`). */
const blocIn = (sentence: string): string | null => {
  const found = [...TRADE_BLOCS].filter((b) => new RegExp(`\\b${b}\\b`).test(sentence));
  return found.length === 1 ? found[0]! : null;
};

export const LOWER_CASE_PHRASINGS: readonly LowerCasePhrasing[] = [
  {
    // Talks between two sides named by their kind alone: the sides are those `between` names, or
    // the home country and the one other country (or trade bloc) of the sentence. The span is the
    // kind, so the words after it (`negotiations`) and before it (`resumption of`) give the status.
    id: 'trade-talks',
    needs: ['ree trade negotiations', 'ree trade talks', 'ree Trade Negotiations', 'ree Trade Talks'],
    pattern: TRADE_TALKS,
    read: (match, sentence, ctx) => {
      if (!ctx.home) return [];
      const betweenAt = match.index + match[0].length - (match[2]?.length ?? 0);
      const named = match[2] ? [...new Set(ctx.countriesIn?.(betweenAt, match.index + match[0].length) ?? [])] : [];
      const foreign = match[2] ? named.filter((c) => c !== ctx.home) : [...new Set(ctx.countryCodes)].filter((c) => c !== ctx.home);
      if (match[2] && (named.length !== 2 || foreign.length !== 1)) return [];
      const bloc = foreign.length === 0 ? blocIn(sentence) : null;
      if (foreign.length !== 1 && bloc === null) return [];
      const other = bloc ?? countryShortName(foreign[0]!);
      const sides = `${countryShortName(ctx.home)}–${other}`;
      const start = match.index;
      return [{ name: `${sides} FTA`, aliases: [`${sides} free trade agreement`], kind: 'FTA', parties: bloc ? [ctx.home] : [ctx.home, foreign[0]!], start, end: start + match[1]!.length }];
    },
    example: {
      sentence: 'The second round of free trade negotiations between Korea and Peru began in Lima on December 11.',
      countries: ['KR', 'PE'],
      names: ['Korea–Peru FTA'],
    },
    mustNot: [
      { sentence: 'Japan and Peru opened free trade negotiations in Lima.', countries: ['JP', 'PE'] },
      { sentence: 'The second round of free trade negotiations began in Lima on December 11.', countries: [] },
      { sentence: 'The Korea-Peru FTA talks resumed.', countries: ['KR', 'PE'] },
    ],
  },
  {
    // `talks on a trilateral free trade agreement` among the home country and two others; the span
    // holds `trilateral`, so `talks on a` before it gives the status.
    id: 'trilateral-spelled-kind',
    needs: ['trilateral free trade agreement'],
    pattern: TRILATERAL_SPELLED,
    read: (match, _sentence, ctx) => {
      const codes = [...new Set(ctx.countryCodes)];
      if (!ctx.home || codes.length !== 3 || !codes.includes(ctx.home)) return [];
      const parties = [ctx.home, ...codes.filter((c) => c !== ctx.home)];
      const sides = parties.map(countryShortName).join('–');
      const start = match.index + match[0].length - match[1]!.length;
      return [{ name: `${sides} FTA`, aliases: [`${sides} free trade agreement`], kind: 'FTA', parties, start, end: start + match[1]!.length }];
    },
    example: { sentence: 'Negotiators from Korea, China and Japan finished the second round of talks on a trilateral free trade agreement.', countries: ['KR', 'CN', 'JP'], names: ['Korea–China–Japan FTA'] },
    mustNot: [{ sentence: 'Negotiators from China and Japan discussed a trilateral free trade agreement.', countries: ['CN', 'JP'] }],
  },
  {
    // `Korea and Alphania have reached a trade agreement under which …`: a deal of the two sides
    // the sentence names, the home country and one other; named with both (`Korea–Alphania trade agreement`).
    id: 'bilateral-trade-deal',
    needs: ['trade agreement', 'tariff agreement', 'trade deal', 'tariff deal'],
    pattern: BILATERAL_TRADE_DEAL,
    read: (match, sentence, ctx) => {
      const foreign = [...new Set(ctx.countryCodes)].filter((c) => c !== ctx.home);
      if (!ctx.home || !ctx.countryCodes.includes(ctx.home)) return [];
      const start = match.index + match[0].length - match[1]!.length;
      // `Korea and the members of MERCOSUR will negotiate a trade agreement in Montevideo, Uruguay`:
      // the bloc is the other side, a member named as the place is not.
      const bloc = foreign.length <= 1 ? blocIn(sentence) : null;
      if (bloc !== null) {
        const sides = `${countryShortName(ctx.home)}–${bloc}`;
        return [{ name: `${sides} ${match[2]!} agreement`, aliases: [match[1]!], kind: 'FTA', parties: [ctx.home], start, end: start + match[1]!.length }];
      }
      if (foreign.length !== 1) return [];
      const sides = `${countryShortName(ctx.home)}–${countryShortName(foreign[0]!)}`;
      return [{ name: `${sides} ${match[2]!} agreement`, aliases: [match[1]!], kind: 'other', parties: [ctx.home, foreign[0]!], start, end: start + match[1]!.length }];
    },
    example: { sentence: 'Korea and Peru have reached a trade agreement under which tariffs on cars fall to zero.', countries: ['KR', 'PE'], names: ['Korea–Peru trade agreement'] },
    mustNot: [
      { sentence: 'Countries with trade agreements with Peru should be exempted.', countries: ['PE'] },
      { sentence: 'The ministers have reached a trade agreement under which tariffs fall.', countries: [] },
      { sentence: 'Korea, Peru and Chile discussed a trade deal.', countries: ['KR', 'PE', 'CL'] },
    ],
  },
  {
    // `Korea and Alphania have reached an agreement on tariffs`: a deal the two sides before the verb
    // struck, the home country and one other, on a matter of trade; named with both
    // (`Korea–Alphania agreement on tariffs`), a one-word topic also as its kind (`… tariff agreement`).
    id: 'sides-reached-agreement-on',
    needs: ['reached an agreement on', 'reached a '],
    pattern: REACHED_AGREEMENT_ON,
    read: (match, sentence, ctx) => {
      const topic = topicAt(sentence.slice(match.index + match[0].length));
      if (!ctx.home || topic === null || !DEAL_TOPIC.test(topic)) return [];
      const sides = [...new Set(ctx.countriesIn?.(0, match.index) ?? [])];
      const foreign = sides.filter((c) => c !== ctx.home);
      if (sides.length !== 2 || foreign.length !== 1) return [];
      const named = `${countryShortName(ctx.home)}–${countryShortName(foreign[0]!)}`;
      const start = match.index + match[0].indexOf(match[1]!);
      const single = /^[a-z]+$/.test(topic) ? topic.replace(/s$/, '') : null;
      // A deal reached is concluded, not yet signed: under negotiation until a signing is told.
      return [{ name: `${named} agreement on ${topic}`, aliases: single ? [`${named} ${single} agreement`] : [], kind: 'other', parties: [ctx.home, foreign[0]!], start, end: match.index + match[0].length + topic.length, stated: 'negotiating' }];
    },
    example: { sentence: 'Korea and Peru reached an agreement on tariffs on Wednesday in Lima.', countries: ['KR', 'PE'], names: ['Korea–Peru agreement on tariffs'] },
    mustNot: [
      { sentence: 'The two sides reached an agreement on tariffs.', countries: [] },
      { sentence: 'Korea and Peru reached an agreement on the need for closer ties.', countries: ['KR', 'PE'] },
      { sentence: 'Korea, Peru and Chile reached an agreement on trade.', countries: ['KR', 'PE', 'CL'] },
    ],
  },
  {
    // A deal the release has named before, without sides in its sentence: the parties are settled
    // from the release (a bilateral release gives its two sides). A sentence with countries is left
    // to `bilateral-trade-deal`, which names the sides.
    id: 'known-trade-deal',
    needs: ['trade agreement', 'tariff agreement', 'trade deal', 'tariff deal'],
    pattern: KNOWN_TRADE_DEAL,
    read: (match, sentence, ctx) => {
      const foreign = [...new Set(ctx.countryCodes)].filter((c) => c !== ctx.home);
      if (ctx.home && ctx.countryCodes.includes(ctx.home) && (foreign.length === 1 || blocIn(sentence) !== null)) return [];
      const name = match[1] ?? match[2]!;
      const start = match.index + match[0].length - name.length;
      return [{ name, aliases: [], kind: name.startsWith('framework') ? 'framework' : 'other', parties: [], start, end: start + name.length }];
    },
    example: { sentence: 'Officials checked how the bilateral tariff agreement reached last year is being implemented.', countries: [], names: ['tariff agreement'] },
    // (`Korea and Peru welcomed the bilateral trade agreement`: read with its sides by `bilateral-trade-deal` alone.)
    mustNot: [
      { sentence: 'The ministers have reached a trade agreement under which tariffs fall.', countries: [] },
      { sentence: 'The bilateral trade agreements of the region were reviewed.', countries: [] },
      { sentence: 'Korea, Peru and Chile welcomed the trade agreement.', countries: ['KR', 'PE', 'CL'] },
    ],
  },
  {
    // `The free trade agreement between Korea and Cambodia entered into force today`: the sides
    // follow the kind; named as the compound press releases write (`Korea–Cambodia FTA`).
    id: 'spelled-kind-between',
    needs: ['agreement between'],
    pattern: SPELLED_BETWEEN,
    read: (match, _sentence, ctx) => {
      const sidesAt = match.index + match[0].length - match[2]!.length;
      const found = [...new Set(ctx.countriesIn?.(sidesAt, sidesAt + match[2]!.length) ?? [])];
      if (found.length !== 2) return [];
      const parties = ctx.home && found.includes(ctx.home) ? [ctx.home, ...found.filter((c) => c !== ctx.home)] : found;
      const spelled = match[1]!;
      const [acronym, kind] = SPELLED.get(spelled)!;
      const sides = parties.map(countryShortName).join('–');
      const start = match.index + match[0].length - match[0].replace(/^[Tt]he\s+/, '').length;
      return [{ name: `${sides} ${acronym}`, aliases: [`${sides} ${spelled}`], kind, parties, start, end: match.index + match[0].length }];
    },
    example: {
      sentence: 'The free trade agreement between the Republic of Korea and the Republic of Peru will enter into force on August 1.',
      countries: ['KR', 'PE'],
      names: ['Korea–Peru FTA'],
    },
    mustNot: [
      { sentence: 'The free trade agreement between the two countries entered into force in 2015.', countries: [] },
      { sentence: 'The free trade agreement between Korea and its neighbours was discussed.', countries: ['KR'] },
      { sentence: 'A free trade agreement between Korea, China and Japan was discussed.', countries: ['KR', 'CN', 'JP'] },
    ],
  },
  {
    // `Korea and Vietnam concluded their free trade agreement negotiations`: a bilateral agreement
    // named by its kind alone, its two sides the home country and the one other country of the sentence.
    id: 'bilateral-spelled-kind',
    needs: ['free trade agreement', 'partnership agreement'],
    pattern: SPELLED_BILATERAL,
    read: (match, _sentence, ctx) => {
      const foreign = [...new Set(ctx.countryCodes)].filter((c) => c !== ctx.home);
      if (!ctx.home || foreign.length !== 1 || !ctx.countryCodes.includes(ctx.home)) return [];
      const spelled = match[1]!;
      const [acronym, kind] = SPELLED.get(spelled)!;
      const sides = `${countryShortName(ctx.home)}–${countryShortName(foreign[0]!)}`;
      const start = match.index + match[0].length - spelled.length;
      return [{ name: `${sides} ${acronym}`, aliases: [`${sides} ${spelled}`], kind, parties: [ctx.home, foreign[0]!], start, end: start + spelled.length }];
    },
    example: { sentence: 'Korea and Vietnam concluded their free trade agreement negotiations on December 10.', countries: ['KR', 'VN'], names: ['Korea–Vietnam FTA'] },
    mustNot: [
      { sentence: 'Israel has free trade agreements with 41 countries, including the United States.', countries: ['IL', 'US'] },
      { sentence: "The deal would be Israel's first free trade agreement with an Asian economy.", countries: ['IL'] },
      { sentence: 'Korea, China and Japan discussed a free trade agreement.', countries: ['KR', 'CN', 'JP'] },
    ],
  },
  {
    id: 'parties-agreement-on-topic',
    needs: [' agreement on ', ' agreements on '],
    pattern: PARTIES_AGREEMENT_ON,
    read: (match, sentence, ctx) => {
      const parties = ctx.countriesIn?.(match.index, match.index + match[1]!.length) ?? [];
      if (parties.length < 2) return [];
      const topic = topicAt(sentence.slice(match.index + match[0].length));
      if (topic === null) return [];
      const name = `${match[1]!} ${match[2]!} on ${topic}`;
      // Kind `other`, even for `agreements on trade in services` (parts of an FTA): an FTA between the
      // same parties would be read as the same agreement.
      return [{ name, aliases: [], kind: 'other', parties, start: match.index, end: match.index + name.length }];
    },
    example: {
      sentence: 'The two ministers signed the Korea-Chile agreements on air services and on tourism on February 26.',
      countries: ['KR', 'TR'],
      names: ['Korea-Chile agreements on air services and on tourism'],
    },
    mustNot: [{ sentence: 'The Alpha-Beta agreements on trade were discussed.', countries: [] }],
  },
  {
    id: 'signed-kind-agreement',
    needs: [' agreement', ' arrangement'],
    pattern: SIGNED_KIND_AGREEMENT,
    read: (match, sentence) => {
      const kind = match[1]!;
      if (NOT_A_KIND.test(kind)) return [];
      // `concluded a general cooperation agreement on army vehicles with …`, `a framework arrangement
      // for ferry services`: the topic is part of its name (`for` only after an arrangement, whose
      // purpose it gives; `an agreement for the first time` is no topic).
      const arrangement = /arrangements?$/.test(kind);
      const topicWord = arrangement ? /^\s+(on|for)\s+(?!(?:the\s+)?(?:sidelines|margins|occasion|basis|behalf|first)\b)/ : /^\s+(on)\s+(?!(?:the\s+)?(?:sidelines|margins|occasion|basis|behalf)\b)/;
      const on = match[2] ? null : topicWord.exec(sentence.slice(match.index + match[0].length));
      const topic = on ? topicAt(sentence.slice(match.index + match[0].length + on[0].length)) : null;
      const name = topic ? `${kind} ${on![1]!} ${topic}` : `${kind}${match[2] ?? ''}`;
      const start = match.index + match[0].indexOf(kind);
      // `a framework arrangement` between governments: the frame later loans or deals are made under
      // (a company's `framework agreement` on a plant is a contract like any other).
      const framework = /^framework\s+arrangements?$/.test(kind);
      return [{ name, aliases: match[2] || topic ? [kind] : [], kind: framework ? 'framework' : 'other', parties: [], start, end: start + name.length }];
    },
    example: {
      sentence: 'The agency first signed a technology agreement with Alphanian state bodies in August 2009.',
      countries: [],
      names: ['technology agreement with Alphanian state bodies'],
    },
    mustNot: [
      { sentence: 'Korea and Alphania signed a free trade agreement in 2015.', countries: [] },
      { sentence: 'The two sides signed a new agreement on Monday.', countries: [] },
      { sentence: 'The two sides signed the FTA agreement on Monday.', countries: [] },
      { sentence: 'The two sides signed a new arrangement for the first time.', countries: [] },
    ],
  },
  {
    id: 'signed-agreement-on-topic',
    needs: [' on '],
    pattern: SIGNED_AGREEMENT_ON,
    read: (match, sentence) => topicAgreement(match, sentence),
    example: {
      sentence: 'The two governments signed an agreement on cooperation in desert and coastal forestry.',
      countries: [],
      names: ['agreement on cooperation in desert and coastal forestry'],
    },
    mustNot: [
      { sentence: 'The two sides reached an agreement on the need for closer ties.', countries: [] },
      { sentence: 'The ministers signed an agreement on Monday in Seoul.', countries: [] },
      { sentence: 'The ministers signed the agreement on behalf of their governments.', countries: [] },
      { sentence: "The trade minister signed the agreement on Korea's behalf.", countries: ['KR'] },
      // where it was signed, then when: no topic
      { sentence: 'The two ministers signed the agreement on Parliament Hill after a summit.', countries: [] },
    ],
  },
  {
    id: 'under-agreement-on-topic',
    needs: ['under the agreement'],
    pattern: UNDER_AGREEMENT_ON,
    read: (match, sentence) => topicAgreement(match, sentence),
    example: {
      sentence: 'The two sides discussed joint programs under the agreement on cooperation in the protection of migratory birds signed in 2011.',
      countries: [],
      names: ['agreement on cooperation in the protection of migratory birds'],
    },
    mustNot: [{ sentence: 'They worked under the agreement reached last year.', countries: [] }],
  },
];

/** Every lower-case agreement a sentence names by the phrasings above. */
export function lowerCaseAgreements(sentence: string, ctx: LowerCaseContext): AgreementHit[] {
  // `agreement`, `arrangement` or `rade` (free trade talks) is in every phrasing: most sentences are skipped here.
  if (!sentence.includes('agreement') && !sentence.includes('rade') && !sentence.includes('arrangement')) return [];
  const hits: AgreementHit[] = [];
  for (const phrasing of LOWER_CASE_PHRASINGS) {
    if (!phrasing.needs.some((literal) => sentence.includes(literal))) continue;
    for (const match of sentence.matchAll(phrasing.pattern)) hits.push(...phrasing.read(match as RegExpExecArray, sentence, ctx));
  }
  return hits;
}
