import type { Mention } from '../../domain/index.js';
import type { OrganizationFinding } from '../findings.js';
import { CountryIndex, leadingForeignCountry } from './country-index.js';
import { COMPANY_NOUNS_CORE, DEPARTMENT_GOVERNMENTS, LEGAL_FORM_COUNTRIES } from '../lexicons/org-forms.js';
import { spellingCountry } from './spelling-country.js';
import { coinedCountry } from './coined-country.js';
import type { CountryMention } from '../passes/countries.js';
import type { PositionFinding } from '../passes/04-positions.js';

/** What the release says around its bodies, once people and posts are known. */
export interface OrgCountryContext {
  readonly body: string;
  readonly countries: readonly CountryMention[];
  readonly positions: readonly PositionFinding[];
  /** ISO alpha-2 per person localId, from the positions pass. */
  readonly personCountries: ReadonlyMap<string, string>;
  /** The country that issues the release; null when unknown. */
  readonly home: string | null;
  /** The release's headline and the countries it names: they break a tie for the release's partner, and a possessive there names a body's country. */
  readonly headline?: Headline;
}

/** A release's headline, with the country mentions found in it (offsets into `text`). */
export interface Headline {
  readonly text: string;
  readonly countries: readonly CountryMention[];
}

/**
 * Words that may stand between a country word and the companies it qualifies:
 * `Japanese companies such as A, B and C`, `Germany’s automakers Brandwerk and Kessler`,
 * `the Saudi state-owned firm X`. Anything else (a verb, a preposition of place) breaks the link.
 */
const QUALIFIER_GAP =
  /^(?:’s|'s)?(?:[\s,]+(?:and|the|its|their|such|as|including|like|leading|major|global|state-owned|state|owned|firms?|companies|company|corporations?|conglomerates?|automakers?|carmakers?|steelmakers?|chipmakers?|manufacturers?|producers?|operators?|utilit(?:y|ies)|developers?|investors?|partners?|groups?|enterprises?|businesses|institutions|participants|representatives|delegates|included|include|includes|national|mining|oil|gas|de|des|del|y|la|logistics|shipping|energy|power|battery|semiconductor|port|sovereign|wealth|fund|public|private|\p{Lu}[\p{L}\d&.’'-]*|\(\p{Lu}[\p{L}\d&.-]*\)|[:–—-]))*[\s,]*$/u;

/**
 * `Bolivia’s state mining company X`, `the Uzbek national gas corporation X`, `the Ruritanian
 * development bank X`: a few lower-case words ending in a noun for a company, right before the name.
 */
const COMPANY_NOUN_GAP = new RegExp(String.raw`^(?:’s|'s)?(?:\s+[\p{Ll}-]+){0,4}\s+(?:${COMPANY_NOUNS_CORE}|group|miner|conglomerate|shipyard|bank|lender|fund)\s*$`, 'u');

/** Kinds of body that belong to one country; an international body keeps whatever its name says. */
const NATIONAL_KINDS = new Set(['government', 'company', 'association', 'research', 'other']);

/**
 * Fills in the country of every body the text leaves implicit, in order of strength:
 * 1. what the name or a possessive says (already set by the organisations pass);
 * 2. the country of the people who hold a post there (`Serbian chief negotiator X of the
 *    Ministry of Internal and Foreign Trade` → RS), unless the body is international: a body of many
 *    states is none of them for the national who heads it (golds: 413 international bodies countryless);
 * 3. an appositive (`X, a Japanese logistics firm`), a country word heading a list of companies
 *    (`Japanese companies A, B and C`), or a country closing one (`A, B and C from the United
 *    States`, `X of the United States`);
 * 3a. a country's possessive before the body's name in the headline (`… Stake in UK's X`);
 * 3b. a partner paired with a body the text already ties to home (`KVGC and Ostragaz signed`,
 *    `between KVOC and Velhydro`): the release's leading foreign country;
 * 3c. a department named bare in a release of a government of ministries: the leading foreign
 *    country's, when that government has departments;
 * 4. a legal form of the few countries whose law has it (`Velmar ASA`, `PT Velmar`): the one of
 *    them the release names, else the only one; null when it names none of several;
 * 4b. letters only some languages write (`Ostravská Energetika`, `Zakłady Velmar`): the one of
 *    their countries the release names most, else the only one;
 * 4c. a coined one-word name built on a country's name (`PetroleumCHILE`): that country;
 * 5. the release's home country: a press release's bodies are its own country's unless it says
 *    otherwise.
 */
