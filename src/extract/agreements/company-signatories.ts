import { ORG_HEADS } from '../lexicons/org-forms.js';

/** A body the text names in a sentence: offsets in the sentence, its kind and acronym. */
export interface BodySpan {
  readonly start: number;
  readonly end: number;
  readonly acronym: string | null;
  readonly government: boolean;
}

/** One side of a company MOU: the name as written and its short form (the bracketed acronym, or the name). */
export interface Signatory {
  readonly name: string;
  readonly short: string;
  /** A government body (a ministry, an agency): its MOU keeps the countries' name. */
  readonly government: boolean;
}

/**
 * A way releases tell of an MOU signed between bodies: the pattern, an example sentence with
 * the signatories it must give, and neighbours that must give none. The tests are built from these rows.
 */
export interface SignatoryPhrasing {
  readonly id: string;
  readonly pattern: RegExp;
  /** `bodies`: the names the organisation pass finds in the sentence. */
  readonly example: { readonly sentence: string; readonly bodies: readonly string[]; readonly signatories: readonly string[] };
  readonly mustNot: readonly string[];
}

const MOU_WORDS = String.raw`(?:MOU|MoU|memorandum\s+of\s+understanding)`;

/**
 * Group 1 is the clause before the verb (the signers), group 2 what follows the MOU (its topic,
 * the day, `with` the other side).
 */
export const SIGNATORY_PHRASINGS: readonly SignatoryPhrasing[] = [
  {
    id: 'signer-signed-mou-with',
    pattern: new RegExp(String.raw`^(.*?)\bsigned\s+(?:an?|the)\s+(?:[a-z]+-?[a-z]*\s+){0,2}${MOU_WORDS}\b([^.;]*?\bwith\s[^.;]*)`, 'u'),
    example: {
      sentence: 'Zentral Hydro Power Corp (ZHP) signed a memorandum of understanding on May 3 with Ruritania’s state grid operator Gridwell on building two substations.',
      bodies: ['Gridwell'],
      signatories: ['ZHP', 'Gridwell'],
    },
    mustNot: [
      'Minister Alan Doe signed an MOU with Ruritanian Minister Bea Roe on mining.',
      'Korea signed an MOU with Chile on lithium refining.',
      'The two ministers signed an MOU on cooperation with African countries.',
    ],
  },
  {
    id: 'signers-signed-mou',
    pattern: new RegExp(String.raw`^(.*?)\bsigned\s+(?:an?|the)\s+(?:[a-z]+-?[a-z]*\s+){0,2}${MOU_WORDS}\b(?![^.;]*\bwith\s)()`, 'u'),
    example: { sentence: 'ZHP and Gridwell Corporation signed an MOU on grid maintenance.', bodies: [], signatories: ['ZHP', 'Gridwell Corporation'] },
    mustNot: ['Chile and Korea signed an MOU on grid maintenance.', 'ZHP signed an MOU on grid maintenance.', 'Minister Alan Doe and ZHP signed an MOU.'],
  },
];

/** `H2Zeta`, `ZHP`: a one-word name with a second capital or a digit is a body's (people's names have neither). */
const ACRONYM_SHAPED = /^[A-Z](?=[A-Za-z0-9&-]*[A-Z0-9])[A-Za-z0-9&-]+$/;
/** A capitalised name, words joined by `of`, `&`, `for`; a bracketed acronym after it. */
const NAME = String.raw`[\p{Lu}\d][\p{L}\d&.’'-]*(?:\s+(?:(?:of|for|&)\s+)?[\p{Lu}\d&][\p{L}\d&.’'-]*)*`;
/**
 * `The Zeta Institute`, `Ruritania’s Ministry of Mines`: the article and a country's possessive are
 * no part of the name. Commas and `and` stay only where a found body holds them (see sidesIn).
 */
const NAMED = new RegExp(String.raw`^(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}]*['’]s\s+(?=[\p{Lu}]))?(${NAME}(?:(?:,\s+|,?\s+and\s+)${NAME})*)(?:\s+\(([\p{Lu}][\p{L}\d&-]+)\))?$`, 'u');
/** `H2Zeta, the public-private council that …,`: an aside after the subject. */
const ASIDE = /^([^,]+),\s+(?:the|an?)\s[^,]*,\s*$/;
/** `On the occasion of the forum, KOTRA and …`, `Among them, A and B signed …`: a sentence's opening phrase (time, place, a batch) is no signer. */
const LEAD_PHRASE = /^(?:On|At|During|After|Following|In|Among|Later|Meanwhile|Separately|Also)\b[^,]*,\s+/;
/** `with Ruritania’s state grid operator Gridwell`: a description before the name. */
const DESCRIBED = /^(?:the\s+)?[\p{Lu}][\p{L}]*['’]s\s+(?:[a-z-]+\s+){1,4}(?=[\p{Lu}])/u;
/** Where the other side's names end: a lower-case word other than a joiner, or a stop. */
const WITH_RUN = new RegExp(String.raw`\bwith\s+((?:the\s+)?${NAME}(?:\s+\([\p{Lu}][\p{L}\d&-]+\))?(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?${NAME}(?:\s+\([\p{Lu}][\p{L}\d&-]+\))?)*)`, 'u');

function endsInOrgHead(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w, i) => ORG_HEADS.has(w) && (i === words.length - 1 || ORG_HEADS.get(w)!.opens));
}

