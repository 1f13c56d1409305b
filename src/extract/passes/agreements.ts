import type { AgreementKind, AgreementStatus, Mention } from '../../domain/index.js';
import type { AnalysedText, Sentence } from '../analysed-text.js';
import { fold } from '../fold.js';
import { AGREEMENT_ACRONYMS, AGREEMENT_HEADS, SPELLED_KINDS, STATUS_CUES, TRADE_BLOCS } from '../lexicons/agreements.js';
import { INTERNATIONAL_ORGS } from '../lexicons/international-orgs.js';
import { countryShortName } from '../lexicons/countries.js';
import { CALENDAR_WORDS } from '../lexicons/events.js';
import { countriesBySentence, type CountryMention } from './countries.js';
import { localStatus } from '../agreements/local-status.js';
import { agreementDateIn } from '../agreements/own-date.js';
import { lowerCaseAgreements } from '../agreements/lower-case-names.js';
import { listedMous, topicsOfList } from '../agreements/mou-lists.js';
import { jointStatementsIn } from '../agreements/joint-statements.js';
import type { AgreementHit } from '../agreements/agreement-hit.js';
import { mouSignatories, signatoryNames, type BodySpan } from '../agreements/company-signatories.js';
import type { OrganizationFinding } from '../findings.js';

/** An agreement one document names: an MOU, an FTA, a CEPA, a framework, a joint statement. */
export interface AgreementFinding {
  /** The fullest form the text gives, e.g. `Korea–Ruritania Comprehensive Economic Partnership Agreement`. */
  readonly name: string;
  /** Other forms in the document: `Korea–UAE CEPA`, `CEPA`, `Memorandum of Understanding`. */
  readonly aliases: string[];
  readonly kind: AgreementKind;
  readonly status: AgreementStatus;
  /** ISO codes of the party countries the text states or implies, sorted. */
  readonly parties: string[];
  /** The day the text says it was signed or entered into force, or null. */
  readonly date: string | null;
  readonly mentions: Mention[];
  /** A sentence naming it speaks of `the two countries` (or governments, sides): it has two sides. */
  readonly twoSides?: boolean;
}

interface Hit extends AgreementHit {
  /** A bare acronym (`the FTA`): only ever another form of an agreement already found. */
  readonly bare?: boolean;
  /** A head alone (`the Joint Fact Sheet`): another form of the agreement ending so, if there is one. */
  readonly headOnly?: boolean;
  /** `two memoranda of understanding (MOUs)`: a count of MOUs the release may go on to name. */
  readonly counted?: boolean;
  /** `The CPTPP, which entered into force …`: an acronym an earlier sentence defined, recurring alone. */
  readonly repeat?: boolean;
  /** `signed an MOU`, `issued a joint statement` with no name: known only by its parties (`Korea–Ruritania MOU`) or kind. */
  readonly unnamed?: boolean;
}

const STATUS_RANK: readonly AgreementStatus[] = ['mentioned', 'planned', 'negotiating', 'signed', 'in_force'];
const DASH = '[-‐‑–—]';
const WORD = "[\\p{Lu}\\d][\\p{L}\\d.’'&‐‑–—-]*";
const RUN = `(?:(?:${WORD}|\\([\\p{Lu}][\\p{L}-]*\\)|of|on|for|and|the|to|in)\\s+)*?`;
const COMPOUND = `[\\p{Lu}][\\p{L}.]*(?:${DASH}[\\p{Lu}][\\p{L}.]*)+`;
/** A bare `Partnership` heads a name only before its bracketed acronym (`Digital Partnership Agreement` reads on to `Agreement`). */
const PARTNERSHIP_WITH_ACRONYM = String.raw`Partnership(?=\s*\([\p{Lu}])`;
const HEAD_PATTERN = new RegExp(
  `(?<![\\p{L}])(${RUN})(${AGREEMENT_HEADS.map(([h]) => (h === 'Partnership' ? PARTNERSHIP_WITH_ACRONYM : h)).join('|')})(?![\\p{L}])(\\s*\\((?:[\\p{Lu}][\\p{L}-]*(?:\\s+(?:FTA|CEPA|EPA))?)\\))?`,
  'gu',
);
// `Korea–Ruritania Lithium Cooperation MOU`: a few capitalised words may stand between parties and kind.
const COMPOUND_ACRONYM = new RegExp(`(?<![\\p{L}])(${COMPOUND}(?:\\s+[\\p{Lu}][\\p{L}]*){0,3})\\s+(CEPA|FTA|EPA|MOU|MoU)(?![\\p{L}])`, 'gu');
/** `Gulf Alpha Council (GAC)` in a compound of sides: the side by its acronym. */
const SIDE_WITH_ACRONYM = /[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*\s+\(([A-Z]{2,})\)/gu;
/** `Korea–New Zealand`, `Korea–El Salvador`: a side of two capitalised words. */
const COMPOUND_WIDE = `[\\p{Lu}][\\p{L}.]*(?:${DASH}[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{Ll}]+)?)+`;
/** `the ALBEX FTA`: an acronym of its own before the kind (inside `Alphania–EFTA FTA` it is read as the compound's). */
const ACRONYM_KIND = /(?<![\p{L}\d])([A-Z]{3,7})\s+(FTA|CEPA|EPA)(?![\p{L}\d])/gu;
const SPELLED_COMPOUND = new RegExp(
  `(?<![\\p{L}])(${COMPOUND_WIDE})\\s+(${SPELLED_KINDS.map(([k]) => k).join('|')})(?:\\s*\\((CEPA|FTA|EPA)\\))?(?![\\p{L}])`,
  'gu',
);
/** `Agreement on Maritime Salvage`, not `Agreement on Tuesday`, `Agreement on the matter`. */
const HEAD_FIRST_TAIL = /^\s+(?:on|for)\s+[\p{Lu}][\p{Ll}]+\s+[\p{Lu}]/u;
const DOUBLED_ACRONYM = /\b(CEPA|FTA|EPA|MOU|MoU)\s+\1$/;
const SPELLED_ACRONYM: ReadonlyMap<string, string> = new Map(SPELLED_KINDS);
/** What a bare `FTA` needs in a name to stand for it: the acronym, or its head written out. */
const BARE_SPELLINGS: ReadonlyMap<string, RegExp> = new Map(
  SPELLED_KINDS.map(([spelled, acronym]) => [acronym, new RegExp(`\\b(?:${acronym}|${spelled})\\b`, 'i')]),
);
/** After a head, a name goes on through `for`/`on`: `Agreement for Trans-Pacific Partnership (CPTPP)`. */
const NAME_TAIL = /^\s+(?:for|on)\s+([\p{Lu}][\p{L}’'-]*(?:\s+(?:(?:and|of|the|in)\s+)?[\p{Lu}][\p{L}’'-]*)*)(\s*\(([\p{Lu}][\p{L}-]*)\))?/u;
/**
 * `signed an MOU with the Fund and Aramco on green hydrogen and ammonia`: an MOU known by its
 * lower-case topic. Group 1 is the `with` clause, 2 the topic before it is cut at a stop word.
 */
