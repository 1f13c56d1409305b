import type { Sentence } from '../analysed-text.js';
import { AGREEMENT_ACRONYMS } from '../lexicons/agreements.js';
import type { CountryMention } from '../passes/countries.js';
import { jointStatementsIn } from './joint-statements.js';
import { topicAt } from './lower-case-names.js';
import { MAY_HAVE_MOU, NOT_AGREEMENT_ACRONYMS, mayHaveAcronym } from './name-patterns.js';
import { compoundOf, partiesIn } from './parties.js';
import type { SentenceHit } from './sentence-hit.js';
import { signedDocuments } from './signed-documents.js';
import { statementTopic } from './statement-topics.js';

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
const BARE_ACRONYM = /\b(?:the\s+)?(CEPA|FTA|EPA)\b(?!s)/g;
/** A count before a plural MOU word: `nine memorandums`, `66 MOUs`, `several MOUs`. */
const MOU_COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,3})`;
const GENERIC_MOU = new RegExp(
  String.raw`\b(?:an?|one|${MOU_COUNT}|signed)\s+(MOUs?|MoUs?|memorand(?:um|a|ums) of understanding(?:\s+\(MOUs?\))?)|\b(MOUs?)\s+(?:was|were)\s+signed\b|\b(?:MOUs?|memorand(?:um|a) of understanding)\s+\(MOUs?\)\s+(?:was|were)\s+signed\b`,
  'i',
);
/** `signed nine memorandums of understanding`, `Five MOUs on shared ventures were signed`: a batch as the text counts it. */
const COUNTED_BATCH = new RegExp(String.raw`\b(${MOU_COUNT})\s+(MOUs|MoUs|memorand(?:a|ums) of understanding)\b`, 'i');
const MOU_CLAUSE = /\b(?:MOUs?|understanding(?:\s+\(MOUs?\))?)\s+(?:was\s+|were\s+)?(?:signed\s+)?((?:among|between)\s+[^.;]+?)(?=\s+to\s+|\s+in\s+the\s+|[.;]|$)/i;
const TITLED = /\bsigned\s+(?:a|the)\s+(?:document|text|agreement)\s+(?:titled|entitled|called)\s+[“"]([^”"]+)[”"]/;
const isPlural = (mou: string): boolean => /s\b|memoranda/i.test(mou);
/**
 * `signed nine MOUs to build a partnership`, `five MOUs on shared ventures`, `66 MOUs …, covering
 * energy and banking`: a batch the text says the purpose of is one agreement; `signed 20 MOUs, 16 of
 * them economic` or `signed 26 MOUs and contracts at the forum` only counts documents. Reads the
 * clause after the MOU word (up to a comma) for `on`, `to` or `for` and a lower-case word, and the
 * rest of the sentence for `covering`.
 */
const BATCH_PURPOSE = /\b(?:on|to|for|in)\s+(?!the\s+(?:occasion|sidelines|margins|basis|presence)\b|behalf\b)[a-z]/;
const saysWhatFor = (after: string): boolean => BATCH_PURPOSE.test(after.split(/[,;:]/)[0]!) || /\bcovering\b/.test(after);
/** `Three memorandums of understanding on shared ventures were signed` → that phrase, its topic kept; null when no count. */
export function countedBatch(text: string): string | null {
  const m = COUNTED_BATCH.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length);
  const topic = /^\s+on\s/.test(after) ? topicAt(after.replace(/^\s+on\s+/, '')) : null;
  if (topic) return `${m[0]} on ${topic}`;
  return m[0];
}
/** `66 MOUs …, covering energy and banking` → `66 MOUs covering energy and banking`; null when nothing is said covered. */
export function coveredBatch(text: string): string | null {
  const m = COUNTED_BATCH.exec(text);
  const covered = m ? coveredList(text.slice(m.index + m[0].length)) : null;
  return covered ? `${m![0]} covering ${covered}` : null;
}
/**
 * `… were signed covering the entire nuclear cycle, including construction`, `signed four MOUs during
 * the ceremony, covering grid software, small reactors (SMR) and green energy`: what the batch
 * covers, up to the clause's end or an `including` that lists examples of it.
 */
function coveredList(after: string): string | null {
  const m = /\bcovering\s+([^.;]+)/.exec(after);
  if (!m) return null;
  const list = m[1]!.split(/,?\s+(?:including|such\s+as|worth|in\s+order)\b/)[0]!.trim();
  return /[a-z]{3,}/.test(list) ? list : null;
}
/** `signed two memoranda of understanding (MOUs)`, `an MOU was signed among…`, `issued a joint statement`. */
export function genericMentions(sentence: Sentence, countries: readonly CountryMention[], home: string | null, taken: readonly SentenceHit[]): SentenceHit[] {
  const text = sentence.text;
  const hits: SentenceHit[] = [];
  const mou = MAY_HAVE_MOU.test(text) ? GENERIC_MOU.exec(text) : null;
  // `signed a memorandum of understanding on the Alpha Promotion Framework (APF)`: the MOU is the framework named after it.
  const namesAnother = mou !== null && taken.some((h) => h.kind !== 'MOU' && h.start >= mou.index && /^\s+(?:\(MOUs?\)\s+)?on\s+(?:the\s+)?$/.test(text.slice(mou.index + mou[0].length, h.start)));
  if (mou && /\bsign(?:ed|ing)?\b/.test(text) && !taken.some((h) => h.kind === 'MOU') && !namesAnother) {
    // `signed four MOUs … to use the Korea–EU FTA`: a country inside another agreement's name signs nothing here.
    const inName = (c: CountryMention): boolean => taken.some((h) => c.start - sentence.start >= h.start && c.end - sentence.start <= h.end);
    const foreign = [...new Set(countries.filter((c) => !inName(c)).map((c) => c.code))].filter((c) => c !== home);
    const plural = isPlural(mou[0]);
    const clause = MOU_CLAUSE.exec(text);
    const aliases = /memorand/i.test(mou[0]) ? ['MOU', 'Memorandum of Understanding'] : ['MOU'];
    const groups = plural && foreign.length > 1 ? foreign.map((c) => [c]) : [foreign.slice(0, 1)];
    // `signed MOUs with Canada and Italy` are one MOU a partner; one batch needs a purpose to be one.
    const tallied = plural && groups.length === 1 && !saysWhatFor(text.slice(mou.index + mou[0].length));
    // A batch is also known as the text counts it, with its topic: `three memorandums of understanding on shared ventures`.
    const batch = plural && groups.length === 1 ? countedBatch(text) : null;
    const covered = batch ? coveredBatch(text) : null;
    for (const group of groups) {
      const parties = home ? [home, ...group] : group;
      const name = parties.length >= 2 ? `${compoundOf(parties)} MOU` : clause ? `MOU ${clause[1]!}` : 'MOU';
      hits.push({ name, aliases: [...aliases, ...(batch ? [batch] : []), ...(covered ? [covered] : [])], kind: 'MOU', parties, start: mou.index, end: mou.index + mou[0].length, counted: plural, ...(tallied ? { tallied } : {}), ...(plural ? {} : { unnamed: true }) });
    }
  }
  for (const statement of jointStatementsIn(text)) {
    // `a joint declaration on the close of the talks to upgrade …`: named by its topic.
    const topic = statementTopic(text.slice(statement.end));
    const name = topic ? `${statement.head} ${topic}` : statement.head;
    hits.push({ name, aliases: topic ? [statement.head] : [], kind: 'joint_statement', parties: partiesIn(text, countries, sentence.start), start: statement.start, end: statement.start + name.length, stated: 'signed', ...(topic ? {} : { unnamed: true }), ...(statement.reported ? { reported: true } : {}) });
  }
  if (text.includes('signed') || text.includes('letter of intent')) hits.push(...signedDocuments(text));
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
