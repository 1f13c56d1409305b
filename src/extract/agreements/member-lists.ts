import type { CountryMention } from '../passes/countries.js';

/**
 * A phrasing that lists the member countries of an agreement among several (`The IPEF partners are
 * the United States, Korea, …`): the match ends where the list begins. Group 1, when it matched, is
 * the agreement's name or acronym (`IPEF`); without it (`The founding members are …`) the list is
 * of the agreement among several named just before. `after` must follow the list
 * (`, of which New Zealand is a member`), and a list of one is taken only then or when `single`
 * says so; `homeJoins` marks a list the home country joins
 * (`the first to join beyond the founding members Chile, …`). Each row carries an example (with
 * its members) and neighbours that list none.
 */
export interface MemberPhrasing {
  readonly pattern: RegExp;
  /** A word the phrasing holds (`members`, `of which`): the pattern is tried only just before and around it. */
  readonly trigger: RegExp;
  readonly after?: RegExp;
  readonly homeJoins?: boolean;
  /** The home country named in the list's sentence is a party too (`Korea signed the X together with …`). */
  readonly keepsHome?: boolean;
  /** The list names one member only, as an instance (`by twelve countries including Japan`). */
  readonly single?: boolean;
  /** The list is a bloc's make-up (`The GCC comprises …`): the countries a bloc side of a name stands for. */
  readonly composition?: boolean;
  readonly example: { readonly sentence: string; readonly anchor: string | null; readonly members: readonly string[] };
  readonly mustNot: readonly string[];
}

/** An agreement's name or acronym, capitalised words with an optional bracketed acronym after. */
const ANCHOR_WORDS = String.raw`([\p{Lu}][\p{L}-]*(?:\s+(?:for\s+|of\s+|and\s+)?[\p{Lu}][\p{L}-]*){0,7})`;
const ANCHOR = String.raw`${ANCHOR_WORDS}\s*(?:\([^)]{1,12}\)\s*)?`;
const COUNT = String.raw`(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+)`;
const MEMBERS = String.raw`(?:partners|members|parties|member\s+(?:states|countries|economies)|partner\s+countries)`;
/** Any of MEMBERS, the trigger of the rows built on it (`matchAll` reads a copy, so rows may share it). */
const MEMBERS_WORD = new RegExp(String.raw`\b${MEMBERS}\b`, 'g');

