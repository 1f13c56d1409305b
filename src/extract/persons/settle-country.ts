import type { OrganizationFinding } from '../findings.js';
import { KOREAN_SURNAMES, KOREAN_SURNAME_VARIANTS } from '../lexicons/korean-surnames.js';
import type { CountryMention } from '../passes/countries.js';
import type { PositionFinding } from '../passes/04-positions.js';
import type { PersonRecord } from './person-group.js';
import { isKoreanGivenName } from './name-words.js';

/** One romanised Korean syllable (Revised Romanisation and the older spellings releases use). */
const SYLLABLE = '(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)(?:ng|[kntlmp])?';
const KOREAN_GIVEN_FUSED = new RegExp(`^(?:${SYLLABLE}){2,3}$`, 'i');
const KOREAN_SYLLABLE = new RegExp(`^${SYLLABLE}$`, 'i');
const KOREAN_TWO_SYLLABLES = new RegExp(`^(?:${SYLLABLE}){2}$`, 'i');

/**
 * `Han Ji-su`, `Lim Sooyeon`, `Lee Min Ho`: a listed Korean surname and a given name of
 * romanised Korean syllables, hyphenated, fused or spaced.
 */
export function looksKorean(name: string): boolean {
  const words = name.split(' ');
  if (givenNameFirst(words)) return true;
  const [surname = '', ...given] = words;
  if (!isSurname(surname) || given.length === 0 || given.length > 2) return false;
  if (given.length === 2) return given.every((g) => KOREAN_SYLLABLE.test(g));
  // `Noh Jun`, `Seo Hyun`: a one-syllable given name, of three letters or more so that a bare
  // vowel or `Ma`-like syllable of another language does not pass; after a two-syllable family
  // name (`Dokgo Un`), which no other language shares, any one syllable does.
  const oneSyllableGivenFits = given[0]!.length >= 3 || (KOREAN_TWO_SYLLABLES.test(surname) && !KOREAN_SYLLABLE.test(surname));
  return isKoreanGivenName(given[0]!) || KOREAN_GIVEN_FUSED.test(given[0]!) || (oneSyllableGivenFits && KOREAN_SYLLABLE.test(given[0]!));
}

const isSurname = (word: string): boolean => KOREAN_SURNAMES.has(word) || KOREAN_SURNAME_VARIANTS.has(word);

/**
 * Letters Korean romanisation writes and English given names rarely do (`eo`, `eu`, `ae`, `oo`,
 * `yo`, a closing `ng`): they tell `Jooseok Whang` from `Mona Park`.
 */
const KOREAN_LETTERS = /eo|eu|ae|oo|yo|yu|wo|ui|ng$|ng[^aeiou]/i;

/**
 * `Doyeon Cheong`, `Jooseok Whang`: a fused two- or three-syllable Korean given name written before
 * the surname, as Koreans write their names for Western readers.
 */
function givenNameFirst(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [given = '', surname = ''] = words;
  return isSurname(surname) && !isSurname(given) && KOREAN_GIVEN_FUSED.test(given) && KOREAN_LETTERS.test(given);
}

/** What the release says about its people once posts are known. */
export interface PersonCountryContext {
  readonly countries: readonly CountryMention[];
  readonly positions: readonly PositionFinding[];
  readonly orgs: readonly OrganizationFinding[];
  /** Countries the positions pass read from titles (`Kazakh Deputy Prime Minister`). */
  readonly stated: ReadonlyMap<string, string>;
  readonly home: string | null;
  /** The release's text, for `X signed on behalf of Cambodia`; without it that phrasing is not read. */
  readonly body?: string;
}

/**
 * What stands between a name and `on behalf of <Country>` when the country is that person's: a
 * verb of taking part (`X signed on behalf of`) or the body the person serves (`X of the Ministry
 * of Commerce on behalf of`). Nothing at all is not enough: `congratulated X on behalf of Korea`
 * speaks for the subject, not for X.
 */
