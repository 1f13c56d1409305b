import { escapeRegExp, ministryNameOn, type Mention, type MinistryName } from '../../domain/index.js';
import type { AnalysedText } from '../analysed-text.js';
import type { OrganizationFinding } from '../findings.js';
import type { CountryMention } from '../passes/countries.js';

/** The country a release speaks for: the one it names most (Korea in MOTIR releases). */
export function homeCountry(countries: readonly CountryMention[]): string | null {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/**
 * The ministry that issued the release: the most-mentioned `Ministry of …` not tied to another
 * country. Bare ministerial titles (`Trade Minister Seo`) belong to it.
 */
export function homeMinistry(orgs: readonly OrganizationFinding[], home: string | null): OrganizationFinding | null {
  const ministries = orgs.filter((o) => o.kind === 'government' && /^Ministry of\b/.test(o.name) && (o.country === null || o.country === home));
  // `MOTIE will seek …`: a release may name its ministry by acronym alone.
  const acronyms = orgs.filter((o) => o.kind === 'government' && /^MO[A-Z]{2,4}$/.test(o.name) && (o.country === null || o.country === home));
  const mostNamed = (list: readonly OrganizationFinding[]): OrganizationFinding | undefined =>
    [...list].sort((a, b) => b.mentions.length - a.mentions.length || a.localId.localeCompare(b.localId))[0];
  return mostNamed(ministries) ?? mostNamed(acronyms) ?? null;
}

/** `the ministry`, `The Ministry's`: the issuing ministry named by its common noun; not `the Ministry of …`, a name. */
const THE_MINISTRY = /\b[Tt]he ([Mm]inistry)\b(?![-\u2010-\u2014])(?!\s+(?:of|for)\b)/g;

/** What ministryInForce needs to know about the release. */
export interface HomeContext {
  /** The release's home country (the option, else the one it names most). */
  readonly home: string | null;
  /** The home ministry's names over time (ExtractOptions.homeMinistry). */
  readonly names: readonly MinistryName[];
  /** The release's date: the name in force then is meant. */
  readonly date: string | null;
}

/**
 * The home ministry for a release that names it only by one of its acronyms (`METI said …`) or
 * calls it `the ministry` (`the ministry said on Tuesday`): the name the acronym stands for, else
 * the name in force on the release's date (`Ministry of Trade, Industry and Energy` in 2015,
 * `… and Resources` from October 2025), each acronym or `ministry` a mention. Null when the
 * release names a home ministry itself, or neither says `the ministry` nor uses an acronym of it
 * (nor, for `the ministry`, has a date within the names' dates).
 */
export function ministryInForce(text: AnalysedText, orgs: readonly OrganizationFinding[], ctx: HomeContext): OrganizationFinding | null {
  if (ctx.home === null || ctx.names.length === 0 || homeMinistry(orgs, ctx.home) !== null) return null;
  const inForce = ministryNameOn(ctx.names, ctx.date);
  // The acronym the release uses most, the later name on a tie: it names the ministry outright.
  // One a body found in the text already goes by is left to that body.
  const taken = new Set(orgs.flatMap((o) => [o.name, ...(o.acronym ? [o.acronym] : [])]));
  const byAcronym = ctx.names
    .map((name) => ({ name, mentions: name.acronym && !taken.has(name.acronym) ? spans(text, new RegExp(`\\b(${escapeRegExp(name.acronym)})\\b`, 'g')) : [] }))
    .filter((found) => found.mentions.length > 0)
    .sort((a, b) => b.mentions.length - a.mentions.length || (b.name.from ?? '').localeCompare(a.name.from ?? ''))[0];
  const name = byAcronym?.name ?? inForce;
  if (!name) return null;
  const mentions = [...(byAcronym?.mentions ?? []), ...(name === inForce ? spans(text, THE_MINISTRY) : [])].sort((a, b) => a.start - b.start);
  if (mentions.length === 0) return null;
  return {
    localId: `o${orgs.length + 1}`,
    name: name.name,
    aliases: [],
    acronym: name.acronym,
    kind: 'government',
    country: ctx.home,
    mentions,
  };
}


/** A mention for each match of `pattern`'s first group. */
function spans(text: AnalysedText, pattern: RegExp): Mention[] {
  const found: Mention[] = [];
  for (const match of text.text.matchAll(pattern)) {
    const start = match.index + match[0].length - match[1]!.length;
    const end = start + match[1]!.length;
    const sentence = text.sentences.find((s) => s.start <= start && start < s.end);
    found.push({ text: match[1]!, start, end, sentenceIndex: sentence?.index ?? 0 });
  }
  return found;
}