/** First matching row wins at a place, so a row that gives the name comes before the open one. */
export const MEMBER_PHRASINGS: readonly MemberPhrasing[] = [
  {
    trigger: MEMBERS_WORD,
    // `The CPTPP, which entered into force in 2018, has 11 members including Japan, …`.
    pattern: new RegExp(String.raw`\b${ANCHOR}(?:,\s+[^.;,]{0,80},)?\s+(?:has|had)\s+${COUNT}${MEMBERS}\s*,?\s+(?:including|:)\s+(?:the\s+)?`, 'gu'),
    example: { sentence: 'The ABCD, which entered into force in 2018, has 11 members including Japan, Canada and Vietnam.', anchor: 'ABCD', members: ['JP', 'CA', 'VN'] },
    mustNot: ['The ABCD has drawn interest from Japan, Canada and Vietnam.'],
  },
  {
    // `the TPP, concluded last month by twelve countries including Japan`.
    trigger: /\bincluding\b/g,
    single: true,
    pattern: new RegExp(String.raw`\b${ANCHOR},\s+(?:concluded|signed|launched|formed)\s+[^.;,]{0,40}?\bby\s+${COUNT}(?:countries|economies)\s+including\s+(?:the\s+)?`, 'gu'),
    example: { sentence: 'Korea expressed its interest in the Alpha Partnership (AP), concluded last month by twelve countries including Japan.', anchor: 'Alpha Partnership', members: ['JP'] },
    mustNot: ['Korea expressed its interest in the Alpha Partnership, which Japan concluded last month.'],
  },
  {
    trigger: /\bof\s+which\b/g,
    // `the Trans-Pacific Partnership, of which New Zealand is a member`.
    pattern: new RegExp(String.raw`\b${ANCHOR},\s+of\s+which\s+(?:the\s+)?`, 'gu'),
    after: /^\s+(?:is\s+a\s+member|are\s+(?:all\s+)?members)\b/,
    example: { sentence: 'The deal prepares for Korean participation in the Alpha Partnership, of which New Zealand is a member.', anchor: 'Alpha Partnership', members: ['NZ'] },
    mustNot: ['The deal prepares for the Alpha Partnership, of which New Zealand is the chair.'],
  },
  {
    trigger: /\bfounding\s+members\b/g,
    // `accession to the X (DEPA), becoming the first economy to join beyond the founding members Chile, …`.
    pattern: new RegExp(String.raw`\b${ANCHOR},\s+[^.;]{0,80}?\bbeyond\s+(?:its|the)\s+founding\s+members\s+(?:,\s*)?(?:the\s+)?`, 'gu'),
    homeJoins: true,
    example: { sentence: 'Korea completed its accession to the Alpha Economy Agreement (AEA), becoming the first to join beyond the founding members Chile, New Zealand and Singapore.', anchor: 'Alpha Economy Agreement', members: ['CL', 'NZ', 'SG'] },
    mustNot: ['Korea completed its accession to the Alpha Economy Agreement (AEA), which its founding members signed in Chile.'],
  },
  {
    // A bloc's make-up: `The GCC comprises Saudi Arabia, …`, `The GCC, made up of Saudi Arabia, …`,
    // `The GCC is a regional body of six Gulf states: Saudi Arabia, …`, `The GCC, comprising Saudi
    // Arabia, …, is …`, `MERCOSUR, the South American trade bloc, brings together Brazil, …`.
    trigger: /\b(?:comprises|comprising|made\s+up\s+of|consists\s+of|groups|brings\s+together|body\s+of)\b/g,
    pattern: new RegExp(String.raw`\b${ANCHOR}(?:,\s+(?:(?:the|a|an)\s+[^,.;]{1,50},\s+)?|\s+(?:is\s+|was\s+)?)(?:comprises|comprising|made\s+up\s+of|consists\s+of|groups|brings\s+together|(?:a\s+)?(?:regional\s+)?body\s+of)\s+(?:${COUNT}(?:[\p{Lu}][\p{L}-]*\s+)?(?:countries|states|nations|members|member\s+states)\s*:?\s*)?(?:the\s+)?`, 'gu'),
    composition: true,
    example: { sentence: 'The ABC is made up of Saudi Arabia, the United Arab Emirates, Kuwait and Qatar.', anchor: 'ABC', members: ['SA', 'AE', 'KW', 'QA'] },
    mustNot: ['The ABC comprises several committees, with Saudi Arabia and Qatar as chairs.', 'The ABC groups met in Riyadh with Saudi Arabia and Qatar.'],
  },
  {
    // The make-up of an agreement named just before: `The agreement brings together the United
    // States, Japan, …`, `The pact groups Chile, New Zealand and Singapore`.
    trigger: /\b(?:brings\s+together|groups|comprises|is\s+made\s+up\s+of)\b/g,
    pattern: /\b[Tt]he\s+(?:agreement|partnership|pact|deal)\s+(?:brings\s+together|groups|comprises|is\s+made\s+up\s+of)\s+(?:the\s+)?/g,
    example: { sentence: 'The agreement brings together the United States, Japan, Canada and Brunei.', anchor: null, members: ['US', 'JP', 'CA', 'BN'] },
    mustNot: ['The agreement brings together rules on goods, services and investment.', 'The agreement brings Korea closer to the United States and Japan.'],
  },
  {
    // A bloc's members and the others: `the ten member states of ASEAN together with Korea, China, …`,
    // `the ten ASEAN members plus Korea, …`, `The ten ASEAN members, Korea, China, … concluded the
    // negotiations`. The bloc stays one side; the countries after it are the others.
    trigger: /\bmembers?\b/g,
    pattern: new RegExp(String.raw`\b${COUNT}(?:[A-Z]{2,}\s+)?(?:member\s+(?:states|countries|nations)|members)(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}-]*){0,5}(?:\s*\([A-Z]{2,}\))?)?\s*(?:,\s*|\s+(?:together\s+with|plus|and)\s+)(?:the\s+)?`, 'gu'),
    keepsHome: true,
    example: { sentence: 'Sixteen countries take part: the ten member states of the Association of Southeast Asian Nations (ASEAN) together with Korea, China, Japan and India.', anchor: null, members: ['KR', 'CN', 'JP', 'IN'] },
    mustNot: ['The ten ASEAN members met in Jakarta with China.', 'The six member states of the GCC have a combined GDP of USD 2 trillion.'],
  },
  {
    trigger: MEMBERS_WORD,
    // `The IPEF partners are …`, `IPEF's initial 13 partners, including …`, `The founding members are …`.
    pattern: new RegExp(String.raw`(?:\b[Tt]he\s+|\b[Ii]ts\s+)?(?:${ANCHOR_WORDS}(?:['’]s)?\s+)?(?:(?:initial|founding|current|original)\s+)?${COUNT}?${MEMBERS}\s*,?\s+(?:are|were|include|including)\s+(?:the\s+)?`, 'gu'),
    example: { sentence: 'The ABC partners are the United States, Korea, Japan and Fiji.', anchor: 'ABC', members: ['US', 'KR', 'JP', 'FJ'] },
    mustNot: ['Korea and 13 other partners of the ABC signed the agreement.', 'The ABC partners met in Tokyo with Japan.'],
  },
];

