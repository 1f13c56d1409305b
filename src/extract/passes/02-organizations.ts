import { fold } from '../fold.js';
import { LEGAL_FORMS } from '../lexicons/org-forms.js';
import type { AnalysedText } from '../analysed-text.js';
import type { OrganizationFinding } from '../findings.js';
import type { CountryMention } from './countries.js';
import type { Word } from '../words.js';
import { headSpans, type SpanContext } from '../organizations/head-spans.js';
import { acronymSpan, bracketedAcronyms, type AcronymDefinition } from '../organizations/acronym-spans.js';
import { acronymFits } from '../organizations/acronym-match.js';
import { OrgTable, type OrgEntry } from '../organizations/org-table.js';
import { addStandaloneAcronyms, agreementAcronyms } from '../organizations/standalone.js';
import { addCompanyStems, foldIntoGroups } from '../organizations/company-stems.js';
import { nameAcronymsFromTitles } from '../organizations/titled-acronyms.js';
import { addListedCompanies } from '../organizations/company-lists.js';
import { addRoleCompanies } from '../organizations/role-companies.js';
import { addDictionaryCompanies } from '../organizations/dictionary-companies.js';
import { cityCountry, orgCountry } from '../organizations/org-country.js';
import { CountryIndex, leadingForeignCountry } from '../organizations/country-index.js';
import { institutionOf, refineKind } from '../organizations/refine-kind.js';
import type { Mention } from '../../domain/index.js';
import { addInternationalBodies } from '../organizations/named-bodies.js';
import { addRepeatedMentions } from '../organizations/repeated-mentions.js';
import { addSeatsOfGovernment } from '../organizations/seats-of-government.js';
import { addLegislatures } from '../organizations/legislatures.js';
import { addSigningPartners } from '../organizations/signing-partners.js';
import { addCountryNamedAgencies } from '../organizations/country-named-agencies.js';
import { joinParticleNames } from '../organizations/particle-names.js';
import { foldCompanyOrgans } from '../organizations/company-organs.js';
import { settleByNeighbours } from '../organizations/coordinated-bodies.js';
import { agreementBodyName } from '../organizations/agreement-bodies.js';
import { foldPlenaryOrgans } from '../organizations/plenary-organs.js';

/** Offsets already inside a named body, so `CEPA` in `Korea–Peru FTA … Committee` is not read again. */
class CoveredRanges {
  private readonly mask: Uint8Array;
  constructor(length: number) {
    this.mask = new Uint8Array(length);
  }
  add(start: number, end: number): void {
    this.mask.fill(1, start, end);
  }
  has(offset: number): boolean {
    return this.mask[offset] === 1;
  }
}

/**
 * Finds the bodies a document names: head-word names (`Ministry of …`, `… Association`,
 * `Daesan Chemical`), names defined with a bracketed acronym, the acronyms alone, and short
 * forms of companies. A shorter name that ends a longer one (`Economic Cooperation Committee`)
 * is the longer one. Local ids `o1`, `o2`, … follow first mention.
 */