const BEHALF_BETWEEN = /^\s*(?:,\s*)?(?:(?:signed|spoke|attended|participated|delivered\s+(?:a|the)\s+\w+(?:\s+\w+)?)|(?:of|at)\s+the\s+[^,;.()]{1,70}?(?:\s*\([^)]*\))?)\s*,?\s+on\s+behalf\s+of\s+(?:the\s+)?(?:(?:government|people)\s+of\s+(?:the\s+)?)?$/;
/** How far after a name `on behalf of <Country>` may end. */
const BEHALF_REACH = 120;

/** Blocs and the like are partners, not the country a person serves. */
const NOT_A_NATION = new Set(['EU']);

/**
 * The country each person serves, in order of strength: what their title says; the stated country
 * of a body they hold a post at; a romanised Korean name in a Korean release; else the one foreign
 * country of the sentence that first names them, or of the
 * whole release (`Crown Princess Victoria` in a Korea–Sweden release is Swedish), or the foreign
 * country the release is mostly about (`President Xi` in a Korea–China release naming Japan once).
 */
export function settlePersonCountries(persons: readonly PersonRecord[], ctx: PersonCountryContext): Map<string, string> {
  const out = new Map<string, string>();
  const foreign = (list: readonly CountryMention[]): Set<string> =>
    new Set(list.map((c) => c.code).filter((c) => c !== ctx.home && !NOT_A_NATION.has(c)));
  const inRelease = foreign(ctx.countries);
  const partner = dominant(ctx.countries, ctx.home);
  for (const p of persons) {
    const code =
      onBehalfOf(p, ctx) ??
      ctx.stated.get(p.localId) ??
      heldAt(p, ctx, ctx.home === 'KR' && looksKorean(p.name)) ??
      (ctx.home === 'KR' && looksKorean(p.name) ? 'KR' : null) ??
      only(foreign(ctx.countries.filter((c) => c.sentenceIndex === p.mentions[0]?.sentenceIndex))) ??
      only(inRelease) ??
      (ctx.home === 'KR' && looksKorean(p.name) ? null : partner);
    if (code) out.set(p.localId, code);
  }
  return out;
}

/**
 * `Trade Minister X signed on behalf of Korea, and Senior Minister Y of the Ministry of Commerce on
 * behalf of Cambodia`: the country a person signs or speaks for, read right after one of their names.
 */
function onBehalfOf(p: PersonRecord, ctx: PersonCountryContext): string | null {
  const body = ctx.body;
  if (!body) return null;
  for (const m of p.mentions) {
    const after = body.slice(m.end, m.end + BEHALF_REACH);
    const at = after.indexOf('on behalf of');
    if (at < 0) continue;
    for (const c of ctx.countries) {
      if (c.start <= m.end || c.start > m.end + BEHALF_REACH || NOT_A_NATION.has(c.code)) continue;
      if (BEHALF_BETWEEN.test(body.slice(m.end, c.start))) return c.code;
    }
  }
  return null;
}

/**
 * The foreign country a release is about: named at least twice, and at least twice as often as
 * any other foreign country (`President Xi` in a Korea–China release that also names Japan once).
 */
function dominant(countries: readonly CountryMention[], home: string | null): string | null {
  const counts = new Map<string, number>();
  for (const c of countries) if (c.code !== home && !NOT_A_NATION.has(c.code)) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || first[1] >= 2 * second[1]) ? first[0] : null;
}

const only = (codes: ReadonlySet<string>): string | null => (codes.size === 1 ? [...codes][0]! : null);

/**
 * The stated country of the bodies the person holds posts at, when they agree. A home-named
 * person's company says where it trades, not whom they are (`Kim X, President of Alder Motors
 * America`, among `the heads of Korean companies investing in the U.S.`): `homeNamed` skips companies.
 */
function heldAt(p: PersonRecord, ctx: PersonCountryContext, homeNamed: boolean): string | null {
  const codes = new Set<string>();
  for (const pos of ctx.positions) {
    if (pos.personLocalId !== p.localId || !pos.orgLocalId) continue;
    const org = ctx.orgs.find((o) => o.localId === pos.orgLocalId);
    if (org?.country && !(homeNamed && org.kind === 'company')) codes.add(org.country);
  }
  return only(codes);
}