const MOU_LOWER_TOPIC =
  /\b(?:MOUs?|MoUs?|memorand(?:um|a) of understanding)(?:\s+\(MOUs?\))?(\s+with\s+[^.;]{1,140}?)?\s+on\s+((?:the\s+)?[a-z][a-z-]*(?:,?\s+[a-z][a-z-]*){0,11})/g;
const TOPIC_STOP = /^(?:at|by|with|which|that|worth|under|during|from|between|among|to|as|was|were|is|are|will|would|while|who|and|of|in|into|for|the|on)$/;
const TOPIC_CONNECTOR = /^(?:and|of|in|into|for|the|on)$/;
/** A `with` clause that runs past its parties into another clause. */
const WITH_OVERRUN = /,\s+(?:and|while|which|who)\s|\b(?:agreed|signed|said|will|would|to|on)\b/;
const TOPIC = `(?:on|to|for|regarding)\\s+(?:the\\s+)?(?:${WORD}(?:,?\\s+(?:and\\s+|of\\s+|the\\s+|for\\s+|on\\s+|in\\s+|an?\\s+)*${WORD})*)`;
/**
 * Literal words each pattern needs: a sentence without them is skipped before the costly search
 * (HEAD_PATTERN's lazy run of capitalised words is tried at every word otherwise). Every head in
 * AGREEMENT_HEADS holds one of these words.
 */
const HEAD_WORDS = ['Agreement', 'Partnership', 'Memorandum', 'Joint', 'Framework', 'Treaty'];
const mayHaveHead = (text: string): boolean => HEAD_WORDS.some((w) => text.includes(w));
// `EPA` is inside `CEPA`.
const mayHaveAcronym = (text: string): boolean => text.includes('FTA') || text.includes('EPA') || text.includes('MO') || text.includes('Mo');
const MAY_HAVE_MOU = /mou|memorand/i;
const MOU_WORD = /\b(?:MOU|MoU)\b/g;
/**
 * An acronym the sentence treats as an agreement, though the release never spells it out: the
 * object of joining or ratifying (`joining the PACER`), the head of its talks (`the PACER talks`),
 * coordinated with an agreement (`the Korea–EFTA FTA and the PACER`), or ending a list of
 * frameworks (`regional frameworks including APEC and PACER`). Group 1 is the acronym.
 */
const AGREEMENT_ACRONYM_CONTEXT = [
  /\b(?:join(?:s|ed|ing)?|accession\s+to|accede\s+to|ratif(?:y|ied|ying|ication\s+of)|members?\s+of|partners?\s+of)\s+(?:the\s+)?([A-Z]{3,6})\b(?!\s+(?:Secretariat|Summit|Ministerial|Meeting|Conference|Forum|Council|Committee))/g,
  /\b([A-Z]{3,6})\s+(?:talks|negotiations|accession|members|partners|participating\s+countries|rules|commitments)\b/g,
  /\b(?:FTA|CEPA|EPA|Agreement|Partnership)\s+(?:and|or)\s+(?:the\s+)?([A-Z]{3,6})\b/g,
  // `regional frameworks including APEC and PACER`: the last of a list of frameworks.
  /\bframeworks\s+(?:such\s+as|including|like)\s+(?:(?:the\s+)?[A-Z]{3,6}(?:,\s+|\s+and\s+))+(?:the\s+)?([A-Z]{3,6})\b/g,
];
/** Acronyms that are bodies, groups or kinds, never an agreement of their own. */
const NOT_AGREEMENT_ACRONYMS: ReadonlySet<string> = new Set([...INTERNATIONAL_ORGS.keys(), ...AGREEMENT_ACRONYMS.keys(), 'CEO']);
const BARE_ACRONYM = /\b(?:the\s+)?(CEPA|FTA|EPA)\b(?!s)/g;
/** A partner in a list after `with`: `Chile`, `the EU`, `New Zealand`. */
const PARTNER = String.raw`(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{Ll}]+)?`;
const WITH_PARTNERS = new RegExp(String.raw`\b(FTA|CEPA|EPA)(s?)\s+(?:[a-z-]+\s+){0,3}with\s+(${PARTNER}(?:(?:,\s+|,?\s+and\s+)${PARTNER})*)`, 'gu');
/**
 * `Korea now has FTAs in force with Chile, Singapore, EFTA, ASEAN and India`, `Alphania, which has
 * FTAs with A, B and C`: a plural tally of three partners or more is a network, not agreements the
 * release tells of.
 */
const TALLY_PARTNERS = 3;
const GENERIC_MOU =
  /\b(?:an?|one|two|three|four|five|several|signed)\s+(MOUs?|MoUs?|memorand(?:um|a) of understanding(?:\s+\(MOUs?\))?)|\b(MOUs?)\s+(?:was|were)\s+signed\b|\b(?:MOUs?|memorand(?:um|a) of understanding)\s+\(MOUs?\)\s+(?:was|were)\s+signed\b/i;
