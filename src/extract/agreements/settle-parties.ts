import type { AgreementFinding } from '../passes/agreements.js';
import type { CountryMention } from '../passes/countries.js';
import type { EventFinding } from '../passes/events.js';
import type { ParticipationFinding } from '../passes/participants.js';
import { TRADE_BLOCS } from '../lexicons/agreements.js';
import { acronymSides } from './acronym-sides.js';
import { ADOPTED_DOCUMENT_NAME } from './adopted-documents.js';
import { type MemberList, memberLists } from './member-lists.js';
import { joinsLater, regionParties, statedSides } from './region-sides.js';
import { namedBySides } from './statement-names.js';

/** What the release says around its agreements once people, their countries and occasions are known. */
export interface PartiesContext {
  readonly countries: readonly CountryMention[];
  readonly events: readonly EventFinding[];
  readonly participation: readonly ParticipationFinding[];
  /** ISO alpha-2 per person localId. */
  readonly personCountries: ReadonlyMap<string, string>;
  readonly home: string | null;
  /** The release's text, where member lists are read (`The IPEF partners are …`). */
  readonly body?: string;
  /** A body of the home country is named (`The Ministry of Knowledge Economy signed …`): the release speaks for it, named or not. */
  readonly homeBody?: boolean;
}

/**
 * The parties of an agreement whose name does not say them:
 * 1. the countries of the people who sign it (`The MOU was signed by Minister X and Polish
 *    Secretary of State Y` → KR, PL);
 * 2. else the countries named in the sentences that name it (`Korea, China, Japan, Australia and
 *    New Zealand signed the Pacific Accord`), the home country joining when the release speaks for it;
 * 3. a bilateral release (one foreign country) gives an agreement it names without parties, or
 *    with the home side only, its two sides; so does `the two countries signed an MOU` in a release
 *    that names others too, the other side being the foreign country it names most (first on a tie),
 *    and so does a joint statement, an MOU or a framework the text names no foreign side of (`They
 *    witnessed the signing of an MOU on youth exchanges` in a release on a summit with one country
 *    that names others too; `the two ministers also signed the Framework Agreement` in a release on
 *    Turkey that names the EU in passing);
 * 4. a joint statement or MOU with one foreign party, in a release that speaks for the home
 *    country, is the home country's too (`Korea and Georgia launched …; the ministers signed a joint
 *    statement` names Georgia by its demonym only), also where only a home body names that side
 *    (`The Ministry of Knowledge Economy signed an MOU with Natural Resources Canada`).
 * An acronym name (`KORUS FTA`) gives the two sides it spells.
 * An agreement whose name states its parties (`Korea–Norway FTA`, `Korea–EFTA FTA`) keeps them; a
 * region among them (`Korea–Central America FTA`) adds the countries of that region the release names.
 * A bilateral joint statement known by its head alone is then named by its two sides.
 */
