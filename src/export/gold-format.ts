import { foldName, type Document, type Extraction, type LocalEntity, type LocalOrganization, type LocalPerson } from '../domain/index.js';

/** One article in the evaluation format of shared/eval/README.md. */
export interface GoldRecord {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly persons: readonly GoldPerson[];
  readonly organizations: readonly GoldOrganization[];
  readonly countries: readonly string[];
  readonly agreements: readonly GoldAgreement[];
  readonly meetings: readonly GoldMeeting[];
}

export interface GoldPerson {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly positions: readonly { readonly title: string; readonly org: string | null }[];
  readonly country: string | null;
}

export interface GoldOrganization {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: string;
  readonly country: string | null;
}

export interface GoldAgreement {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: string;
  readonly parties: readonly string[];
  readonly status: string;
}

export interface GoldMeeting {
  readonly participants: readonly string[];
  readonly date: string | null;
  readonly location: string | null;
  readonly kind: string;
}

/**
 * Which bodies an annotation lists. Annotators differ on one point: whether a title alone
 * (`Minister of Economy X`, `Trade Minister Y` in a release of the trade ministry) names the body
 * it implies. `implied` (the default: the project's reference gold, eval/gold-seeds.jsonl, lists
 * them) lists every body the extraction knows, as the graph holds them; `named` lists a body only
 * when the text writes its name or acronym, and gives a post its body only when the sentence that
 * states the post names it (`(MOTIE, Minister Ahn)`, `X, CEO of Y`), as the sealed sets' annotators
 * chose.
 */
export type GoldBodies = 'named' | 'implied';

export interface GoldFormatOptions {
  readonly bodies?: GoldBodies;
}

const ofLabel = <L extends LocalEntity['label']>(x: Extraction, label: L): Extract<LocalEntity, { label: L }>[] =>
  x.entities.filter((e): e is Extract<LocalEntity, { label: L }> => e.label === label);

/**
 * Writes one document's extraction as an evaluation record: names and aliases, posts by
 * organisation name, country codes, agreements, and one meeting per occasion with two or more
 * participants (people joined by ATTENDED relations to the same event).
 */
export function toGoldRecord(doc: Document, extraction: Extraction, options: GoldFormatOptions = {}): GoldRecord {
  const implied = options.bodies !== 'named';
  const orgs = new Map(ofLabel(extraction, 'Organization').filter((o) => implied || writtenInText(o)).map((o) => [o.localId, o] as const));
  const postStated = implied ? () => true : statedPosts(extraction, orgs);
  const persons = ofLabel(extraction, 'Person');
  const personName = new Map(persons.map((p) => [p.localId, p.name] as const));
  return {
    id: doc.id,
    title: doc.title,
    date: doc.date,
    persons: persons.map((p) => goldPerson(p, orgs, postStated)),
    organizations: [...orgs.values()].map((o) => ({ name: o.name, aliases: o.aliases, kind: o.kind, country: o.country })),
    countries: ofLabel(extraction, 'Country').map((c) => c.code),
    agreements: ofLabel(extraction, 'Agreement').map((a) => ({ name: a.name, aliases: a.aliases, kind: goldKind(a.kind), parties: a.parties, status: a.status })),
    meetings: ofLabel(extraction, 'Event')
      .map((e) => {
        const ids = extraction.relations.filter((r) => r.type === 'ATTENDED' && r.to === e.localId).map((r) => r.from);
        const participants = [...new Set(ids)].map((id) => personName.get(id)).filter((n): n is string => n !== undefined);
        return { participants, date: e.date, location: e.location, kind: e.kind };
      })
      .filter((m) => m.participants.length >= 2),
  };
}

/** The format's agreement kinds are MOU, FTA, CEPA, EPA, framework, treaty and other: a joint statement is `other`. */
const GOLD_AGREEMENT_KINDS: ReadonlySet<string> = new Set(['MOU', 'FTA', 'CEPA', 'EPA', 'framework', 'treaty', 'other']);
const goldKind = (kind: string): string => (GOLD_AGREEMENT_KINDS.has(kind) ? kind : 'other');