const MOU_CLAUSE = /\b(?:MOUs?|understanding(?:\s+\(MOUs?\))?)\s+(?:was\s+|were\s+)?(?:signed\s+)?((?:among|between)\s+[^.;]+?)(?=\s+to\s+|\s+in\s+the\s+|[.;]|$)/i;
const BETWEEN = /^\s*(?:\([^)]*\)\s*)?between\s+(\S+)\s+and\s+(\S+)/;
const TITLED = /\bsigned\s+(?:a|the)\s+(?:document|text|agreement)\s+(?:titled|entitled|called)\s+[“"]([^”"]+)[”"]/;
const HEAD_KINDS: ReadonlyMap<string, AgreementKind> = new Map(AGREEMENT_HEADS);

const MOU_TOPIC = new RegExp(`^\\s*(?:\\((?:MOU|MoU)\\)\\s*)?(${TOPIC}(?:\\s+\\([\\p{Lu}]+\\)(?:\\s+${WORD})*)?)`, 'u');

/** `on September 30` after an MOU dates it; it is no topic. */
const startsWithDate = (topic: string): boolean => CALENDAR_WORDS.test(topic.split(/\s+/)[1] ?? '');

/** Text of the party countries, `Korea–Uzbekistan`, in the order the codes are given. */
const compoundOf = (codes: readonly string[]): string => codes.map(countryShortName).join('–');

function partiesIn(span: string, countries: readonly CountryMention[], offset: number): string[] {
  return [...new Set(countries.filter((c) => c.start >= offset && c.end <= offset + span.length).map((c) => c.code))];
}

function writtenOut(sentence: Sentence, countries: readonly CountryMention[], home: string | null): Hit[] {
  const hits: Hit[] = [];
  if (!mayHaveHead(sentence.text)) return hits;
  for (const m of sentence.text.matchAll(HEAD_PATTERN)) {
    const [, prefix = '', head = '', acronym = ''] = m;
    const kind = HEAD_KINDS.get(head)!;
    // `the MOU on the Administration of the Korea–Ruritania Comprehensive…`: the name starts after `of the`.
    const lead = prefix.replace(/^.*\b(?:of|on|for|to|and) the\s+/, '').replace(/^(?:(?:the|of|on|for|and|to|in|The)\s+)+/, '');
    const start = m.index + prefix.length - lead.length;
    let end = m.index + m[0].length;
    const after = sentence.text.slice(end);
    // `Modular Trade Agreement Initiative`: the head sits inside another thing's name.
    if (!acronym && /^\s+[\p{Lu}]/u.test(after) && !/^\s+(?:Korea|[\p{Lu}]+\b)/u.test(after)) continue;
    // `the Agreement on Maritime Salvage`: a head that leads its own name, a capitalised topic after `on`/`for`.
    const headFirst = lead.trim() === '' && !head.includes(' ') && /\bthe\s+$/.test(prefix) && HEAD_FIRST_TAIL.test(after);
    if (lead.trim() === '' && !head.includes(' ') && !headFirst) continue;
    let name = sentence.text.slice(start, m.index + prefix.length + head.length);
    // `(ALBEX FTA)`: an acronym that is a name of its own, kind and all.
    let short = acronym.replace(/[()]/g, '').trim();
    const tail = !acronym && kind !== 'MOU' ? NAME_TAIL.exec(after) : null;
    if (tail && !CALENDAR_WORDS.test(tail[1]!.split(/\s+/)[0]!) && partiesIn(tail[1]!, countries, sentence.start + end + tail[0].indexOf(tail[1]!)).length === 0) {
      name = sentence.text.slice(start, end + tail[0].length - (tail[2]?.length ?? 0));
      short = tail[3] ?? '';
      end += tail[0].length;
    }
    if (kind === 'MOU') {
      const topic = MOU_TOPIC.exec(after);
      if (topic && !startsWithDate(topic[1]!)) {
        name = `${name} ${topic[1]!}`.replace(/\s+/g, ' ');
        end += topic[0].length;
      } else if (lead.trim() === '') continue; // `signed a Memorandum of Understanding with…`: a generic MOU
    }
    const aliases: string[] = [];
    if (short) aliases.push(short);
    // `Investment Facilitation for Development (IFD) Agreement` is also the `IFD Agreement`.
    const inner = /\(([\p{Lu}][\p{L}-]*)\)\s+$/u.exec(prefix);
    if (inner) aliases.push(`${inner[1]!} ${head}`);
    // `Korea–Alphania Free Trade Agreement` is also the `Korea–Alphania FTA`; a side given with its
    // acronym (`Korea–Gulf Alpha Council (GAC) Free Trade Agreement`) is written short (`Korea–GAC FTA`).
    const kindAcronym = SPELLED_ACRONYM.get(head.toLowerCase());
    const sides = sentence.text.slice(start, m.index + prefix.length).trim();
    if (kindAcronym && new RegExp(`^${COMPOUND_WIDE}$`, 'u').test(sides.replace(SIDE_WITH_ACRONYM, '$1'))) {
      aliases.push(`${sides.replace(SIDE_WITH_ACRONYM, '$1')} ${kindAcronym}`);
    }
    let parties = partiesIn(name, countries, sentence.start + start);
    const between = BETWEEN.exec(after);
    if (parties.length === 0 && between) {
      const span = sentence.text.indexOf(between[0], end - sentence.text.length + sentence.text.length) ;
      parties = partiesIn(between[0], countries, sentence.start + (span >= 0 ? span : end));
      if (parties.length >= 2) name = `${compoundOf(parties)} ${name}`;
    }
    if (short && !short.includes(' ') && parties.length >= 2) aliases.push(`${compoundOf(parties)} ${short}`);
    if (parties.length === 1 && home && parties[0] !== home && ['FTA', 'CEPA', 'EPA'].includes(kind)) parties = [home, parties[0]!];
    hits.push({ name: name.trim(), aliases, kind, parties, start, end, ...(lead.trim() === '' && name === head ? { headOnly: true } : {}) });
  }
  return hits;
}

/** `MOU to Expand Robotics-Sector Exchanges`, `MOU on Space Launch, Robotics, and Global Market Cooperation`. */
function mouTopics(sentence: Sentence): Hit[] {
  const hits: Hit[] = [];
  if (!sentence.text.includes('MOU') && !sentence.text.includes('MoU')) return hits;
  for (const m of sentence.text.matchAll(MOU_WORD)) {
    const topic = MOU_TOPIC.exec(sentence.text.slice(m.index + m[0].length));
    const firstWord = topic?.[1]!.split(/\s+/).slice(1).find((w) => w !== 'the') ?? '';
    if (!topic || !/\p{Lu}/u.test(firstWord) || startsWithDate(topic[1]!)) continue;
    // A heading run into the next sentence (`… Exchanges MSIT and the UAE`) ends at the stray acronym.
    const topicWords = topic[1]!.split(/\s+/);
    const cut = topicWords.findIndex((w, i) => i > 1 && /^[A-Z]{2,}$/.test(w) && !/,$/.test(topicWords[i - 1]!) && !/^(?:and|of|on|for|the|in)$/.test(topicWords[i - 1]!));
    const kept = cut > 0 ? topicWords.slice(0, cut).join(' ') : topic[1]!;
    const name = `${m[0]} ${kept}`.replace(/\s+/g, ' ');
    hits.push({ name, aliases: [], kind: 'MOU', parties: [], start: m.index, end: m.index + name.length });
  }
  return hits;
}

/** `signed an MOU with the Ruritanian Ministry of Mining on lithium refining` → `MOU on lithium refining`. */
function mouLowerTopics(sentence: Sentence): Hit[] {
  const hits: Hit[] = [];
  if (!MAY_HAVE_MOU.test(sentence.text)) return hits;
  for (const m of sentence.text.matchAll(MOU_LOWER_TOPIC)) {
    if (m[1] && WITH_OVERRUN.test(m[1])) continue;
    // The topic ends at its clause's comma or at a word that starts something else (`at`, `worth`).
    // `memoranda of understanding on cooperation in forestry, tourism and the arts`: several
    // MOUs' topics are one list, commas and all.
    const plural = /^(?:memoranda|MOUs)/i.test(m[0]);
    const kept: string[] = [];
    for (const word of m[2]!.split(/\s+/)) {
      if (kept.length > 0 && TOPIC_STOP.test(word) && !TOPIC_CONNECTOR.test(word)) break;
      kept.push(plural ? word : word.replace(/,$/, ''));
      if (word.endsWith(',') && !plural) break;
    }
    while (kept.length > 0 && kept.at(-1)!.endsWith(',')) kept[kept.length - 1] = kept.at(-1)!.slice(0, -1);
    while (kept.length > 0 && TOPIC_CONNECTOR.test(kept.at(-1)!)) kept.pop();
    const topic = kept.join(' ');
    if (!/[a-z]{3,}/.test(topic.replace(/^the\s+/, ''))) continue;
    // `signed MOUs on A, B and C`: one MOU a topic, read by the MOU-list phrasings.
    if (plural && topicsOfList(topic) !== null) continue;
    const end = m.index + m[0].indexOf(m[2]!) + topic.length;
    // `a memorandum of understanding on forestry cooperation` keeps its written name; `MOU on …` too.
    const written = /^memorand/i.test(m[0]) && !m[1] ? `${m[0].slice(0, m[0].search(/\s+(?:\(MOUs?\)\s+)?on\s/))} on ${topic}` : null;
    hits.push({ name: written ?? `MOU on ${topic}`, aliases: written ? [`MOU on ${topic}`] : [], kind: 'MOU', parties: [], start: m.index, end });
  }
  return hits;
}

/** `a Korea–China–Japan free trade agreement (FTA)` → `Korea–China–Japan FTA`. */
/** How many sides of a compound (`Alphania–SACU`, `ASEAN–Alphania`) are trade blocs. */
const blocSides = (compound: string): number => compound.split(new RegExp(DASH)).filter((side) => TRADE_BLOCS.has(side.trim())).length;

function spelledCompounds(sentence: Sentence, countries: readonly CountryMention[]): Hit[] {
  const hits: Hit[] = [];
  if (!sentence.text.includes(' agreement')) return hits;
  for (const m of sentence.text.matchAll(SPELLED_COMPOUND)) {
    const acronym = m[3] ?? SPELLED_ACRONYM.get(m[2]!)!;
    const parties = partiesIn(m[1]!, countries, sentence.start + m.index);
    // `Alphania–SACU free trade agreement`: a trade bloc is a side though it is no country.
    if (parties.length + blocSides(m[1]!) < 2) continue;
    hits.push({ name: `${m[1]!} ${acronym}`, aliases: [`${m[1]!} ${m[2]!}`], kind: AGREEMENT_ACRONYMS.get(acronym)!, parties, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

function compounds(sentence: Sentence, countries: readonly CountryMention[]): Hit[] {
  const hits: Hit[] = [];
  if (!mayHaveAcronym(sentence.text)) return hits;
  for (const m of sentence.text.matchAll(ACRONYM_KIND)) {
    if (NOT_AGREEMENT_ACRONYMS.has(m[1]!) && !TRADE_BLOCS.has(m[1]!)) continue;
    // `the UAE CEPA`: a country's acronym is a side of the home country's agreement, read by the compounds.
    if (countries.some((c) => c.start === sentence.start + m.index)) continue;
    hits.push({ name: m[0], aliases: [], kind: AGREEMENT_ACRONYMS.get(m[2]!)!, parties: [], start: m.index, end: m.index + m[0].length });
  }
  for (const m of sentence.text.matchAll(COMPOUND_ACRONYM)) {
    const kind = AGREEMENT_ACRONYMS.get(m[2]!)!;
    const parties = partiesIn(m[1]!, countries, sentence.start + m.index);
    // `the Korea–UK FTA FTA amendment negotiations`: a release's doubled acronym is one.
    hits.push({ name: m[0].replace(DOUBLED_ACRONYM, '$1'), aliases: [], kind, parties, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** `its first FTA with Chile`, `FTA upgrade negotiations with Singapore and ASEAN`. */
function withPartners(sentence: Sentence, countries: readonly CountryMention[], home: string | null): Hit[] {
  const hits: Hit[] = [];
  if (!mayHaveAcronym(sentence.text)) return hits;
  for (const m of sentence.text.matchAll(WITH_PARTNERS)) {
    const partnersAt = m.index + m[0].length - m[3]!.length;
    const partners = m[3]!.split(/,\s+|,?\s+and\s+/);
    if (m[2] === 's' && partners.length >= TALLY_PARTNERS) continue;
    for (const partner of partners) {
      const word = partner.replace(/^the\s+/, '');
      const at = sentence.text.indexOf(word, partnersAt);
      const code = countries.find((c) => c.start === sentence.start + at)?.code ?? null;
      if (code !== null && code === home) continue;
      if (code === null && !/^[A-Z]{3,}$/.test(word)) continue; // a bloc (ASEAN) or a country, nothing else
      const homeName = home ? `${countryShortName(home)}–` : '';
      const parties = [home, code].filter((c): c is string => c !== null);
      hits.push({ name: `${homeName}${code ? countryShortName(code) : word} ${m[1]!}`, aliases: [], kind: AGREEMENT_ACRONYMS.get(m[1]!)!, parties, start: at, end: at + word.length });
    }
  }
  return hits;
}

/**
 * The topic after a joint statement (`on the early achievement package of the Alpha negotiations`),
 * up to a comma or a word that starts another clause (`to`, `at`, `with`); null when none follows.
 */
function statementTopic(after: string): string | null {
  const m = /^\s+((?:on|for)\s+[^.;,()]{3,160})/.exec(after);
  // `on Wednesday, October 16, declaring …`, `on the sidelines of the summit`: a day or an occasion, no topic.
  if (!m || DATE_AFTER_ON.test(m[1]!.replace(/^(?:on|for)\s+/, '')) || OCCASION_AFTER_ON.test(m[1]!)) return purposeAfterAside(after);
  const words = m[1]!.split(/\s+/);
  const kept: string[] = [words[0]!];
  for (const word of words.slice(1)) {
    if (TOPIC_STOP.test(word) && !TOPIC_CONNECTOR.test(word)) break;
    kept.push(word);
  }
  while (kept.length > 1 && TOPIC_CONNECTOR.test(kept.at(-1)!)) kept.pop();
  return kept.length > 1 ? kept.join(' ') : null;
}

/** `on the sidelines of`, `on the occasion of`: where and when, not what a statement is about. */
const OCCASION_AFTER_ON = /^on\s+the\s+(?:sidelines|margins|margin|occasion)\s+of\b/;
/** Calendar words that make `on …` a date, not a topic. */
const DATE_AFTER_ON = /^(?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)/;
/** What a statement does, after its signatories, place and day: `declaring the conclusion of …`, `launching negotiations on …`. */
const STATEMENT_PURPOSE = /(?:^|[\s,])(declaring|welcoming|launching|announcing|concluding|establishing|on)\s+(?=\S)/g;
/** Where a purpose ends: another clause (`, and agreed`, `that`) or a comma. */
const PURPOSE_END = /,|\s(?:and\s+(?:agreed|pledged|said|called|noted|discussed)|that|which|where|while)\b/;
const PURPOSE_MAX_WORDS = 14;

/**
 * `signed a joint statement in Seoul on Thursday, December 28, declaring the conclusion of
 * negotiations on the Alpha–Beta FTA`, `… with X, Minister of Trade of Y, on November 25 declaring …`:
 * the purpose after the aside that names the other signatory, the place and the day, up to the
 * next clause. Null when the clause gives none.
 */
function purposeAfterAside(after: string): string | null {
  const clause = after.split(/[.;]/)[0]!.slice(0, 240);
  for (const m of clause.matchAll(STATEMENT_PURPOSE)) {
    const rest = clause.slice(m.index + m[0].length);
    if (m[1] === 'on' && (DATE_AFTER_ON.test(rest) || OCCASION_AFTER_ON.test(`on ${rest}`))) continue;
    // `issued a joint statement, welcoming the progress`: with no aside, a participle after a comma tells of the signatories.
    if (/^[\s,]*$/.test(clause.slice(0, m.index + 1)) && clause.slice(0, m.index + 1).includes(',')) return null;
    const stop = PURPOSE_END.exec(rest);
    const words = rest.slice(0, stop ? stop.index : rest.length).split(/\s+/).filter(Boolean).slice(0, PURPOSE_MAX_WORDS);
    while (words.length > 0 && TOPIC_CONNECTOR.test(words.at(-1)!)) words.pop();
    return words.length >= 2 ? `${m[1]} ${words.join(' ')}` : null;
  }
  return null;
}

/**
 * `signed a pump supply contract with X`, `signed the final contract with X, a subsidiary of Y,
 * to build two reactors at Z`, `signed a letter of intent to develop …`: a signed document known by
 * its lower-case kind, named with the words before it and its purpose after the aside.
 */
const SIGNED_DOCUMENT = /\bsigned\s+(?:a|an|the)\s+((?:[a-z][a-z-]*\s+){0,3}?)(contract|letter of intent)\b/g;
/** What a contract is for, after the other party, the place and the day: `to build …`, `for two units`. */
const DOCUMENT_PURPOSE = /(?:^|[\s,])((?:to|for)\s+(?!(?:the\s+)?(?:Korea|\d))|on\s+(?!(?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)))/g;
const DOCUMENT_WORDS_MAX = 10;

function signedDocuments(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(SIGNED_DOCUMENT)) {
    const head = `${m[1]!.replace(/^(?:final|new|two|three|several)\s+/, '')}${m[2]!}`;
    const start = m.index + m[0].length - head.length;
    const clause = text.slice(m.index + m[0].length).split(/[.;]/)[0]!.slice(0, 200);
    let name = head;
    const purpose = DOCUMENT_PURPOSE.exec(clause);
    DOCUMENT_PURPOSE.lastIndex = 0;
    if (purpose) {
      const rest = clause.slice(purpose.index + purpose[0].length - purpose[1]!.length);
      const stop = PURPOSE_END.exec(rest);
      const words = rest.slice(0, stop ? stop.index : rest.length).split(/\s+/).filter(Boolean).slice(0, DOCUMENT_WORDS_MAX);
      while (words.length > 0 && (TOPIC_CONNECTOR.test(words.at(-1)!) || /^(?:with|in|at|worth)$/.test(words.at(-1)!))) words.pop();
      // `with Zenith II in June 2025`: what follows `in`, `with`, `worth` is no purpose.
      const cut = words.findIndex((w, i) => i > 0 && /^(?:with|worth|in)$/.test(w) && /^(?:\p{Lu}|\d)/u.test(words[i + 1] ?? ''));
      const kept = cut > 0 ? words.slice(0, cut) : words;
      if (kept.length >= 2) name = `${head} ${kept.join(' ')}`;
    }
    hits.push({ name, aliases: name === head ? [] : [head], kind: 'other', parties: [], start, end: start + head.length });
  }
  return hits;
}

/** `signed two memoranda of understanding (MOUs)`, `an MOU was signed among…`, `issued a joint statement`. */
function generic(sentence: Sentence, countries: readonly CountryMention[], home: string | null, taken: readonly Hit[]): Hit[] {
  const text = sentence.text;
  const hits: Hit[] = [];
  const mou = MAY_HAVE_MOU.test(text) ? GENERIC_MOU.exec(text) : null;
  if (mou && /\bsign(?:ed|ing)?\b/.test(text) && !taken.some((h) => h.kind === 'MOU')) {
    const foreign = [...new Set(countries.map((c) => c.code))].filter((c) => c !== home);
    const plural = /s\b|memoranda/i.test(mou[0]);
    const clause = MOU_CLAUSE.exec(text);
    const aliases = /memorand/i.test(mou[0]) ? ['MOU', 'Memorandum of Understanding'] : ['MOU'];
    const groups = plural && foreign.length > 1 ? foreign.map((c) => [c]) : [foreign.slice(0, 1)];
    for (const group of groups) {
      const parties = home ? [home, ...group] : group;
      const name = parties.length >= 2 ? `${compoundOf(parties)} MOU` : clause ? `MOU ${clause[1]!}` : 'MOU';
      hits.push({ name, aliases, kind: 'MOU', parties, start: mou.index, end: mou.index + mou[0].length, counted: plural, ...(plural ? {} : { unnamed: true }) });
    }
  }
  for (const statement of jointStatementsIn(text)) {
    // `a joint declaration on the close of the talks to upgrade …`: named by its topic.
    const topic = statementTopic(text.slice(statement.end));
    const name = topic ? `${statement.head} ${topic}` : statement.head;
    hits.push({ name, aliases: topic ? [statement.head] : [], kind: 'joint_statement', parties: partiesIn(text, countries, sentence.start), start: statement.start, end: statement.start + name.length, stated: 'signed', ...(topic ? {} : { unnamed: true }) });
  }
  if (text.includes('signed')) hits.push(...signedDocuments(text));
  const titled = text.includes('signed') ? TITLED.exec(text) : null;
  if (titled) {
    const start = titled.index + titled[0].indexOf(titled[1]!);
    hits.push({ name: titled[1]!, aliases: [], kind: 'other', parties: [], start, end: start + titled[1]!.length });
  }
  // Most sentences hold no run of three capitals: no pattern needs trying there.
  if (/[A-Z]{3}/.test(text)) AGREEMENT_ACRONYM_CONTEXT.forEach((pattern, p) => {
    for (const m of text.matchAll(pattern)) {
      const acronym = m[1]!;
      if (NOT_AGREEMENT_ACRONYMS.has(acronym)) continue;
      // The acronym leads the second pattern's match and ends the others'.
      const start = m.index + (p === 1 ? m[0].indexOf(acronym) : m[0].lastIndexOf(acronym));
      hits.push({ name: acronym, aliases: [], kind: 'other', parties: [], start, end: start + acronym.length });
    }
  });
  if (mayHaveAcronym(text)) for (const m of text.matchAll(BARE_ACRONYM)) {
    hits.push({ name: m[1]!, aliases: [], kind: AGREEMENT_ACRONYMS.get(m[1]!)!, parties: [], start: m.index, end: m.index + m[0].length, bare: true });
  }
  return hits;
}

/** An agreement acronym a bracket defined (`… Partnership (CPTPP)`), a word of its own. */
const DEFINED_ACRONYM = /^[A-Z]{3,7}$/;

/**
 * `The CPTPP, which entered into force in December 2018, …`: an acronym an earlier sentence gave an
 * agreement, where it recurs alone outside any name found here, is a mention of that agreement. It
 * carries only the status its own words give, never the sentence's (which may be about another thing).
 */
function definedAcronyms(text: string, drafts: readonly Draft[], found: readonly Hit[]): Hit[] {
  const hits: Hit[] = [];
  // Most sentences hold no run of three capitals: no alias needs trying there.
  if (drafts.length === 0 || !/[A-Z]{3}/.test(text)) return hits;
  for (const d of drafts) {
    for (const acronym of d.aliases) {
      if (!DEFINED_ACRONYM.test(acronym) || KIND_WORDS.has(fold(acronym)) || !text.includes(acronym)) continue;
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d–-])${acronym}(?![\\p{L}\\d–-])`, 'gu'))) {
        if (found.some((h) => m.index < h.end && m.index + acronym.length > h.start)) continue;
        hits.push({ name: acronym, aliases: [], kind: d.kind, parties: [], start: m.index, end: m.index + acronym.length, repeat: true });
      }
    }
  }
  return hits;
}

function statusOf(sentence: string): AgreementStatus {
  for (const [cue, status] of STATUS_CUES) {
    if (cue.test(sentence) && !(status === 'in_force' && /\b(?:ahead of|once|when|as soon as|after)\b[^.]{0,40}\b(?:entry into force|enters into force|takes effect)\b/.test(sentence) && !/\bunder the\b/.test(sentence))) return status;
  }
  return 'mentioned';
}

interface Draft {
  name: string;
  aliases: Set<string>;
  kind: AgreementKind;
  status: AgreementStatus;
  parties: Set<string>;
  mentions: Mention[];
  /** Only ever read from a count of MOUs (`signed two MOUs`), never by a name. */
  counted: boolean;
  /** Only ever read from an MOU with no name (`signed an MOU with …`). */
  unnamed: boolean;
  /** A mention's own words (`ratification of the X`) gave the status: sentence cues no longer change it. */
  statedOnce?: boolean;
  date: string | null;
  twoSides?: boolean;
}

/**
 * `KORES signed an MOU with the Alphanian state company … Under the MOU on a lithium battery
 * business, …`: an MOU the release reports without a name, where it names exactly one MOU by its
 * topic, is that MOU (one draft, the unnamed form an alias, the parties joined). So is a bare
 * `joint statement` where the release names one joint statement by its topic or purpose.
 */
function mergeUnnamed(drafts: Draft[], kind: 'MOU' | 'joint_statement'): Draft[] {
  const named = drafts.filter((d) => d.kind === kind && !d.unnamed && !d.counted);
  const unnamed = drafts.filter((d) => d.kind === kind && d.unnamed);
  if (named.length !== 1 || unnamed.length === 0) return drafts;
  const [into] = named as [Draft];
  for (const d of unnamed) {
    into.aliases.add(d.name);
    for (const p of d.parties) into.parties.add(p);
    into.mentions.push(...d.mentions);
    if (STATUS_RANK.indexOf(d.status) > STATUS_RANK.indexOf(into.status)) into.status = d.status;
    into.date ??= d.date;
    if (d.twoSides) into.twoSides = true;
  }
  into.mentions.sort((a, b) => a.start - b.start);
  return drafts.filter((d) => !unnamed.includes(d));
}

/** `MOU on lithium refining` is also written `memorandum of understanding on lithium refining`. */
const spelledOut = (d: Draft): string[] =>
  [d.name, ...d.aliases].flatMap((n) => {
    const topic = /^(?:MOU|MoU)\s+(on|to|for)\s+(.+)$/.exec(n);
    return topic ? [`memorandum of understanding ${topic[1]!} ${topic[2]!}`] : [];
  });

const TRADE_KINDS: ReadonlySet<AgreementKind> = new Set(['FTA', 'CEPA', 'EPA']);

/**
 * `becoming Korea's second FTA in the region after the Alpha–Beta FTA`, `tariffs removed under the
 * Alpha–Beta FTA`: a trade agreement a release names in passing, with no word of talks, signing
 * or plans, is one in force; releases tell of the others' stage.
 */
const standingStatus = (d: Draft): AgreementStatus => (d.status === 'mentioned' && TRADE_KINDS.has(d.kind) ? 'in_force' : d.status);

/** `the two countries signed …`, `ministers of both countries`: the sentence speaks of a bilateral act. */
const TWO_SIDES = /\b(?:the\s+two|both)\s+(?:countries|governments|sides|nations)\b/;

/** Same agreement: the same folded name or alias, or the same kind between the same parties (`Korea–UAE CEPA`). */
const KIND_WORDS = new Set(['mou', 'memorandum of understanding', 'fta', 'cepa', 'epa', 'joint statement', 'agreement']);

function sameAgreement(draft: Draft, hit: Hit): boolean {
  // `MOU` alone names every MOU: two MOUs are the same only by a distinctive name.
  const distinctive = (n: string): boolean => !KIND_WORDS.has(fold(n));
  const names = new Set([draft.name, ...draft.aliases].filter(distinctive).map(fold));
  if ([hit.name, ...hit.aliases].filter(distinctive).some((n) => names.has(fold(n)))) return true;
  if (draft.kind !== hit.kind || hit.parties.length < 2 || draft.parties.size !== hit.parties.length) return false;
  return draft.kind !== 'MOU' && hit.parties.every((p) => draft.parties.has(p));
}

/** `MOU on grid maintenance` signed by ZHP and Gridwell is also the `ZHP–Gridwell MOU on grid maintenance`. */
const MOU_TOPIC_NAME = /^(?:MOU|MoU|memorandum of understanding)\s+((?:on|to|for)\s+.+)$/i;

/**
 * `ZHP signed a memorandum of understanding with Gridwell`: an MOU signed between bodies (companies,
 * agencies, councils) is also known by their names (`ZHP–Gridwell MOU`); one the release gives no
 * name is called so, unless a side is a government body (then the countries' name stays).
 */
function bySignatories(hits: Hit[], sentence: Sentence, countries: readonly CountryMention[], orgs: readonly OrganizationFinding[]): Hit[] {
  if (!sentence.text.includes('signed') || !hits.some((h) => h.kind === 'MOU' && !h.counted)) return hits;
  const end = sentence.start + sentence.text.length;
  const bodies: BodySpan[] = orgs.flatMap((o) =>
    o.mentions
      .filter((m) => m.start >= sentence.start && m.end <= end)
      .map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start, acronym: o.acronym, government: o.kind === 'government' })),
  );
  const isCountry = (from: number, to: number): boolean => countries.some((c) => c.start - sentence.start <= from && c.end - sentence.start >= to);
  const sides = mouSignatories(sentence.text, bodies, isCountry);
  if (sides === null) return hits;
  const names = signatoryNames(sides);
  const pair = names[0]!;
  return hits.map((h) => {
    if (h.kind !== 'MOU' || h.counted) return h;
    const topic = MOU_TOPIC_NAME.exec(h.name);
    const aliases = [...h.aliases, ...names, ...(topic ? [`${pair} ${topic[1]!}`] : [])];
    if (h.unnamed && !sides.some((s) => s.government)) return { ...h, name: pair, aliases: [...aliases, h.name] };
    return { ...h, aliases };
  });
}

/**
 * Finds the agreements a document names — MOUs, FTAs, CEPAs, EPAs, frameworks, treaties, joint
 * statements — with their parties (from `Korea–UAE CEPA`, `between Korea and Serbia`, `FTA with
 * Chile`, the countries of a signing sentence) and status (signed, negotiating, in force, planned,
 * or merely mentioned, the strongest the document states). `home` is the country the release speaks
 * for: the other side of `an FTA with Chile`. Repeated mentions merge: the longest
 * name wins and the others become aliases; a bare `the FTA` is another name for the one FTA found.
 */
export function findAgreements(
  text: AnalysedText,
  countries: readonly CountryMention[],
  home: string | null,
  releaseDate: string | null = null,
  orgs: readonly OrganizationFinding[] = [],
): AgreementFinding[] {
  const drafts: Draft[] = [];
  const bySentence = countriesBySentence(countries);
  for (const sentence of text.sentences) {
    const own = bySentence.get(sentence.index) ?? [];
    const named: Hit[] = [
      ...writtenOut(sentence, own, home),
      ...mouTopics(sentence),
      ...mouLowerTopics(sentence),
      ...compounds(sentence, own),
      ...spelledCompounds(sentence, own),
      ...withPartners(sentence, own, home),
      ...lowerCaseAgreements(sentence.text, {
        countryCodes: own.map((c) => c.code),
        home,
        countriesIn: (from, to) => partiesIn(sentence.text.slice(from, to), own, sentence.start + from),
      }),
      ...listedMous(sentence.text),
    ];
    // `Memorandum of Understanding (MOU) on…` is read twice; a CEPA named inside an MOU's title stays.
    const inside = (h: Hit): boolean =>
      named.some((n) => n !== h && n.kind === h.kind && h.start >= n.start && h.end <= n.end && (n.name.length > h.name.length || (n.name.length === h.name.length && named.indexOf(n) < named.indexOf(h))));
    const found = [...named.filter((h) => !inside(h)), ...generic(sentence, own, home, named).filter((h) => !named.some((n) => h.start >= n.start && h.start < n.end))];
    const hits = bySignatories([...found, ...definedAcronyms(sentence.text, drafts, found)], sentence, own, orgs);
    if (hits.length === 0) continue;
    const status = statusOf(sentence.text);
    const twoSides = TWO_SIDES.test(sentence.text);
    let day: string | null | undefined;
    for (const hit of hits.sort((a, b) => a.start - b.start)) {
      let draft = drafts.find((d) => sameAgreement(d, hit));
      if (hit.headOnly) draft ??= drafts.find((d) => d.kind === hit.kind && d.name.endsWith(hit.name));
      if (hit.bare) {
        // `the FTA` stands for the one FTA whose name says FTA, not for RCEP.
        const spelling = BARE_SPELLINGS.get(hit.name);
        const ofKind = drafts.filter((d) => d.kind === hit.kind && (!spelling || [d.name, ...d.aliases].some((n) => spelling.test(n))));
        if (!draft && ofKind.length === 1) draft = ofKind[0];
        if (!draft) continue;
      }
      if (!draft) {
        draft = { name: hit.name, aliases: new Set(), kind: hit.kind, status: 'mentioned', parties: new Set(), mentions: [], counted: hit.counted === true, unnamed: hit.unnamed === true, date: null };
        drafts.push(draft);
      }
      if (!hit.counted) draft.counted = false;
      if (!hit.unnamed) draft.unnamed = false;
      for (const n of [hit.name, ...hit.aliases]) draft.aliases.add(n);
      if (hit.name.length > draft.name.length && !hit.bare && !hit.headOnly) draft.name = hit.name;
      for (const p of hit.parties) draft.parties.add(p);
      if (twoSides && !hit.repeat) draft.twoSides = true;
      // Words beside a name (`ratification of the X`) outrank sentence-wide cues; among either, the strongest holds.
      const own = hit.stated ?? localStatus(sentence.text, hit.start, hit.end);
      if (own && !draft.statedOnce) {
        draft.status = own;
        draft.statedOnce = true;
      } else if (own && STATUS_RANK.indexOf(own) > STATUS_RANK.indexOf(draft.status)) draft.status = own;
      else if (!draft.statedOnce && !hit.repeat && STATUS_RANK.indexOf(status) > STATUS_RANK.indexOf(draft.status)) draft.status = status;
      // The first sentence that gives a day of signing or entry into force dates it; read once per sentence.
      if (draft.date === null && !hit.bare) draft.date = day === undefined ? (day = agreementDateIn(sentence.text, releaseDate)) : day;
      // A recurring acronym tells the status only: its sentence's countries are not the parties.
      if (!hit.repeat) draft.mentions.push({ text: sentence.text.slice(hit.start, hit.end), start: sentence.start + hit.start, end: sentence.start + hit.end, sentenceIndex: sentence.index });
    }
  }
  // `signed two MOUs … signed the MOU on X … the MOU on Y`: the count is of the MOUs named.
  const namesMous = drafts.some((d) => d.kind === 'MOU' && !d.counted);
  // `signed two MOUs on November 18 … the MOU on X`: the MOUs named were signed on the day counted.
  const countedDay = namesMous ? (drafts.find((d) => d.counted && d.date !== null)?.date ?? null) : null;
  for (const d of drafts) if (countedDay && d.kind === 'MOU' && !d.counted && d.date === null && (d.status === 'signed' || d.status === 'mentioned')) d.date = countedDay;
  const kept = mergeUnnamed(mergeUnnamed(drafts.filter((d) => !(d.counted && namesMous)), 'MOU'), 'joint_statement');
  return kept.map((d) => ({
    name: d.name.replace(/[.,;:]+$/, ''),
    aliases: [...new Set([...d.aliases, ...spelledOut(d)].map((a) => a.replace(/[.,;:]+$/, '')))].filter((a) => a !== d.name.replace(/[.,;:]+$/, '')).sort(),
    kind: d.kind,
    status: standingStatus(d),
    parties: [...d.parties].sort(),
    date: d.date,
    mentions: d.mentions,
    ...(d.twoSides ? { twoSides: true } : {}),
  }));
}
