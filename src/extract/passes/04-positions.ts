import { fold } from '../fold.js';
import { ministryNameOn, type Mention, type MinistryName } from '../../domain/index.js';
import type { OrganizationFinding } from '../findings.js';
import { COUNTRY_FORMS } from '../lexicons/countries.js';
import { MINISTRY_TITLE, PORTFOLIO_WORDS, ROYAL_TITLES } from '../lexicons/titles.js';
import type { PersonRecord } from '../persons/person-group.js';
import type { TitleContext } from '../persons/candidate.js';
import { homeMinistry } from '../persons/home.js';
import { qualifyImpliedBodies } from '../persons/qualified-bodies.js';
import { looksKorean } from '../persons/settle-country.js';
import { bodyOfTitle, impliedBodyOfTitle } from '../persons/title-bodies.js';
import type { CountryMention } from './countries.js';
import type { DatePoint } from '../dates/index.js';

/** A post a person holds, as one phrase of the text states it. */
export interface PositionFinding {
  readonly personLocalId: string;
  readonly title: string;
  readonly orgLocalId: string | null;
  /**
   * The body is the one a title row names for the title (`Foreign Minister` → the foreign ministry;
   * Korea's `Minister for Trade` of 2010 → the foreign ministry of the day), not one the text
   * attached to the title: the title names it as surely as `Minister of X` names `Ministry of X`.
   */
  readonly bodyByTitle: boolean;
  /** The title's span: the evidence. */
  readonly start: number;
  readonly end: number;
}

export interface Positions {
  readonly positions: readonly PositionFinding[];
  /** ISO alpha-2 per person localId, where the text supports one. */
  readonly countries: ReadonlyMap<string, string>;
  /** Bodies implied by titles (`Minister of Science and Higher Education` → `Ministry of …`). */
  readonly orgs: readonly OrganizationFinding[];
  /** The country the release speaks for: the option, else the one it names most. */
  readonly home: string | null;
}

/**
 * `Minister of Science and Higher Education` names the `Ministry of Science and Higher Education`;
 * so does Kenya's `Cabinet Secretary for Energy and Petroleum` its `Ministry of Energy and Petroleum`.
 */
const IMPLIED_MINISTRY = /^(?:(?:Acting |Deputy |Vice |First Vice |Assistant )*)(?:Minister of (?!State\b(?! \p{Lu}))|Cabinet Secretary for )(\p{Lu}.*)$/u;

/**
 * The last post of a chain (`Deputy Prime Minister and Minister of Economy and Finance` → `Minister
 * of Economy and Finance`): the one that names a ministry. Other titles come back whole.
 */
const lastPost = (title: string): string =>
  title.replace(/^.*\band (?=(?:(?:Acting|Deputy|Vice|First Vice|Assistant) )*Minister of )/, '').replace(/^.*\bMinister and (?=\p{Lu}\p{Ll}+(?:,? (?:and )?\p{Lu}\p{Ll}+)* Minister$)/u, '');
const impliesMinistry = (title: string): boolean => IMPLIED_MINISTRY.test(lastPost(title));

/**
 * `Energy Minister` heads a `Ministry of Energy`: the one the text names, else — for an official a
 * demonym or country name ties to another country (`Iraqi Oil Minister X`) — the one the title
 * implies. A home official's bare portfolio title means the home ministry instead (see homeOfficial).
 */