export function settleOrgCountries(orgs: readonly OrganizationFinding[], ctx: OrgCountryContext): OrganizationFinding[] {
  const index = new CountryIndex(ctx.countries);
  const holders = holdersByOrg(ctx);
  // Bodies the text itself ties to home (`Korea Velgas Corporation`), before any default: a partner's counterpart.
  const homeBodies = ctx.home === null ? [] : orgs.filter((o) => o.country === ctx.home && o.kind !== 'international');
  const headlineCodes = ctx.headline?.countries.map((c) => c.code) ?? [];
  const partnerCountry = homeBodies.length > 0 ? leadingForeignCountry(ctx.countries, ctx.home, headlineCodes) : null;
  const homeMentions = partnerCountry === null ? new Map<number, Mention[]>() : mentionsBySentence(homeBodies);
  // Counted only when a state's company needs it: most releases name none.
  let leading: string | null | undefined;
  const leadingForeign = (): string | null => (leading === undefined ? (leading = leadingForeignCountry(ctx.countries, ctx.home, headlineCodes)) : leading);
  return orgs.map((o) => {
    if (o.country !== null) return o;
    const legal = legalFormCountry(o.name, ctx.countries, ctx.home);
    const country =
      (o.kind === 'international' ? null : heldBy(holders.get(o.localId))) ??
      describedBy(o, ctx.body, index) ??
      closedBy(o, ctx.body, index) ??
      qualifiedBy(o, ctx.body, index) ??
      headlinePossessive(o, ctx.headline) ??
      (stateCompany(o, ctx.body) ? leadingForeign() : null) ??
      (partnerCountry !== null && pairedWithHome(o, homeMentions, ctx.body) ? partnerCountry : null) ??
      departmentCountry(o, ctx.home, leadingForeign) ??
      (legal === undefined ? (NATIONAL_KINDS.has(o.kind) ? (spellingCountry(o.name, ctx.countries, ctx.home) ?? coinedCountry(o.name) ?? ctx.home) : null) : legal);
    return country === null ? o : { ...o, country };
  });
}

/** `KVGC (…) and Ostragaz`, `KVOC and the Velhydro`: `and` (after an optional bracket) joins two names. */
const PAIR_GAP = /^\s*(?:\([^()]{1,60}\)\s*)?,?\s*and\s+(?:the\s+)?$/u;
/** `… signed`, `… agreed to`, `… have been in dispute`: the pair is the subject of what they do together. */
const PAIR_VERB_AFTER = /^\s*(?:\([^()]{1,60}\)\s*)?(?:signed|sign|signs|inked|agreed|agree|concluded|reviewed|discussed|exchanged|formed|launched|established|have|has|will|plan|plans|are|were|jointly|also)\b/u;
/** `cooperation between KVP and Tarvik Energy`: the pair is two sides of a tie. */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/u;
/** `a consortium of KAERI and X`, `companies including A and B`: the pair are members of one side. */
const MEMBERS_BEFORE = /\b(?:of|including|includes|such\s+as|with|from)\s+(?:the\s+)?$/u;
/**
 * `the state gas company X`, `the state concern X`, `state-owned power company X`: a state's
 * company named with no country word is the foreign partner's (home's own are named with their
 * country, `Korea's state-run X`, or carry it in their name).
 */
const STATE_COMPANY_BEFORE = /\bstate(?:-owned|-run)?(?:\s+[\p{Ll}-]+){0,2}\s+(?:company|concern|corporation|firm|operator|utility)\s+$/u;

function stateCompany(o: OrganizationFinding, body: string): boolean {
  return o.kind === 'company' && o.mentions.some((m) => STATE_COMPANY_BEFORE.test(body.slice(Math.max(0, m.start - 60), m.start)));
}

/** `A and B signed an agreement with C`: co-signers on one side, their partner named after `with`. */
const PARTNER_AFTER = /^[^,;.]*?\bwith\b/u;
/**
 * `A and B are members of the consortium`, `A and B have been selected`: a pair that is chosen or
 * belongs together is one side, not two partners.
 */