export function settleParties(agreements: readonly AgreementFinding[], ctx: PartiesContext): AgreementFinding[] {
  const foreignInRelease = new Set(ctx.countries.map((c) => c.code).filter((c) => c !== ctx.home));
  const homeInRelease = ctx.home !== null && ctx.countries.some((c) => c.code === ctx.home);
  const homeVoice = ctx.home !== null && ctx.homeBody === true;
  const named = ctx.countries.map((c) => c.code);
  const namedCodes = new Set(named);
  // `Guatemala … will be able to join the agreement once …`: a country every mention of which says it joins later.
  const body = ctx.body;
  const later = body === undefined ? new Set<string>() : joiningLater(ctx.countries, body);
  const namedNow = named.filter((c) => !later.has(c));
  const lists = ctx.body === undefined ? [] : memberLists(ctx.body, ctx.countries);
  return agreements.map((a) => {
    const members = listedMembers(a, lists, ctx);
    if (members.length > 0) return { ...a, parties: members };
    const spelled = a.parties.length === 0 ? acronymSides([a.name, ...a.aliases], ctx.home, namedCodes) : [];
    if (spelled.length > 0) return { ...a, parties: spelled };
    const itsSentences = new Set(a.mentions.map((m) => m.sentenceIndex));
    const regional = regionParties([a.name, ...a.aliases], ctx.countries.filter((c) => itsSentences.has(c.sentenceIndex)).map((c) => c.code), namedNow, statedCount(a, ctx.body));
    if (regional.length > 0) a = { ...a, parties: [...new Set([...a.parties, ...regional])].sort() };
    const [only] = a.parties;
    if (a.parties.length === 1 && (homeInRelease || homeVoice) && only !== ctx.home && BY_BODIES.has(a.kind)) {
      return { ...a, parties: [ctx.home!, only!].sort() };
    }
    // `Minister X and his counterparts from Alphania, Betania and Gammania signed a joint statement`:
    // a release that speaks for the home country reports the statements it is a side of.
    if (a.kind === 'joint_statement' && a.parties.length > 1 && homeInRelease && !a.parties.includes(ctx.home!)) {
      return { ...a, parties: [ctx.home!, ...a.parties].sort() };
    }
    // `Korea–EFTA FTA` names its parties, a bloc among them, as much as `Korea–Norway FTA` does.
    // A joint statement read with the home side alone (`Korea Electric …` counted as Korea) has another
    // side still to find, unless its name gives a bloc as that side (`… the Alphania–GCC FTA negotiations`).
    // So does an MOU read with the home side alone (`the 66 MOUs concluded between the two countries`).
    const homeOnly = a.parties.every((p) => p === ctx.home) && ((a.kind === 'joint_statement' && ![a.name, ...a.aliases].some(namesBloc)) || a.kind === 'MOU');
    if (a.parties.length > 0 && !homeOnly) return a;
    const sentences = new Set(a.mentions.map((m) => m.sentenceIndex));
    const parties = new Set(a.parties);
    for (const code of signatoryCountries(sentences, ctx)) parties.add(code);
    if (parties.size < 2) {
      for (const c of ctx.countries) if (sentences.has(c.sentenceIndex) && !isVenue(c, ctx.body)) parties.add(c.code);
      if (parties.size >= 1 && ctx.home && ![...parties].includes(ctx.home) && (homeInRelease || (homeVoice && BY_BODIES.has(a.kind)))) parties.add(ctx.home);
    }
    const [partner] = foreignInRelease;
    if (partner && foreignInRelease.size === 1 && ctx.home && (parties.size === 0 || (parties.size === 1 && parties.has(ctx.home)))) {
      parties.add(ctx.home).add(partner);
    }
    // A joint statement is made by two sides at least: one with no foreign side has the release's partner.
    const withoutForeign = [...parties].every((p) => p === ctx.home);
    // `The three ministers met in Beijing … In a joint statement, the ministers said …`: a statement of
    // an occasion of several countries is theirs, not the home country's and the one named most.
    // So is a document the occasion adopted (`the three leaders adopted the Action Plan for …`).
    const adopted = a.kind === 'other' && ADOPTED_DOCUMENT_NAME.test(a.name);
    const occasion = homeInRelease && withoutForeign && (a.kind === 'joint_statement' || adopted) ? occasionCountries(sentences, ctx) : [];
    for (const code of occasion) parties.add(code);
    const principal = homeInRelease && withoutForeign && occasion.length === 0 && (a.kind === 'joint_statement' || a.kind === 'MOU' || a.kind === 'framework' || a.twoSides === true) ? principalPartner(ctx) : null;
    if (principal) parties.add(ctx.home!).add(principal);
    // `The forum adopted the Alpha Declaration 2012`: a release that speaks for the home country
    // reports the documents its meeting adopted, the home country among their makers.
    if (parties.size === 0 && adopted && ctx.home !== null && (homeInRelease || homeVoice)) parties.add(ctx.home);
    if (parties.size === 0) return a;
    // `President Lee and Indian Prime Minister Singh agreed to quicken talks on a bilateral CEPA`: a
    // trade agreement with one foreign side named is the home country's, named as a country or not.
    if (parties.size === 1 && ctx.home && !parties.has(ctx.home) && TRADE_KINDS.has(a.kind)) parties.add(ctx.home);
    return { ...a, parties: [...parties].sort() };
  }).map((a) => namedBySides(a, ctx.home, foreignInRelease.size === 1));
}