export function findOrganizations(
  text: AnalysedText,
  words: readonly (readonly Word[])[],
  countries: readonly CountryMention[],
  home: string | null = null,
): OrganizationFinding[] {
  const table = new OrgTable();
  const covered = new CoveredRanges(text.text.length);
  const countryStarts = new Set(countries.map((c) => c.start));
  const countryEnds = new Map(countries.map((c) => [c.start, c.end] as const));
  const demonymStarts = new Set(countries.filter((c) => c.form === 'demonym').map((c) => c.start));
  words.forEach((sentence, sentenceIndex) => {
    const ctx: SpanContext = { body: text.text, words: sentence, countryStarts, countryEnds, demonymStarts };
    const spans = headSpans(ctx).map((s) => ({ ...s, sentenceIndex }));
    const acronymWords: Word[] = [];
    for (const def of bracketedAcronyms(sentence)) {
      // `Alder Motors (Ostland)`: a country in brackets is where the body is, not its short name.
      if (!def.strict && countryStarts.has(sentence[def.before + 2]!.start)) continue;
      const end = sentence[def.before]!.end;
      const i = spans.findIndex((s) => s.end === end);
      if (i >= 0) spans[i] = { ...widenedToAcronym(ctx, def, spans[i]!), acronym: def.acronym };
      else if (!def.strict) continue;
      else {
        const span = acronymSpan(ctx, def);
        if (span) spans.push({ ...span, sentenceIndex });
      }
      const acronymWord = sentence[def.before + 2]!;
      covered.add(acronymWord.start, acronymWord.end);
      acronymWords.push(acronymWord);
    }
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      // `the Korea–Velmar Free Trade Agreement (KVFTA) Joint Committee` is the `KVFTA Joint Committee`.
      const owned = agreementBodyName(ctx, span);
      const entry = table.add(owned ? { ...span, name: owned.name, start: owned.start } : span, owned?.name ?? span.name);
      if (owned) entry.aliases.add(owned.spelledOut);
      covered.add(owned?.start ?? span.start, span.end);
    }
    // `(MCEE, Minister Kim …)`: the acronym is itself a mention, so a title after it finds its body.
    for (const w of acronymWords) {
      const owner = table.find(w.text);
      if (owner) table.add({ name: owner.name, start: w.start, end: w.end, sentenceIndex, kind: owner.kind, acronym: null }, w.text);
    }
  });
  mergeSuffixes(table, foreignOwners(text.text, countries, home));
  foldCompanyOrgans(table);
  addInternationalBodies(table, text.text, words, covered);
  foldPlenaryOrgans(table);
  addSeatsOfGovernment(table, text.text, words, covered);
  addLegislatures(table, text.text, words, covered);
  addCountryNamedAgencies(table, text.text, words, countries, covered);
  const agreements = agreementAcronyms(words);
  for (const sentence of words) addStandaloneAcronyms(table, sentence, covered, agreements);
  addCompanyStems(table, words, covered);
  const beforeContext = table.entries.length;
  // One mask of named spans, brought up to date before each finder: mentions only ever join the
  // table, so adding every body's mentions again equals a fresh mask, without a new one per finder.
  const named = namedSpans(table, countries, text.text.length);
  addListedCompanies(table, words, named, countryStarts);
  addRoleCompanies(table, words, addBodySpans(named, table), countryStarts);
  addSigningPartners(table, words, addBodySpans(named, table), countryStarts, leadingForeignCountry(countries, home), new Set(table.entries.slice(beforeContext)));
  addDictionaryCompanies(table, words, addBodySpans(named, table), new Map(countries.map((c) => [c.start, c.code] as const)));
  addRepeatedMentions(table, words, addBodySpans(named, table), beforeContext);
  foldIntoGroups(table);
  joinParticleNames(table, text.text);
  nameAcronymsFromTitles(table, words);
  const index = new CountryIndex(countries);
  const findings = table.entries
    .filter((e) => !(BARE_JOINT_BODY.test(e.name) && e.mentions.every((m) => MEETING_AFTER.test(text.text.slice(m.end, m.end + 9)))))
    .map((e) => ({ entry: e, first: Math.min(...e.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ entry }, i) => toFinding(entry, `o${i + 1}`, text.text, index));
  return settleByNeighbours(findings, text.text, index);
}

/**
 * `King Faisal City for Marine and Solar Energy (K.F.CMASE)`: a head-word name whose initials
 * miss the acronym's first letters is the tail of a longer name the acronym spells out.
 */
function widenedToAcronym<S extends { readonly name: string; readonly start: number; readonly end: number }>(ctx: SpanContext, def: AcronymDefinition, span: S): S {
  if (!def.strict || acronymFits(def.acronym, span.name.split(/\s+/))) return span;
  const longer = acronymSpan(ctx, def);
  return longer && longer.start < span.start && longer.end === span.end ? { ...span, name: longer.name, start: longer.start } : span;
}

/** Offsets inside a body or country already found: a listed company may not overlap them. */
function namedSpans(table: OrgTable, countries: readonly CountryMention[], length: number): CoveredRanges {
  const spans = addBodySpans(new CoveredRanges(length), table);
  for (const c of countries) spans.add(c.start, c.end);
  return spans;
}