const ONE_SIDE_AFTER = /^\s*(?:\([^()]{1,60}\)\s*)?(?:are|were|have\s+been|had\s+been|has\s+been)\s+(?:both\s+|jointly\s+)?(?:members|part|selected|chosen|named|picked|awarded|appointed|designated|shortlisted)\b/u;

/**
 * Whether a company is paired as a partner with a body the text ties to home: the two joined by
 * `and` as the subject of a shared verb (`Korea Velgas Corporation (KVGC) and Ostragaz signed …`) or
 * after `between`; not members of one side (`a consortium of A and B`, `A and B signed … with C`).
 * A release between home and one leading foreign country pairs home's bodies
 * with that country's. A government body is left out: home's ministries act in pairs too.
 */
function pairedWithHome(o: OrganizationFinding, homeMentions: ReadonlyMap<number, readonly Mention[]>, body: string): boolean {
  if (o.kind === 'government' || o.kind === 'international') return false;
  for (const m of o.mentions) {
    for (const hm of homeMentions.get(m.sentenceIndex) ?? []) {
      const [first, second] = hm.start < m.start ? [hm, m] : [m, hm];
      if (second.start - first.end > 80 || !PAIR_GAP.test(body.slice(first.end, second.start))) continue;
      const before = body.slice(Math.max(0, first.start - 20), first.start);
      if (BETWEEN_BEFORE.test(before)) return true;
      const after = body.slice(second.end, second.end + 80);
      if (!MEMBERS_BEFORE.test(before) && PAIR_VERB_AFTER.test(after) && !PARTNER_AFTER.test(after) && !ONE_SIDE_AFTER.test(after)) return true;
    }
  }
  return false;
}

/** The mentions of the given bodies by sentence index: a body's partner is sought in its own sentence only. */
function mentionsBySentence(bodies: readonly OrganizationFinding[]): Map<number, Mention[]> {
  const bySentence = new Map<number, Mention[]>();
  for (const b of bodies) {
    for (const m of b.mentions) {
      const list = bySentence.get(m.sentenceIndex);
      if (list) list.push(m);
      else bySentence.set(m.sentenceIndex, [m]);
    }
  }
  return bySentence;
}

/** The countries of the people holding a post at each body. */
function holdersByOrg(ctx: OrgCountryContext): Map<string, Set<string>> {
  const byOrg = new Map<string, Set<string>>();
  for (const p of ctx.positions) {
    const code = ctx.personCountries.get(p.personLocalId);
    if (!p.orgLocalId || !code) continue;
    const codes = byOrg.get(p.orgLocalId) ?? new Set<string>();
    codes.add(code);
    byOrg.set(p.orgLocalId, codes);
  }
  return byOrg;
}

/** The one country of the people holding a post at the body, if they agree. */
const heldBy = (codes: ReadonlySet<string> | undefined): string | null => (codes?.size === 1 ? [...codes][0]! : null);

/**
 * `Velmar Oil Secures Majority Stake in UK's Tarvik Petroleum`: a country's possessive right before a body's
 * name or alias in the headline gives the body that country, when the body text says nothing.
 */