const TRADE_KINDS: ReadonlySet<string> = new Set(['FTA', 'CEPA', 'EPA']);
/** Kinds bodies sign for their countries: a home body signing one makes the home country a side. */
const BY_BODIES: ReadonlySet<string> = new Set(['MOU', 'joint_statement']);
/** How many sentences back a list with no name (`The founding members are …`) reaches for its agreement. */
const LIST_REACH = 3;
const AMONG_SEVERAL: ReadonlySet<string> = new Set(['FTA', 'CEPA', 'EPA', 'framework', 'treaty', 'other']);

/**
 * The members a release lists for an agreement among several countries, one whose names name no
 * country or bloc (`RCEP`, `ABC`, the `ABC Supply Chain Pact`, not `Korea–GCC FTA`): the lists after its
 * name or acronym, or after a name it begins with (the agreements of a framework); a list with no
 * name (`The founding members are …`) is of those named in the few sentences before. Empty when
 * the release lists none.
 */
function listedMembers(a: AgreementFinding, lists: readonly MemberList[], ctx: PartiesContext): string[] {
  if (lists.length === 0 || !AMONG_SEVERAL.has(a.kind)) return [];
  // `Korea–MERCOSUR Trade Agreement`: a bloc side stays one party, whatever members the release
  // lists, unless the release gives the bloc's make-up.
  if ([a.name, ...a.aliases].some(namesBloc)) return blocMembers(a, lists);
  if (a.mentions.some((m) => ctx.countries.some((c) => c.start >= m.start && c.end <= m.end))) return [];
  const names = [a.name, ...a.aliases].map((n) => n.toLowerCase());
  const codes = new Set<string>();
  for (const l of lists) {
    const anchor = l.anchor?.toLowerCase();
    const its = anchor !== undefined
      ? names.some((n) => n === anchor || n.startsWith(`${anchor} `))
      : a.mentions.some((m) => m.sentenceIndex <= l.sentenceIndex && m.sentenceIndex >= l.sentenceIndex - LIST_REACH);
    if (!its) continue;
    for (const c of l.codes) codes.add(c);
    const homeInSentence = ctx.countries.some((c) => c.code === ctx.home && c.sentenceIndex === l.sentenceIndex);
    if (ctx.home && (l.homeJoins || (l.keepsHome && homeInSentence))) codes.add(ctx.home);
  }
  return [...codes].sort();
}

/**
 * `the Korea–GCC FTA` in a release that says `The GCC comprises Saudi Arabia, the United Arab
 * Emirates, …`: the text names the bloc's members, and a trade agreement with the bloc is theirs
 * (its other parties kept). A joint statement on talks with the bloc keeps the bloc as one side, as
 * the annotators mostly do. Empty when the release gives no make-up of a bloc the name holds.
 */
function blocMembers(a: AgreementFinding, lists: readonly MemberList[]): string[] {
  if (!TRADE_KINDS.has(a.kind)) return [];
  const blocs = new Set([a.name, ...a.aliases].flatMap(blocsIn));
  const codes = lists.filter((l) => l.composition && l.anchor !== null && blocs.has(l.anchor)).flatMap((l) => l.codes);
  return codes.length === 0 ? [] : [...new Set([...a.parties, ...codes])].sort();
}

/** How far after a name the words that count its sides (`with all five partner countries`) are read. */
const AFTER = 120;
/**
 * The countries every mention of which says it joins later, in one walk over the mentions: a
 * country's first mention that does not join settles it, and its later mentions are not read (a
 * check per mention rescanned every mention and re-read that first clause once per `Korea`).
 */
