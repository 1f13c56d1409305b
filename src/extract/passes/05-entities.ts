import type { LocalAgreement, LocalCountry, LocalEntity, LocalEvent, LocalOrganization, LocalPerson, Mention } from '../../domain/index.js';
import type { OrganizationFinding } from '../findings.js';
import { HONOURS, NAME_HONORIFICS, ROYAL_TITLES } from '../lexicons/titles.js';
import type { PersonRecord } from '../persons/person-group.js';
import type { AgreementFinding } from './agreements.js';
import { countryShortName } from '../lexicons/countries.js';
import { tiedCountries, type CountryMention, type PlaceMention, type TiedCountry } from './countries.js';
import type { EventFinding } from './events.js';
import type { Positions } from './04-positions.js';

export interface Findings {
  readonly countries: readonly CountryMention[];
  readonly orgs: readonly OrganizationFinding[];
  readonly persons: readonly PersonRecord[];
  readonly positions: Positions;
  readonly agreements: readonly AgreementFinding[];
  readonly events: readonly EventFinding[];
  /** Cities named as places (`in Geneva`): their countries are the release's too. */
  readonly places?: readonly PlaceMention[];
}

/** Local ids of the non-person, non-organisation entities, so relations can point at them. */
export const countryId = (code: string): string => `c:${code}`;
export const agreementId = (i: number): string => `a${i + 1}`;
export const eventId = (key: string): string => `e:${key}`;

const unique = (xs: readonly string[], name: string): string[] => [...new Set(xs)].filter((x) => x !== name).sort();

/** Longest first, so `Crown Prince` is tried before `Prince` and `Dato' Sri` before `Dato'`. */
const NAME_PREFIXES = [...HONOURS, ...ROYAL_TITLES, ...NAME_HONORIFICS].sort((a, b) => b.length - a.length);

/**
 * `Sir Tom Reid`, `Prince Faisal bin Nasser Al Thani`, `Dato' Sri Ana Yusof`: the name is also
 * written without the honour or royal title before it. Only when two words or more remain, so
 * `King Olav` keeps no bare `Olav`.
 */
function withoutHonour(name: string): string[] {
  for (const prefix of NAME_PREFIXES) {
    if (!name.startsWith(`${prefix} `)) continue;
    const rest = name.slice(prefix.length + 1);
    return rest.includes(' ') ? [...withoutHonour(rest), rest] : [];
  }
  return [];
}

function countries(mentions: readonly CountryMention[], tied: readonly TiedCountry[]): LocalCountry[] {
  const byCode = new Map<string, CountryMention[]>();
  for (const m of mentions) {
    const list = byCode.get(m.code);
    if (list) list.push(m);
    else byCode.set(m.code, [m]);
  }
  const named = [...byCode].map(([code, ms]): LocalCountry => {
    // The name is the longest form the text uses for it: `United Arab Emirates` over `UAE`.
    const forms = ms.filter((m) => m.form !== 'demonym').map((m) => m.text);
    const name = [...(forms.length ? forms : ms.map((m) => m.text))].sort((a, b) => b.length - a.length)[0]!;
    const mentionList: Mention[] = ms.map(({ text, start, end, sentenceIndex }) => ({ text, start, end, sentenceIndex }));
    return { localId: countryId(code), label: 'Country', code, name, aliases: unique(ms.map((m) => m.text), name), mentions: mentionList };
  });
  // A country only something of the release is tied to: its name, and the tying span as evidence.
  const implied = tied.map(({ code, mention }): LocalCountry => ({ localId: countryId(code), label: 'Country', code, name: countryShortName(code), aliases: [], mentions: [mention] }));
  return [...named, ...implied];
}

/**
 * Step 5: the document's entities in the domain's shape, sorted by local id so the same text
 * always gives the same extraction.
 */