function headlinePossessive(o: OrganizationFinding, headline: Headline | undefined): string | null {
  if (headline === undefined || o.kind === 'international') return null;
  const names = [o.name, ...o.aliases];
  for (const c of headline.countries) {
    const after = /^(?:’s|'s)\s+/.exec(headline.text.slice(c.end, c.end + 4));
    if (!after) continue;
    const rest = headline.text.slice(c.end + after[0].length);
    if (names.some((n) => rest.startsWith(n) && !/^[\p{L}\d]/u.test(rest.slice(n.length)))) return c.code;
  }
  return null;
}

/** How far before a company a country word may head its list. */
const REACH = 120;

/** A country word that qualifies a mention of the body from just before it in the same sentence. */
function qualifiedBy(o: OrganizationFinding, body: string, countries: CountryIndex): string | null {
  if (o.kind === 'government' || o.kind === 'international') return null;
  for (const m of o.mentions) {
    // Nearest first; a country word that qualifies nothing (`Nippon` inside `Nippon Tervalo`, an
    // earlier item of the same list) gives way to the one heading the list before it.
    const before = countries
      .startingIn(m.start - REACH - 60, m.start)
      .filter((c) => c.sentenceIndex === m.sentenceIndex && c.end <= m.start && m.start - c.end <= REACH)
      .reverse();
    for (const c of before) {
      const gap = body.slice(c.end, m.start);
      // `Japanese companies …`, `Germany’s …`, `UAE institutions such as …`: a country named
      // plainly (`in Japan and X`) qualifies nothing.
      const qualifies = c.form === 'demonym' || /^(?:’s|'s)/.test(gap) || /(?:’s|'s)$/.test(c.text) || COUNTRY_AS_MODIFIER.test(gap) || (gap.length <= MAX_NOUN_PHRASE && COUNTRY_NOUN_PHRASE.test(gap));
      if (qualifies && (QUALIFIER_GAP.test(gap) || COMPANY_NOUN_GAP.test(gap))) return c.code;
    }
  }
  return null;
}

/**
 * `U.S. appliance maker X`, `Japan chipmaker X`: a country's name heading a noun phrase of content words
 * that ends in a noun for a company, right before the name (`exports to Japan and maker X` is no
 * such phrase: a function word breaks it).
 */
const COUNTRY_NOUN_PHRASE =
  new RegExp(String.raw`^(?:\s+(?!(?:and|or|in|of|to|from|with|by|for|at|on|the|a|an|its|their|as|than)\b)[\p{Ll}-]+){0,3}\s+(?:${COMPANY_NOUNS_CORE}|miner|conglomerate|shipyard|manufacturer|supplier|automaker|carmaker|chipmaker|steelmaker)\s+$`, 'u');

/** Three content words and the noun fit in this many characters: a longer gap is no such phrase, and is not matched at all. */
const MAX_NOUN_PHRASE = 64;

/** `UAE institutions such as X`, `U.S. companies A and B`: a country's name used as a modifier of a noun for bodies. */
const COUNTRY_AS_MODIFIER = /^\s+(?:companies|firms|institutions|corporations|businesses|investors|participants)\b/u;

/**
 * `X, a Japanese logistics consulting firm`, `X, a U.S. ammonia producer`: an appositive after a
 * mention names the company's country; a few lower-case words may stand between the country and
 * the noun for a company.
 */
const APPOSITIVE_OPENING = /^\s*,\s+(?:a|an|the)\s+$/u;
const APPOSITIVE_NOUN =
  new RegExp(String.raw`^(?:’s|'s|-(?:based|registered|headquartered|listed|owned))?(?:\s+[\p{Ll}-]+){0,4}?\s+(?:${COMPANY_NOUNS_CORE}|group|miner|conglomerate|manufacturer|supplier|investor|subsidiary|startup|consultancy|institute|university|association|bank|lender|fund)\b`, 'u');
/**
 * `Ostragaz, Mozambique’s national hydrocarbon company,`: an appositive opening with a country's
 * possessive, no article; its noun must close the phrase (`Velmar Gas, Japan’s utility company Tarvik`
 * names another company).
 */
const BARE_APPOSITIVE_OPENING = /^\s*,\s+$/u;
const POSSESSIVE_APPOSITIVE_NOUN =
  new RegExp(String.raw`^(?:’s|'s)(?:\s+[\p{Ll}-]+){0,4}?\s+(?:${COMPANY_NOUNS_CORE}|miner|conglomerate|manufacturer|supplier|investor|subsidiary|bank|lender|fund)(?:[,.;)]|\s*$)`, 'u');

/** The country an appositive right after a mention of the company gives it. */
function describedBy(o: OrganizationFinding, body: string, countries: CountryIndex): string | null {
  if (o.kind === 'government' || o.kind === 'international') return null;
  for (const m of o.mentions) {
    const c = countries.startingIn(m.end, m.end + 12).find((k) => k.sentenceIndex === m.sentenceIndex);
    if (!c) continue;
    const opening = body.slice(m.end, c.start);
    const after = body.slice(c.end, c.end + 80);
    if (APPOSITIVE_OPENING.test(opening) && APPOSITIVE_NOUN.test(after)) return c.code;
    if (BARE_APPOSITIVE_OPENING.test(opening) && POSSESSIVE_APPOSITIVE_NOUN.test(after)) return c.code;
  }
  return null;
}

/**
 * Capitalised names joined by commas and `and`, then `from (the)`, between a company and the
 * country that closes its list: `Velmar Motors, Orsk Chemical and Tarn Foods from the United States`.
 * A lower-case word (`imported parts from Japan`) breaks the link.
 */
const CLOSING_GAP = /^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[\p{Lu}\d][\p{L}\d&.’'-]*(?:\s+(?:&\s+)?[\p{Lu}\d][\p{L}\d&.’'-]*)*)*\s+from\s+(?:the\s+)?$/u;