function joiningLater(countries: readonly CountryMention[], body: string): Set<string> {
  const joinsNow = new Set<string>();
  const later = new Set<string>();
  for (const c of countries) {
    if (joinsNow.has(c.code)) continue;
    if (joinsLater(body.slice(c.end, c.end + AFTER))) later.add(c.code);
    else {
      joinsNow.add(c.code);
      later.delete(c.code);
    }
  }
  return later;
}

/** The count of sides the words after any mention of an agreement state, or null. */
function statedCount(a: AgreementFinding, body: string | undefined): number | null {
  if (body === undefined) return null;
  for (const m of a.mentions) {
    const n = statedSides(body.slice(m.end, m.end + AFTER));
    if (n !== null) return n;
  }
  return null;
}

/** `meeting in Sapporo, Japan`, `ended in Brunei`: a country named as the place of an occasion. */
const VENUE_BEFORE = /\b(?:in|at)\s+(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?,\s+)?(?:the\s+)?$/u;
/**
 * `who accompanied President X on her visit to Alphania, Betania and Gammania`: the countries of a
 * visit's itinerary, each of a list, are places the signer came through, not sides of what is signed.
 */
const ITINERARY_BEFORE = /\b(?:visits?|trip|tour)\s+(?:to|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$/u;
const isVenue = (c: CountryMention, body: string | undefined): boolean => {
  if (body === undefined || c.form === 'demonym') return false;
  return VENUE_BEFORE.test(body.slice(Math.max(0, c.start - 40), c.start)) || ITINERARY_BEFORE.test(body.slice(Math.max(0, c.start - 80), c.start));
};

/** A trade bloc among a name's words: a side that adds no country code. */
const namesBloc = (name: string): boolean => blocsIn(name).length > 0;
/** The trade blocs among a name's words (`Korea–GCC FTA`: GCC). */
const blocsIn = (name: string): string[] => name.split(/[^\p{L}]+/u).filter((w) => TRADE_BLOCS.has(w));

/** Countries of the signatories of the signings reported in the agreement's sentences. */
function signatoryCountries(sentences: ReadonlySet<number>, ctx: PartiesContext): string[] {
  const signings = new Set(ctx.events.filter((e) => e.kind === 'signing' && e.sentenceIndexes.some((i) => sentences.has(i))).map((e) => e.key));
  const codes: string[] = [];
  for (const p of ctx.participation) {
    if (p.role !== 'signatory' || !signings.has(p.eventKey) || !sentences.has(p.sentenceIndex)) continue;
    const code = ctx.personCountries.get(p.personLocalId);
    if (code) codes.push(code);
  }
  return codes;
}

/**
 * The countries of the people at the occasion a statement came out of: the one its first sentence
 * reports, else the last reported before it. Empty unless they are of three countries or more, the
 * home country among them (two sides are the partner named most, as before).
 */
function occasionCountries(sentences: ReadonlySet<number>, ctx: PartiesContext): string[] {
  const first = Math.min(...sentences);
  const before = ctx.events.filter((e) => e.kind !== 'signing' && e.sentenceIndexes.some((i) => i <= first));
  const occasion = before.find((e) => e.sentenceIndexes.includes(first)) ?? before.sort((x, y) => Math.min(...y.sentenceIndexes) - Math.min(...x.sentenceIndexes))[0];
  if (!occasion) return [];
  const codes = new Set<string>();
  for (const p of ctx.participation) {
    const code = p.eventKey === occasion.key ? ctx.personCountries.get(p.personLocalId) : undefined;
    if (code) codes.add(code);
  }
  return codes.size >= 3 && ctx.home !== null && codes.has(ctx.home) ? [...codes] : [];
}

/** The foreign country the release names most, the first named on a tie; null when it names none. */
function principalPartner(ctx: PartiesContext): string | null {
  const counts = new Map<string, number>();
  for (const c of ctx.countries) if (c.code !== ctx.home) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > counts.get(best)!) best = code;
  return best;
}