/** The forms a body's name takes, folded: name, aliases, acronym. */
const namesOf = (o: LocalOrganization): string[] => [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])].map(foldName).filter((n) => n.length > 0);

const containsWords = (text: string, name: string): boolean => ` ${text} `.includes(` ${name} `);

/** A body the text writes by name or acronym, not one only a title implies (`Minister of X` → `Ministry of X`). */
function writtenInText(o: LocalOrganization): boolean {
  const names = namesOf(o);
  return o.mentions.some((m) => names.some((n) => containsWords(foldName(m.text), n)));
}

/**
 * The folded sentence without `the <body> [ACRONYM] said`: a body named only as the release's
 * reporter (`Trade Minister Ahn met …, the Ministry of … said`) states no one's post.
 */
const withoutReporter = (sentence: string, name: string): string =>
  ` ${sentence} `
    .split(` ${name} `)
    .map((part, i, parts) => (i === parts.length - 1 || /^(?:\S+ )?(?:said|announced|stated|reported)\b/.test(parts[i + 1]!) ? `${part} ` : `${part} ${name} `))
    .join('');

/** Up to two words: a country's name or demonym (`czech`, `united states`). */
const countryWords = (words: string): boolean => words !== '' && words.split(' ').length <= 2;

/** `czech ministry of industry and trade`, `ministry of foreign affairs of japan`: a body's name with its country before or after. */
function withCountry(name: string, core: string): boolean {
  if (name === core) return true;
  if (name.endsWith(` ${core}`)) return countryWords(name.slice(0, -core.length - 1));
  return name.startsWith(`${core} of `) && countryWords(name.slice(core.length + 4).replace(/^the /, ''));
}

/**
 * Whether a folded title spells out the folded body name, so the text names the body wherever it
 * names the post: `Minister of Trade, Industry and Energy X` → `Ministry of Trade, Industry and
 * Energy`; `Deputy Minister of Industry and Trade X` → `the Czech Ministry of Industry and Trade`;
 * `U.S. Trade Representative X` → `the Office of the U.S. Trade Representative`.
 */
function spelledByTitle(title: string, name: string): boolean {
  const ministry = /\bminister (?:of|for) (.+)$/.exec(title)?.[1];
  if (ministry !== undefined && withCountry(name, `ministry of ${ministry}`)) return true;
  return title.includes(' ') && name.startsWith('office of the ') && name.endsWith(` ${title.replace(/^(?:united states|u s) /, '')}`);
}

/** `person|org` for each post whose stating sentence names its body. */
function statedPosts(extraction: Extraction, orgs: ReadonlyMap<string, LocalOrganization>): (person: string, org: string) => boolean {
  const stated = new Set<string>();
  for (const r of extraction.relations) {
    if (r.type !== 'HOLDS_POSITION') continue;
    const org = orgs.get(r.to);
    if (!org) continue;
    const sentence = foldName(r.evidence.sentence);
    const title = foldName(r.props['title'] ?? '');
    // `Foreign Minister X … the Ministry of Foreign Affairs will …`: a body a title row names for the
    // title is named with the title, as a body the title spells out is.
    const byTitle = r.props['body'] === 'by-title';
    if (byTitle || namesOf(org).some((n) => containsWords(withoutReporter(sentence, n), n) || spelledByTitle(title, n))) stated.add(`${r.from}|${r.to}`);
  }
  return (person, org) => stated.has(`${person}|${org}`);
}

function goldPerson(p: LocalPerson, orgs: ReadonlyMap<string, LocalOrganization>, postStated: (person: string, org: string) => boolean): GoldPerson {
  const orgName = (id: string | null): string | null => (id && postStated(p.localId, id) ? (orgs.get(id)?.name ?? null) : null);
  return {
    name: p.name,
    aliases: p.aliases,
    positions: p.positions.map((pos) => ({ title: pos.title, org: orgName(pos.orgLocalId) })),
    country: p.country,
  };
}