// A rank before the portfolio (`Assistant Commerce Minister`) and a remit after the head
// (`Deputy Foreign Minister for Economic Affairs`) leave the portfolio the same.
const PORTFOLIO_MINISTER = /^(?:(?:Acting|Deputy|Vice|First|Second|Assistant|Senior) )*(\p{Lu}\p{Ll}+(?:,? (?:and )?\p{Lu}\p{Ll}+){0,3}) Minister(?: for \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?$/u;

/** Words of a portfolio title that name a rank or a chamber, not a portfolio: `Prime Minister`, `State Minister`. */
const NOT_PORTFOLIO: ReadonlySet<string> = new Set(['State', 'Federal', 'Government', 'Administration', 'Bilateral', 'Multilateral', 'Asian', 'European', 'Americas', 'African', 'Pacific', 'Eurasian', 'Middle', 'Coordination']);

/** `Trade and Industry Minister`, `Oil Minister`: every word a portfolio's. */
const portfolioTitle = (title: string): boolean => {
  const words = PORTFOLIO_MINISTER.exec(title)?.[1]?.split(/,? /).filter((w) => w !== 'and');
  return words !== undefined && words.every((w) => PORTFOLIO_WORDS.has(w) && !NOT_PORTFOLIO.has(w));
};

/** Portfolios a home trade-ministry title may name (`Trade Minister`, `Assistant Minister for Trade`). */
const HOME_PORTFOLIOS: readonly RegExp[] = ['Trade', 'Industry', 'Energy', 'Resources'].map((p) => new RegExp(`\\b${p}\\b`));

/**
 * Whether the home ministry under `name` holds every portfolio `title` names: Korea's `Trade
 * Minister` sat in the foreign ministry before the trade portfolio joined the industry ministry,
 * and its `Energy Minister` left it when energy moved out, so a title naming a portfolio the
 * ministry's name of the day lacks is not that ministry's.
 */
const holdsPortfolios = (name: string, title: string): boolean =>
  HOME_PORTFOLIOS.every((p) => !p.test(title) || p.test(name)) && !otherCabinetPost(name, title);

/**
 * `Minister for Government Policy Coordination`: a cabinet minister whose portfolio shares no
 * word with the home ministry's name heads another ministry, not the one that issued the release.
 */
const otherCabinetPost = (name: string, title: string): boolean => {
  const portfolio = /^Minister (?:for|of) (.+)$/.exec(title)?.[1];
  return portfolio !== undefined && !HOME_PORTFOLIOS.some((p) => p.test(portfolio) && p.test(name));
};

/** `Office of the U.S. Trade Representative` and `… United States …`: one name, the country spelt out or not. */
const bodyKey = (name: string): string => fold(name).replace(/\bu s\b|\bus\b/g, 'united states');
const sameBodyName = (a: string, b: string): boolean => bodyKey(a) === bodyKey(b);

/**
 * `the Philippine Department of Trade and Industry`, `the U.S. Department of Commerce`: the body a
 * title implies, named with its country before it (of that country, when the official's is known).
 */
const countryQualifies = (named: string, body: string, country: string | null): boolean => {
  if (!named.endsWith(` ${body}`)) return false;
  const code = COUNTRY_FORMS.get(named.slice(0, -body.length - 1).replace(/['’]s$/u, ''))?.code;
  return code !== undefined && code !== null && (country === null || code === country);
};

/** `Ministry of Foreign Affairs and Trade` → `MOFAT`: the initials of its words but `and`, `the`. */
const initialsOf = (name: string): string =>
  name
    .split(/[\s,]+/)
    .filter((w) => w !== '' && !['and', 'the', '&'].includes(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');

/** A body the text names by a title's body's name or by its initials (`MOFAT said …`, then `Minister for Trade Kim`). */
const namesBody = (o: OrganizationFinding, name: string, acronym: string = initialsOf(name)): boolean =>
  sameBodyName(o.name, name) || (acronym.length >= 3 && (o.name === acronym || o.acronym === acronym));

/** Every word of the portfolio (`Trade`, `Industry and Energy`) stands in the ministry's name. */
const portfolioWithin = (portfolio: string, ministry: string): boolean => {
  const words = fold(portfolio).split(/[\s,]+/).filter((w) => w !== '' && w !== 'and');
  const name = ` ${fold(ministry).replace(/,/g, ' ')} `;
  return words.length > 0 && words.every((w) => name.includes(` ${w} `));
};

/** `Atomgaz Management Committee`, `Alder Supervisory Board`: a company's name, then its governing board. */
const GOVERNING_BOARD = /^(.+?) (?:Management|Executive|Supervisory) (?:Committee|Board)$/;

/** The home ministry's names over time and the release's date (the name in force then is meant). */
export interface HomeMinistryNames {
  readonly names: readonly MinistryName[];
  readonly date: string | null;
}


/**
 * Step 4: who holds which post. A title phrase gives the post; the body is the one the phrase
 * names (`… at the Ministry of …`, `(MOTIR, Minister …)`, `CEO of Daewon`), else the ministry the
 * title names (`Minister of X` → `Ministry of X`), else — for a home official with a ministerial
 * title (`Trade Minister Seo`) — the ministry that issued the release. One post per person and
 * body, the fullest title kept.
 */
export function findPositions(
  persons: readonly PersonRecord[],
  orgs: readonly OrganizationFinding[],
  countries: readonly CountryMention[],
  sentenceOf: (offset: number) => number,
  homeCode: string | null,
  homeNames: HomeMinistryNames = { names: [], date: null },
): Positions {
  const home = homeCode;
  const added: OrganizationFinding[] = [];
  const all = (): OrganizationFinding[] => [...orgs, ...added];
  const orgAt = (start: number): OrganizationFinding | undefined => all().find((o) => o.mentions.some((m) => m.start === start));
  // Looked up for every title of every person, several times each: one map, one pass over the mentions.
  const codeByStart = new Map<number, string>();
  for (const c of countries) if (!codeByStart.has(c.start)) codeByStart.set(c.start, c.code);
  const codeAt = (start: number): string | undefined => codeByStart.get(start);
  // The issuing ministry among the bodies the text names: `orgs` does not change here, so once.
  let namedHome: OrganizationFinding | null | undefined;
  const homeNamed = (): OrganizationFinding | null => (namedHome === undefined ? (namedHome = homeMinistry(orgs, home)) : namedHome);

  // `Minister of Science and Higher Education` implies the ministry it heads, a foreign
  // official's as much as a home one's (`India's Minister of Commerce and Industry`): the
  // annotations list that ministry, tied to the official's country.
  // Bodies whose whole name a `Minister of X` title spells (not guessed from `X Minister`).
  const spelt = new Set<OrganizationFinding>();
  const implied = (ctx: TitleContext, foreign: string | undefined, side: string | null = foreign ?? null): OrganizationFinding | null => {
    const stated = IMPLIED_MINISTRY.exec(lastPost(ctx.title));
    const m = stated ?? PORTFOLIO_MINISTER.exec(lastPost(ctx.title));
    if (!m) return null;
    const portfolio = m[1]!.replace(/\s+(?:of|for|in|to)\s+.*$/, '');
    const name = `Ministry of ${portfolio}`;
    // `the Saudi Ministry of Investment` is the body a `Minister of Investment` heads; `the
    // Agriculture Ministry` the one an `Agriculture Minister` heads.
    const variant = fold(`${portfolio} Ministry`);
    // A body tied to another country is not this official's: `Indonesian Trade Minister X`'s
    // ministry is not `Trade Minister Han`'s.
    const known = all().find(
      (o) =>
        (side === null || o.country === null || o.country === side) &&
        (fold(o.name) === fold(name) || fold(o.name).endsWith(` ${fold(name)}`) || fold(o.name) === variant || fold(o.name).endsWith(` ${variant}`)),
    );
    const byPortfolio = foreign !== undefined && portfolioTitle(lastPost(ctx.title)) && bodyOfTitle(lastPost(ctx.title), foreign) === null;
    if (known || !(impliesMinistry(ctx.title) || byPortfolio)) return known ?? null;
    const mention: Mention = { text: ctx.title, start: ctx.start, end: ctx.end, sentenceIndex: sentenceOf(ctx.start) };
    const org: OrganizationFinding = { localId: `o${orgs.length + added.length + 1}`, name, aliases: [], acronym: null, kind: 'government', country: foreign ?? null, mentions: [mention] };
    added.push(org);
    if (stated) spelt.add(org);
    return org;
  };

  // `Foreign Minister X`, `Secretary of Commerce Y`: the body the title alone names, found in the
  // text under that name or added, tied to the official's country.
  const byTitle = new Set<OrganizationFinding>();
  const ofTitle = (ctx: TitleContext, country: string | null, date: string | null = homeNames.date): OrganizationFinding | null => {
    const body = impliedBodyOfTitle(ctx.title, country, date);
    if (!body) return null;
    const name = body.name;
    // The body the text names (`the Department of Commerce`), else one a title of the same
    // country implied: `Foreign Minister Kim and Uzbek Foreign Minister Aliyev` serve two ministries.
    const same = all().filter((o) => namesBody(o, name) || countryQualifies(o.name, name, body.country ?? country));
    const known = same.find((o) => !byTitle.has(o)) ?? same.find((o) => o.country === country);
    if (known) return known;
    const mention: Mention = { text: ctx.title, start: ctx.start, end: ctx.end, sentenceIndex: sentenceOf(ctx.start) };
    const org: OrganizationFinding = { localId: `o${orgs.length + added.length + 1}`, name, aliases: [], acronym: null, kind: body.kind, country: body.country ?? country, mentions: [mention] };
    added.push(org);
    byTitle.add(org);
    return org;
  };

  const foreignByPerson = new Map<PersonRecord, string | undefined>();
  const foreignOf = (person: PersonRecord): string | undefined => {
    if (foreignByPerson.has(person)) return foreignByPerson.get(person);
    const code = person.contexts.flatMap((c) => c.countryAt.map(codeAt)).find((c) => c !== undefined && c !== home);
    foreignByPerson.set(person, code);
    return code;
  };
  const koreanByPerson = new Map<PersonRecord, boolean>();
  const korean = (person: PersonRecord): boolean => {
    let is = koreanByPerson.get(person);
    if (is === undefined) koreanByPerson.set(person, (is = looksKorean(person.name)));
    return is;
  };
  const inForce = ministryNameOn(homeNames.names, homeNames.date);
  // `her British counterpart Liam Roe, then Secretary of State for …`: no country qualifies the
  // title itself, but the only foreign country of the sentence that first names a foreign-named
  // official (else of the whole release) is theirs, for the bodies one country's titles imply.
  const foreignIn = (list: readonly CountryMention[]): string | null => {
    const codes = new Set(list.map((c) => c.code).filter((c) => c !== home && c !== 'EU'));
    return codes.size === 1 ? [...codes][0]! : null;
  };
  const inRelease = foreignIn(countries);
  const likelyCountry = (person: PersonRecord): string | null =>
    foreignIn(countries.filter((c) => c.sentenceIndex === person.mentions[0]?.sentenceIndex)) ?? inRelease;
  const isHomeLike = (person: PersonRecord): boolean => !foreignOf(person) && (home !== 'KR' || korean(person));
  /** The country a person serves as far as titles tell: a demonym's, else home for a home-like name. */
  const sideOf = (person: PersonRecord): string | null => foreignOf(person) ?? (isHomeLike(person) ? home : null);
  // `Minister of Trade Yeo` in a Korean release: the trade minister of the home ministry, whose
  // name holds the portfolio, not a `Ministry of Trade` the text never names.
  // `Trade, Industry and Energy Minister Sung` likewise: every portfolio the title names is in the
  // home ministry's name.
  const homeHolds = (ctx: TitleContext, passOver = false): OrganizationFinding | null => {
    const portfolio = IMPLIED_MINISTRY.exec(lastPost(ctx.title))?.[1] ?? (portfolioTitle(ctx.title) ? PORTFOLIO_MINISTER.exec(ctx.title)?.[1] : undefined);
    if (portfolio === undefined || all().some((o) => fold(o.name) === fold(`Ministry of ${portfolio}`))) return null;
    const named = passOver ? null : homeNamed();
    const name = named?.name ?? inForce?.name;
    return name !== undefined && portfolioWithin(portfolio, name) ? homeOfficial(ctx.title, ctx, passOver) : null;
  };
  // `Trade Minister Roh` in a release that never names the home ministry: the one in force on its
  // date. `passOver`: the home ministries the release names are others the official does not serve.
  const homeOfficial = (title: string, anchor: TitleContext, passOver = false): OrganizationFinding | null => {
    const named = passOver ? null : homeNamed();
    if (named) return named;
    if (!inForce || !home || !holdsPortfolios(inForce.name, title)) return null;
    const known = all().find((o) => fold(o.name) === fold(inForce.name));
    if (known) return known;
    const mention: Mention = { text: anchor.title, start: anchor.start, end: anchor.end, sentenceIndex: sentenceOf(anchor.start) };
    const org: OrganizationFinding = { localId: `o${orgs.length + added.length + 1}`, name: inForce.name, aliases: [], acronym: inForce.acronym, kind: 'government', country: home, mentions: [mention] };
    added.push(org);
    return org;
  };

  // `Trade Minister Han … with officials of the Ministry of Economy and Finance`: the only home
  // ministries the release names lack a portfolio the title names, which the ministry in force
  // holds; the official serves the latter (and so does their bare `Minister`).
  const namedLacks = (title: string): boolean => {
    const named = homeNamed();
    // A ministry named by acronym alone (`MOTIE`) hides its portfolios: it is not judged.
    return named !== null && inForce !== null && /^Ministry of\b/.test(named.name) && HOME_PORTFOLIOS.some((p) => p.test(title)) && !holdsPortfolios(named.name, title) && holdsPortfolios(inForce.name, title) && (MINISTRY_TITLE.test(title) || portfolioTitle(title));
  };

  // Bodies titles name come first, so `Minister of Trade, Industry and Energy Kim` makes the home
  // ministry known before `Trade Minister Roh`, later in the list or earlier in the text, is read.
  // A title one country's table row claims (`Minister of International Trade` in Canada, 2013-15)
  // means that row's body, not the `Ministry of …` its words spell.
  const titleSide = (person: PersonRecord): string | null => foreignOf(person) ?? (isHomeLike(person) ? home : likelyCountry(person));
  const claimed = (ctx: TitleContext, person: PersonRecord): boolean => bodyOfTitle(ctx.title, titleSide(person), homeNames.date) !== null;
  // `Foreign Minister A and Oil Minister B joined the Iraqi side`: a foreign-named official whom no
  // demonym qualifies serves the only foreign country of their sentence (else of the release).
  const portfolioSide = (person: PersonRecord): string | undefined => foreignOf(person) ?? (isHomeLike(person) ? undefined : (likelyCountry(person) ?? undefined));
  for (const person of persons) for (const ctx of person.contexts) if (!ctx.orgAt && !(isHomeLike(person) && homeHolds(ctx)) && !claimed(ctx, person)) implied(ctx, portfolioSide(person), sideOf(person) ?? portfolioSide(person) ?? null);

  // `signed on August 1, 2012 by then Minister for Trade Kim`: an earlier post is the body of the
  // day the sentence gives — the one a dated title row names then (Korea's trade minister sat in
  // the foreign ministry until 2013), else, for a home official, the home ministry's name of that
  // day where it differs from the release's. Null leaves the post to the release's own day.
  const earlierBody = (ctx: TitleContext, person: PersonRecord): OrganizationFinding | null => {
    const day = heldOn(ctx.heldIn, homeNames.date);
    if (day === null) return null;
    const byTitle = ofTitle(ctx, titleSide(person), day);
    if (byTitle || !isHomeLike(person) || !home || !MINISTRY_TITLE.test(ctx.title)) return byTitle;
    const held = ministryNameOn(homeNames.names, day);
    if (!held || !inForce || held.name === inForce.name || !holdsPortfolios(held.name, ctx.title)) return null;
    const known = all().find((o) => namesBody(o, held.name, held.acronym ?? undefined));
    if (known) return known;
    const mention: Mention = { text: ctx.title, start: ctx.start, end: ctx.end, sentenceIndex: sentenceOf(ctx.start) };
    const org: OrganizationFinding = { localId: `o${orgs.length + added.length + 1}`, name: held.name, aliases: [], acronym: held.acronym, kind: 'government', country: home, mentions: [mention] };
    added.push(org);
    return org;
  };

  // `Chairman of the Atomgaz Management Committee`: a company's governing board is where its head
  // sits, and the post is the company's — when the text names that company too.
  const companyOfBoard = (board: OrganizationFinding): OrganizationFinding | null => {
    const company = GOVERNING_BOARD.exec(board.name)?.[1];
    return company === undefined ? null : (all().find((o) => o !== board && o.kind === 'company' && fold(o.name) === fold(company)) ?? null);
  };

  const positions: PositionFinding[] = [];
  const personCountries = new Map<string, string>();
  for (const person of persons) {
    const foreign = foreignOf(person);
    const own: PositionFinding[] = [];
    // `Minister for Trade Kim … Minister Kim`: a body one title implies for this official's side on
    // the release's date (Korea's trade minister sat in the foreign ministry until 2013) is the post
    // the bare `Minister` repeats, not the ministry in force.
    const stated = person.contexts.some((c) => c.orgAt !== null || impliesMinistry(c.title) || bodyOfTitle(c.title, sideOf(person), homeNames.date) !== null);
    const homeLike = isHomeLike(person);
    const passOver = homeLike && person.contexts.some((c) => c.orgAt === null && namedLacks(c.title));
    for (const ctx of person.contexts) {
      let org = ctx.orgAt ? (orgAt(ctx.orgAt.start) ?? null) : null;
      if (!org && ctx.heldIn) org = earlierBody(ctx, person);
      if (!org && homeLike) org = homeHolds(ctx, passOver);
      if (!org && !claimed(ctx, person)) org = implied(ctx, portfolioSide(person), sideOf(person) ?? portfolioSide(person) ?? null);
      org ??= ofTitle(ctx, titleSide(person));
      if (org) org = companyOfBoard(org) ?? org;
      // `Minister Zhao Ping` in a Korean release: a bare title before a name of another language is
      // the partner's minister, not the home ministry's.
      if (!org && !stated && !foreign && MINISTRY_TITLE.test(ctx.title) && !(home === 'KR' && !homeLike)) org = homeLike ? homeOfficial(ctx.title, ctx, passOver) : homeNamed();
      const row = org ? impliedBodyOfTitle(ctx.title, titleSide(person), homeNames.date) : null;
      const bodyByTitle = org !== null && row !== null && (namesBody(org, row.name) || countryQualifies(org.name, row.name, row.country ?? titleSide(person)));
      own.push({ personLocalId: person.localId, title: ctx.title, orgLocalId: org?.localId ?? null, bodyByTitle, start: ctx.start, end: ctx.end });
    }
    // `Crown Princess Ingrid`, `King Olav`: a royal's title is their post, though no body is named.
    const royal = own.length === 0 ? ROYAL_TITLES.find((t) => person.name.startsWith(`${t} `)) : undefined;
    const first = person.mentions[0];
    if (royal && first) own.push({ personLocalId: person.localId, title: royal, orgLocalId: null, bodyByTitle: false, start: first.start, end: first.start + royal.length });
    positions.push(...fullest(own));
    const firstOrg = own.map((p) => all().find((o) => o.localId === p.orgLocalId)).find((o) => o !== undefined);
    const ministry = homeNamed();
    // A home-named head of a company abroad (`Kim X, President of Alder Motors America`) is still home's.
    const byCompany = firstOrg?.kind === 'company' && home === 'KR' && korean(person);
    const country = foreign ?? (byCompany ? null : firstOrg?.country) ?? (firstOrg === ministry && firstOrg ? home : null) ?? (home === 'KR' && korean(person) ? 'KR' : null);
    if (country) personCountries.set(person.localId, country);
  }
  return { ...inTextOrder(qualifyImpliedBodies(added, orgs, new Set([...byTitle, ...spelt]), home), positions, orgs.length), countries: personCountries, home };
}

/**
 * Bodies the titles imply, numbered in the order the text first implies them (as the bodies it
 * names are), not the order the persons were read in: `Minister for Trade Kim and Kenyan Cabinet
 * Secretary for Trade X` implies the home ministry first.
 */
function inTextOrder(added: readonly OrganizationFinding[], positions: readonly PositionFinding[], named: number): { positions: PositionFinding[]; orgs: OrganizationFinding[] } {
  const sorted = [...added].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const ids = new Map(sorted.map((o, i) => [o.localId, `o${named + i + 1}`] as const));
  return {
    orgs: sorted.map((o) => ({ ...o, localId: ids.get(o.localId)! })),
    positions: positions.map((p) => (p.orgLocalId !== null && ids.has(p.orgLocalId) ? { ...p, orgLocalId: ids.get(p.orgLocalId)! } : p)),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The ISO day a written date means (`August 1 last year` in a release of 2013 → 2012-08-01), or null. */
function heldOn(point: DatePoint | undefined, releaseDate: string | null): string | null {
  if (!point) return null;
  const year = point.year ?? (releaseDate !== null && point.yearOffset !== null ? Number(releaseDate.slice(0, 4)) + point.yearOffset : null);
  return year === null ? null : `${year}-${pad(point.month ?? 1)}-${pad(point.day ?? 1)}`;
}

/** One post per body (the longest title); a post with no body only when there is no other. */
function fullest(list: readonly PositionFinding[]): PositionFinding[] {
  const byOrg = new Map<string | null, PositionFinding>();
  for (const p of list) {
    const best = byOrg.get(p.orgLocalId);
    if (!best || p.title.length > best.title.length) byOrg.set(p.orgLocalId, p);
  }
  if (byOrg.size > 1) byOrg.delete(null);
  return [...byOrg.values()];
}