/** One list of member countries a release gives. */
export interface MemberList {
  /** The agreement's name or acronym before the list, or null for `The founding members are …`. */
  readonly anchor: string | null;
  readonly codes: readonly string[];
  readonly sentenceIndex: number;
  readonly homeJoins: boolean;
  readonly keepsHome: boolean;
  /** A bloc's make-up (`The GCC comprises …`), anchored at the bloc. */
  readonly composition: boolean;
}

/** What may stand between two countries of a list: `, `, ` and `, `, and the `. */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/** The countries listed from `from` on, one after another, each a name (not a demonym). */
function listAt(body: string, from: number, countries: readonly CountryMention[]): CountryMention[] {
  const named = countries.filter((c) => c.form !== 'demonym' && c.start >= from).sort((a, b) => a.start - b.start);
  const list: CountryMention[] = [];
  for (const c of named) {
    const gap = body.slice(list.length === 0 ? from : list[list.length - 1]!.end, c.start);
    if (list.length === 0 ? gap.trim() !== '' : !LIST_GAP.test(gap)) break;
    list.push(c);
  }
  return list;
}

const NO_ANCHOR = new Set(['The', 'Its']);
/** How far before its trigger word a phrasing may start (a name, a clause, then `beyond the founding members`). */
const BEFORE_TRIGGER = 240;
const AFTER_TRIGGER = 80;

/**
 * The row's matches, its pattern tried only in a window around each trigger word (most releases
 * hold none, and a pattern that may start at any capitalised word is dear over a whole release).
 * Match indexes are the release's.
 */
function* triggered(body: string, row: MemberPhrasing): Generator<{ readonly index: number; readonly 0: string; readonly 1: string | undefined }> {
  // Windows may overlap; a match read twice starts a list already taken.
  for (const t of body.matchAll(row.trigger)) {
    const start = Math.max(0, t.index - BEFORE_TRIGGER);
    const end = Math.min(body.length, t.index + t[0].length + AFTER_TRIGGER);
    for (const m of body.slice(start, end).matchAll(row.pattern)) yield { index: start + m.index, 0: m[0], 1: m[1] };
  }
}

/**
 * The member lists a release gives for agreements among several countries (`The IPEF partners are
 * the United States, Korea, …`, `the CPTPP … has 11 members including Japan, …`).
 */
export function memberLists(body: string, countries: readonly CountryMention[]): MemberList[] {
  const lists: MemberList[] = [];
  const taken = new Set<number>();
  for (const row of MEMBER_PHRASINGS) {
    for (const m of triggered(body, row)) {
      const from = m.index + m[0].length;
      if (taken.has(from)) continue;
      const list = listAt(body, from, countries);
      if (list.length === 0) continue;
      if (row.after ? !row.after.test(body.slice(list[list.length - 1]!.end)) : list.length < 2 && row.single !== true) continue;
      taken.add(from);
      const anchor = m[1] !== undefined && !NO_ANCHOR.has(m[1]) ? m[1].replace(/^(?:The|Its)\s+/, '') : null;
      lists.push({ anchor, codes: [...new Set(list.map((c) => c.code))], sentenceIndex: list[0]!.sentenceIndex, homeJoins: row.homeJoins === true, keepsHome: row.keepsHome === true, composition: row.composition === true });
    }
  }
  return lists;
}
