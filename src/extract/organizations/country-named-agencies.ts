import type { CountryMention } from '../passes/countries.js';
import type { CoveredOffsets, Word } from '../words.js';
import type { OrgTable } from './org-table.js';

/**
 * Public bodies some countries name by their portfolio and the country, with no head word
 * (`Natural Resources Canada`, `Innovation Norway`, `Business Finland`). Each phrasing is data:
 * the words before the country name, an example sentence with the body it names, and
 * neighbours of the same shape that name no body; the unit test derives its rows from it.
 */
export interface CountryNamedAgency {
  /** Matches the whole run of words before the country name (anchored at both ends). */
  readonly before: RegExp;
  readonly example: { readonly sentence: string; readonly body: string };
  readonly mustNotMatch: readonly string[];
}

/** A portfolio a department is named for; one of several in a run (`Innovation, Science and …`). */
const PORTFOLIO =
  '(?:Innovation|Science|Economic Development|Natural Resources|Foreign Affairs|Global Affairs|International Trade|Trade|Development|Environment|Climate Change|Fisheries and Oceans|Agriculture and Agri-Food|Employment and Social Development|Industry|Energy|Finance|Transport|Health|Export Development)';

export const COUNTRY_NAMED_AGENCIES: readonly CountryNamedAgency[] = [
  {
    // Two portfolios or more: a department's name (a release's category word, `Energy Korea and …`, is one alone).
    before: new RegExp(`^${PORTFOLIO}(?:(?:,\\s+|\\s+and\\s+)${PORTFOLIO})+$`),
    example: {
      sentence: 'Minister Han met Dana Ferris, Assistant Deputy Minister at Innovation, Science and Economic Development Canada (ISED), in Seoul.',
      body: 'Innovation, Science and Economic Development Canada',
    },
    mustNotMatch: [
      'Cooperation in trade and energy Canada sought was discussed.',
      'He met the Minister of Trade and Industry Velmar named in March.',
      'The Clean Trade and Energy Canada Forum opened.',
    ],
  },
  {
    // A two-word portfolio alone is a department's name too.
    before: /^(?:Natural Resources|Global Affairs|Export Development)$/,
    example: { sentence: 'The ministry signed an MOU with Natural Resources Canada on green technology.', body: 'Natural Resources Canada' },
    mustNotMatch: ['Energy Canada and Korea agreed to cooperate.'],
  },
  {
    // A national promotion agency: `Business Sweden`, `Invest Ostland`, `Innovation Norway`.
    before: /^(?:Business|Invest|Innovation|Enterprise)$/,
    example: { sentence: 'KOTRA signed an MOU with Business Finland and the Velmar Chamber of Commerce.', body: 'Business Finland' },
    mustNotMatch: ['Trade Korea and Sweden held talks.', 'Industry Korea and Finland agreed to cooperate.'],
  },
];

/** Up to four portfolio words, with the commas and `and` between them, right before a country name. */
const RUN_BEFORE = /(?:\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+)?|\s+))+$/u;
const WORD_BEFORE = /(\S+)\s+$/u;
/** The last words the phrasings above can end with. */
const LAST_WORD = /(?:Innovation|Science|Development|Resources|Affairs|Trade|Environment|Change|Oceans|Agri-Food|Industry|Energy|Finance|Transport|Health|Business|Invest|Enterprise)\s+$/;
/** `Natural Resources Canada (NRCan)`: the acronym the text defines right after the name. */
const BRACKETED_ACRONYM = /^\s*\((\p{Lu}[\p{L}&]{1,9})\)/u;
/** `Minister of Trade and Industry Velmar`: a title's portfolio, not a body, when a title or head word precedes it. */
const TITLE_BEFORE = /(?:Minister|Ministry|Department|Secretary|Office|Commissioner)\s+(?:of|for)\s+$/;

/** The agency a country name closes, if the words before it are one of the phrasings. */
function agencyBefore(body: string, country: CountryMention, sentenceStart: number): { start: number; name: string } | null {
  // Most country names follow no portfolio word: one short look at the word before rules them out.
  if (!LAST_WORD.test(body.slice(Math.max(sentenceStart, country.start - 24), country.start))) return null;
  const head = body.slice(Math.max(sentenceStart, country.start - 80), country.start);
  const run = RUN_BEFORE.exec(head);
  if (!run) return null;
  const words = run[0].trimEnd();
  // The longest phrasing that ends at the country: drop words from the left until one fits.
  const parts = words.split(/(?<=\s)(?=\p{Lu})/u);
  for (let i = 0; i < parts.length; i += 1) {
    const candidate = parts.slice(i).join('').trimEnd();
    if (!COUNTRY_NAMED_AGENCIES.some((p) => p.before.test(candidate))) continue;
    const start = country.start - (run[0].length - parts.slice(0, i).join('').length);
    // A capitalised word right before the run makes it part of a longer name or title (`… Clean Energy Korea`).
    const before = body.slice(Math.max(sentenceStart, start - 40), start);
    const previous = WORD_BEFORE.exec(before)?.[1] ?? '';
    if ((/^\p{Lu}/u.test(previous) && previous !== 'The' && start > sentenceStart) || TITLE_BEFORE.test(before)) return null;
    return { start, name: `${candidate} ${country.text}` };
  }
  return null;
}

/**
 * Every body named by portfolio and country (`Natural Resources Canada`) not already inside a
 * named body: a government body of that country.
 */
export function addCountryNamedAgencies(
  table: OrgTable,
  body: string,
  words: readonly (readonly Word[])[],
  countries: readonly CountryMention[],
  covered: CoveredOffsets,
): void {
  for (const country of countries) {
    if (country.form !== 'name' || covered.has(country.start)) continue;
    const sentenceStart = words[country.sentenceIndex]?.[0]?.start ?? 0;
    const found = agencyBefore(body, country, sentenceStart);
    if (!found || covered.has(found.start)) continue;
    const acronym = BRACKETED_ACRONYM.exec(body.slice(country.end, country.end + 16))?.[1] ?? null;
    table.add({ name: found.name, start: found.start, end: country.end, sentenceIndex: country.sentenceIndex, kind: 'government', acronym }, found.name);
  }
}