/** Marks every mention of the table's bodies in `spans` (again, for those already marked). */
function addBodySpans(spans: CoveredRanges, table: OrgTable): CoveredRanges {
  for (const e of table.entries) for (const m of e.mentions) spans.add(m.start, m.end);
  return spans;
}

/**
 * `at their 18th Joint Committee meeting`: a joint body named by its head phrase alone, that no
 * longer name in the release took in, and only ever as a meeting's name, is the session, not a
 * body (`the Joint Committee under the Korea–Velmar FTA` names the body, and stays).
 */
const BARE_JOINT_BODY = /^Joint (?:Committee|Commission)$/;
const MEETING_AFTER = /^ meetings?\b/;

/** `Commerce Department`: one portfolio word, then a department (a `Trade Ministry` is left to the posts pass, which ties it to its side). */
const PORTFOLIO_BEFORE_HEAD = /^(\p{Lu}\p{Ll}+) (Department)$/u;

/** The countries other than home that own a body's mentions, by the entry's name. */
type ForeignOwners = (entry: OrgEntry) => ReadonlySet<string>;

/** What a country word right before a body says of it: `Indonesia's Ministry of Trade`, `the Turkish Ministry of Economy`. */
const OWNER_GAP = /^(?:['’]s)? $/;

/** The foreign countries named right before (possessive or demonym) any mention of a body. */
function foreignOwners(body: string, countries: readonly CountryMention[], home: string | null): ForeignOwners {
  const byEnd = new Map<number, string>();
  for (const c of countries) if (c.code !== home) byEnd.set(c.end, c.code);
  return (entry) => {
    const owners = new Set<string>();
    for (const m of entry.mentions) {
      for (const gap of [1, 3]) {
        const code = byEnd.get(m.start - gap);
        if (code !== undefined && OWNER_GAP.test(body.slice(m.start - gap, m.start))) owners.add(code);
      }
    }
    return owners;
  };
}

/** `Trade Ministry`: one portfolio word, then `Ministry`. */
const INVERTED_MINISTRY = /^(\p{Lu}\p{Ll}+) Ministry$/u;

/** `Economic Cooperation Committee` after `Korea–Peru FTA Economic Cooperation Committee`. */
function mergeSuffixes(table: OrgTable, ownersOf: ForeignOwners): void {
  // Names never change while merging, so each is folded and split once, not once per pair.
  const folds = new Map(table.entries.map((e) => [e, fold(e.name)] as const));
  const byLength = [...table.entries].sort((a, b) => a.name.length - b.name.length);
  for (const short of byLength) {
    const folded = folds.get(short)!;
    const wordCount = folded.split(' ').length;
    if (wordCount < 2) continue;
    // …and `Ministry of Trade` before `Ministry of Trade, Industry and Resources`.
    const suffix = ` ${folded}`;
    const prefix = `${folded} `;
    // …and `the Commerce Department` after `the U.S. Department of Commerce`: a portfolio before the
    // head word is the same body as that portfolio in its complement.
    const inverted = PORTFOLIO_BEFORE_HEAD.exec(short.name);
    const spelled = inverted ? fold(`${inverted[2]} of ${inverted[1]}`) : null;
    // …but not `Korea Foundation` into `Australia–Korea Foundation`: a name whose first word is the
    // second of a pair of countries is a joint body, another than the one side's own.
    const endsIt = (e: OrgEntry): boolean => folds.get(e)!.endsWith(suffix) && !(e.name.endsWith(short.name) && /[-–]$/.test(e.name.slice(0, -short.name.length)));
    // …and `Velco Engineering` before `Velco Engineering Co.`: the same company without its legal form.
    const spaced = `${short.name} `;
    const withForm = (e: OrgEntry): boolean => e.name.startsWith(spaced) && e.name.slice(short.name.length).split(/[\s,]+/).every((w) => w === '' || LEGAL_FORMS.has(w));
    // …and `the Trade Ministry` beside `Indonesia's Ministry of Trade`: a ministry named portfolio
    // first is the foreign one the text owns outright (a home or unowned one is left to the posts pass).
    const inverseMinistry = INVERTED_MINISTRY.exec(short.name);
    const ministryName = inverseMinistry ? fold(`Ministry of ${inverseMinistry[1]}`) : null;
    const long =
      table.entries.find((e) => e !== short && (endsIt(e) || (wordCount >= 3 && folds.get(e)!.startsWith(prefix)) || withForm(e))) ??
      (spelled === null ? undefined : table.entries.find((e) => e !== short && (folds.get(e) === spelled || folds.get(e)!.endsWith(` ${spelled}`)))) ??
      (ministryName === null ? undefined : table.entries.find((e) => folds.get(e) === ministryName && ownersOf(e).size === 1)) ??
      onlyNameWithHead(table, short, folded, folds);
    // …but not `Indonesia's Ministry of Trade` into the home `Ministry of Trade, Industry and Energy`:
    // a foreign country owning the short name and not the long one sets them apart.
    if (long && ![...ownersOf(short)].some((c) => !ownersOf(long).has(c))) table.merge(short, long);
  }
}

/**
 * `Joint Committee` after `Korea–Vietnam Joint Committee on Trade, Energy and Industry`: the short
 * form is the longer name's head phrase before its complement, and only one name has it.
 */
function onlyNameWithHead(table: OrgTable, short: OrgEntry, folded: string, folds: ReadonlyMap<OrgEntry, string>): OrgEntry | undefined {
  const phrases = ['on', 'of', 'for', 'in'].map((l) => ` ${folded} ${l} `);
  const holders = table.entries.filter((e) => e !== short && phrases.some((p) => folds.get(e)!.indexOf(p) > 0));
  // …but not `the consent of the National Assembly and ratification by the Grand National Assembly
  // of Turkey`: a sentence naming both sets them apart.
  const apart = (e: OrgEntry): boolean => short.mentions.some((m) => e.mentions.some((n) => n.sentenceIndex === m.sentenceIndex));
  return holders.length === 1 && !apart(holders[0]!) ? holders[0] : undefined;
}

/** `Korea–Qatar Joint Economic Commission`: two countries named inside one mention of the body. */
function namesTwoCountries(mentions: readonly Mention[], countries: CountryIndex): boolean {
  return mentions.some((m) => new Set(countries.startingIn(m.start, m.end).filter((c) => c.end <= m.end).map((c) => c.code)).size >= 2);
}

/** `the Prime Minister's Office`: an office named for its holder's post, whose country only its seat may say. */
const HOLDERS_OFFICE = /^(?:Prime )?(?:Minister|President)(?:'s|’s) Office$/;
/** `… Office in Jerusalem`: the city right after a mention. */
const SEAT_AFTER = /^ in (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)/u;

/** The country of the city an office named for its holder sits in (`the Prime Minister's Office in Jerusalem`), if the text says. */
function officeSeat(name: string, mentions: readonly Mention[], body: string): string | null {
  if (!HOLDERS_OFFICE.test(name)) return null;
  for (const m of mentions) {
    const seat = SEAT_AFTER.exec(body.slice(m.end, m.end + 40));
    const country = seat ? cityCountry(seat[1]!) : null;
    if (country) return country;
  }
  return null;
}

function toFinding(entry: OrgEntry, localId: string, body: string, countries: CountryIndex): OrganizationFinding {
  const mentions = [...entry.mentions].sort((a, b) => a.start - b.start);
  const kind = refineKind(entry.name, entry.kind, namesTwoCountries(mentions, countries));
  return {
    localId,
    name: entry.name,
    aliases: [...entry.aliases].filter((a) => a !== entry.name).sort(),
    acronym: entry.acronym,
    kind,
    // `European Council`: an institution of the Union is the Union's, wherever it sits or who chairs it.
    country: (kind === 'international' ? institutionOf(entry.name) : null) ?? orgCountry(entry.name, mentions, body, countries) ?? (kind === 'international' ? null : cityCountry(entry.name)) ?? officeSeat(entry.name, mentions, body) ?? entry.impliedCountry ?? null,
    mentions,
  };
}