export function assembleEntities(f: Findings): LocalEntity[] {
  const orgs: LocalOrganization[] = [...f.orgs, ...f.positions.orgs].map((o) => ({
    localId: o.localId,
    label: 'Organization',
    name: o.name,
    aliases: unique(o.aliases, o.name),
    mentions: o.mentions,
    kind: o.kind,
    acronym: o.acronym,
    country: o.country,
  }));
  const persons: LocalPerson[] = f.persons.map((p) => ({
    localId: p.localId,
    label: 'Person',
    name: p.name,
    aliases: unique([...p.aliases, ...withoutHonour(p.name)], p.name),
    mentions: p.mentions,
    positions: f.positions.positions.filter((x) => x.personLocalId === p.localId).map((x) => ({ title: x.title, orgLocalId: x.orgLocalId })),
    country: f.positions.countries.get(p.localId) ?? null,
    titles: [...new Set(p.titles)],
  }));
  const agreements: LocalAgreement[] = f.agreements.map((a, i) => ({
    localId: agreementId(i),
    label: 'Agreement',
    name: a.name,
    aliases: unique(a.aliases, a.name),
    mentions: a.mentions,
    kind: a.kind,
    status: a.status,
    parties: [...a.parties].sort(),
    ...(a.date ? { date: a.date } : {}),
  }));
  const events: LocalEvent[] = f.events.map((e) => ({
    localId: eventId(e.key),
    label: 'Event',
    name: e.name,
    aliases: [],
    mentions: e.mentions,
    kind: e.kind,
    date: e.date,
    endDate: e.endDate,
    location: e.location,
    country: e.country,
  }));
  // `the Industrial and Commercial Bank of X`, `Anglo Atlantic Mining`: a country only inside a foreign
  // company's name, or only its seat, is not one the release is about (golds keep none of them,
  // but every home company's). The company keeps its country; only the release's list drops it.
  const home = f.positions.home;
  const foreignFirms = orgs.filter((o) => o.kind === 'company' && o.country !== home);
  const insideFirm = (c: CountryMention): boolean => foreignFirms.some((o) => o.mentions.some((m) => m.start <= c.start && c.end <= m.end));
  const kept = f.countries.filter((c) => c.code === home || !insideFirm(c) || f.countries.some((d) => d.code === c.code && !insideFirm(d)));
  const tied = tiedCountries(kept, [
    ...orgs.filter((o) => !foreignFirms.includes(o)).map((o) => ({ codes: [o.country], mentions: o.mentions })),
    ...persons.map((p) => ({ codes: [p.country], mentions: p.mentions })),
    ...events.map((e) => ({ codes: [e.country], mentions: e.mentions })),
    ...agreements.map((a) => ({ codes: a.parties, mentions: a.mentions })),
    ...(f.places ?? []).map(({ code, text, start, end, sentenceIndex }) => ({ codes: [code], mentions: [{ text, start, end, sentenceIndex }] })),
  ]);
  const all: LocalEntity[] = [...persons, ...orgs, ...countries(kept, tied), ...agreements, ...events];
  return all.sort((a, b) => compareIds(a.localId, b.localId));
}

interface IdKey {
  readonly prefix: string;
  readonly number: number;
}

const idKeys = new Map<string, IdKey>();

/** An id's prefix and number, parsed once: sorting compares the same few ids many times. */
function idKey(id: string): IdKey {
  let key = idKeys.get(id);
  if (key === undefined) {
    const [, prefix = '', digits = ''] = /^(\D*)(\d*)/.exec(id) ?? [];
    if (idKeys.size > 50_000) idKeys.clear();
    key = { prefix, number: Number(digits || 0) };
    idKeys.set(id, key);
  }
  return key;
}

const prefixOrder = new Map<string, Map<string, number>>();

/** `localeCompare` of two distinct prefixes, remembered: there are only a handful. */
function comparePrefixes(a: string, b: string): number {
  if (a === b) return 0;
  let row = prefixOrder.get(a);
  if (row === undefined) {
    if (prefixOrder.size > 1_000) prefixOrder.clear();
    prefixOrder.set(a, (row = new Map()));
  }
  let order = row.get(b);
  if (order === undefined) {
    order = a.localeCompare(b);
    row.set(b, order);
  }
  return order;
}

/** `p2` before `p10`: ids compare by prefix, then by number. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const ka = idKey(a);
  const kb = idKey(b);
  return comparePrefixes(ka.prefix, kb.prefix) || ka.number - kb.number || a.localeCompare(b);
}