/** One named side, or null when the words are not a body's (a person, a country, a description). */
function sideOf(written: string, at: number, bodies: readonly BodySpan[], isCountry: (start: number, end: number) => boolean): Signatory | null {
  // `Ruritania’s state grid operator Gridwell`: a side described before its name, as after `with`.
  const described = DESCRIBED.exec(written.trimStart());
  const text = described ? written.trimStart().slice(described[0].length) : written;
  if (described) at += written.length - written.trimStart().length + described[0].length;
  const m = NAMED.exec(text.trim());
  if (!m) return null;
  const name = m[1]!;
  const start = at + text.indexOf(name);
  const end = start + name.length;
  if (isCountry(start, end)) return null;
  // `Zentral Hydro Power Corp (ZHP)`: the body may have been found by its bracketed acronym.
  const whole = start + text.trim().length - (text.trim().indexOf(name));
  const body = bodies.find((b) => b.start < whole && b.end > start);
  // `Name (ACR)`: a name that carries its own acronym is a body's.
  if (!body && !m[2] && !ACRONYM_SHAPED.test(name) && !endsInOrgHead(name)) return null;
  // A body's acronym is this side's only when the body lies within it (not one run across `and`).
  const own = body && body.start >= start && body.end <= whole ? body.acronym : null;
  return { name, short: m[2] ?? own ?? name, government: body?.government ?? false };
}

const SEPARATOR = /,\s+and\s+|,\s+|\s+and\s+/g;

/**
 * Splits `A, B and C` into its names, each with its offset in the sentence. A comma or `and`
 * inside a body the organisation pass found (`Ministry of Trade, Industry and Energy`) parts nothing.
 */
function sidesIn(list: string, at: number, bodies: readonly BodySpan[]): Array<readonly [string, number]> {
  const sides: Array<readonly [string, number]> = [];
  let from = 0;
  for (const m of list.matchAll(SEPARATOR)) {
    if (bodies.some((b) => b.start < at + m.index && b.end > at + m.index + m[0].length)) continue;
    sides.push([list.slice(from, m.index), at + from]);
    from = m.index + m[0].length;
  }
  sides.push([list.slice(from), at + from]);
  return sides.filter(([text]) => text.trim() !== '');
}

/**
 * `Zentral Hydro Power Corp (ZHP) signed a memorandum of understanding with Ruritania’s state grid
 * operator Gridwell`, `ZHP and Gridwell signed an MOU`: the bodies that signed an MOU, when every
 * side the sentence gives is a body (a name the organisation pass found, an acronym-shaped name, or
 * a name ending in an organisation's head word) and there are two or more. Null otherwise: an MOU
 * between people or countries is named by its countries.
 */
export function mouSignatories(sentence: string, bodies: readonly BodySpan[], isCountry: (start: number, end: number) => boolean): Signatory[] | null {
  for (const phrasing of SIGNATORY_PHRASINGS) {
    const m = phrasing.pattern.exec(sentence);
    if (!m) continue;
    const before = m[1]!;
    const whole = ASIDE.exec(before)?.[1] ?? before;
    const lead = LEAD_PHRASE.exec(whole)?.[0].length ?? 0;
    const subject = whole.slice(lead);
    if (subject.trim() === '') continue;
    const signers = sidesIn(subject, lead, bodies).map(([text, at]) => sideOf(text, at, bodies, isCountry));
    const after = m[2]!;
    const afterAt = m.index + m[0].length - after.length;
    const withRun = WITH_RUN.exec(after);
    let others: Array<Signatory | null> = [];
    if (withRun) {
      let runAt = afterAt + withRun.index + withRun[0].length - withRun[1]!.length;
      let run = withRun[1]!;
      const described = DESCRIBED.exec(after.slice(runAt - afterAt));
      if (described) {
        runAt += described[0].length;
        run = WITH_RUN.exec(`with ${after.slice(runAt - afterAt)}`)?.[1] ?? '';
      }
      others = sidesIn(run, runAt, bodies).map(([text, at]) => sideOf(text, at, bodies, isCountry));
    } else if (after !== '') return null; // `with` someone whose names cannot be read
    const sides = [...signers, ...others];
    if (sides.length < 2 || sides.some((s) => s === null)) return null;
    return sides as Signatory[];
  }
  return null;
}

/** `ZHP–Gridwell MOU`, `ZHP–Gridwell memorandum of understanding`, in short and written forms. */
export function signatoryNames(sides: readonly Signatory[]): string[] {
  const forms = [...new Set([sides.map((s) => s.short).join('–'), sides.map((s) => s.name).join('–')])];
  return forms.flatMap((f) => [`${f} MOU`, `${f} memorandum of understanding`]);
}