/** `X of (the) <country>` right after a body's name, its bracketed acronym between: `Velmar Fund (VF) of Ostland`. */
const OF_COUNTRY = /^(?:\s+\([\p{Lu}\d&.-]+\))?\s+of\s+(?:the\s+)?$/u;

/**
 * `27.91 percent for Velmar Steel, 29.62 percent for Orsk Iron, and 31.69 percent for other Ostlandic
 * exporters`, `Velmar Steel, Orsk Iron and other Ostlandic producers`: the first demonym after a
 * company, in its sentence, closing the list as `other <demonym> <companies>`.
 */
const LIST_REACH = 320;
const OTHERS_BEFORE = /\bother\s+$/u;
/** `Velco competes with other Ostlandic makers`: the others are rivals, not the list's kin. */
const RIVALS_BETWEEN = /\b(?:compete[sd]?|competing|rivals?|against|than|unlike|versus)\b/u;
const OTHERS_NOUN = /^\s+(?:exporters|producers|companies|firms|manufacturers|makers|suppliers|steelmakers)\b/u;

/** A country named after a mention of the body that closes the list it stands in, or `of` it. */
function closedBy(o: OrganizationFinding, body: string, countries: CountryIndex): string | null {
  if (o.kind === 'international') return null;
  // A state body is closed by `of <country>` alone (`the Public Investment Fund (PIF) of Saudi Arabia`), never by a list's `from`.
  const state = o.kind === 'government';
  for (const m of o.mentions) {
    const next = countries.startingIn(m.end, m.end + REACH).find((c) => c.sentenceIndex === m.sentenceIndex && c.form !== 'demonym');
    if (next && !state && CLOSING_GAP.test(body.slice(m.end, next.start))) return next.code;
    // `Tarvik Power of the United States`: `of` ties the country to the one name right before it only.
    if (next && OF_COUNTRY.test(body.slice(m.end, next.start)) && !/^(?:’s|'s)/.test(body.slice(next.end, next.end + 2))) return next.code;
    if (state) continue;
    // A list of rates runs long: its closing words may stand further off than a country heading one.
    const others = countries.startingIn(m.end, m.end + LIST_REACH).find((c) => c.sentenceIndex === m.sentenceIndex);
    if (others && others.form === 'demonym' && OTHERS_BEFORE.test(body.slice(others.start - 6, others.start)) && OTHERS_NOUN.test(body.slice(others.end, others.end + 16)) && !RIVALS_BETWEEN.test(body.slice(m.end, others.start))) return others.code;
  }
  return null;
}

/**
 * `officials of the Department of Energy` in a release of a government of ministries: the
 * department of the country the release is most about, when that government has departments.
 */
function departmentCountry(o: OrganizationFinding, home: string | null, leadingForeign: () => string | null): string | null {
  if (o.kind !== 'government' || home === null || DEPARTMENT_GOVERNMENTS.has(home) || !/^Department (?:of|for) /.test(o.name)) return null;
  const leading = leadingForeign();
  return leading !== null && DEPARTMENT_GOVERNMENTS.has(leading) ? leading : null;
}

/**
 * The country a company's legal form ties it to (`Velmar ASA` → NO, `Ostland Holding N.V.` in a
 * release naming the Netherlands → NL); undefined when the name has no such form or its form is
 * the home country's own, null when the form's countries are several and the release names none.
 */
function legalFormCountry(name: string, countries: readonly CountryMention[], home: string | null): string | null | undefined {
  const words = name.split(' ');
  const form = [words[words.length - 1]!, words[0]!].find((w) => LEGAL_FORM_COUNTRIES.has(w));
  const of = form === undefined ? undefined : LEGAL_FORM_COUNTRIES.get(form)!;
  if (!of || (home !== null && of.includes(home))) return undefined;
  const named = of.filter((code) => countries.some((c) => c.code === code));
  if (named.length >= 1) return named[0]!;
  return of.length === 1 ? of[0]! : null;
}
