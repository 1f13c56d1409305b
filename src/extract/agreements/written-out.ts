import type { AgreementKind } from '../../domain/index.js';
import type { Sentence } from '../analysed-text.js';
import { AGREEMENT_HEADS } from '../lexicons/agreements.js';
import { CALENDAR_WORDS } from '../lexicons/events.js';
import type { CountryMention } from '../passes/countries.js';
import { COMPOUND_WIDE, MOU_TOPIC, SPELLED_ACRONYM, WORD, startsWithDate } from './name-patterns.js';
import { compoundOf, partiesIn } from './parties.js';
import type { SentenceHit } from './sentence-hit.js';

const RUN = `(?:(?:${WORD}|\\([\\p{Lu}][\\p{L}-]*\\)|of|on|for|and|the|to|in)\\s+)*?`;
/** A bare `Partnership` heads a name only before its bracketed acronym (`Digital Partnership Agreement` reads on to `Agreement`). */
const PARTNERSHIP_WITH_ACRONYM = String.raw`Partnership(?=\s*\([\p{Lu}])`;
const HEAD_PATTERN = new RegExp(
  `(?<![\\p{L}])(${RUN})(${AGREEMENT_HEADS.map(([h]) => (h === 'Partnership' ? PARTNERSHIP_WITH_ACRONYM : h)).join('|')})(?![\\p{L}])(\\s*\\((?:[\\p{Lu}][\\p{L}-]*(?:\\s+(?:FTA|CEPA|EPA))?)\\))?`,
  'gu',
);
/** `Gulf Alpha Council (GAC)` in a compound of sides: the side by its acronym. */
const SIDE_WITH_ACRONYM = /[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*\s+\(([A-Z]{2,})\)/gu;
/**
 * `Agreement on Maritime Salvage`, `Agreement on Trade in Spices`, `Agreement of Cooperation in the
 * Salt Industry`, `the Agreement on Tariffs and …` — and after `on` one capitalised word alone
 * (`the Agreement on Safeguards and raise …`, a treaty named by its one topic); not `Agreement on
 * Tuesday` (see CALENDAR_WORDS where the tail is read), `Agreement on the matter`; after `on the`, a title
 * of two capitalised words or more (`the Treaty on the Non-Alignment of Alpha States`).
 */
const HEAD_FIRST_TAIL =
  /^\s+(?:(?:on|for|of)\s+[\p{Lu}][\p{Ll}]+\s+(?:(?:and|of|the|in|of\s+the|in\s+the)\s+)?[\p{Lu}]|on\s+the\s+[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\s+(?:and|of|in)\s+(?:the\s+)?[\p{Lu}]|on\s+[\p{Lu}][\p{Ll}]+(?![\p{L}’'-]|\s+(?:(?:and|of|the|in)\s+)*[\p{Lu}]))/u;
/**
 * After a head, a name goes on through `for`/`on`: `Agreement for Trans-Pacific Partnership (CPTPP)`,
 * `Joint Statement on the Blue Economy and Fisheries`.
 */
const NAME_TAIL = /^\s+(?:for|on|of)\s+((?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+(?:(?:and|of|the|in|of\s+the|in\s+the)\s+)?[\p{Lu}][\p{L}’'-]*)*)(\s*\(([\p{Lu}][\p{L}-]*)\))?/u;
/**
 * `the Framework Agreement establishing a free trade area`, `the Agreement Establishing the Alpha
 * Trade Organization`: a treaty's formal title goes on with what it establishes or creates, up to
 * the next clause or list item (`and`, `between` its sides, a place, a verb).
 */
const PARTICIPLE_TAIL =
  /^\s+(?:[Ee]stablishing|[Cc]reating|[Cc]oncerning)\s+(?:an?|the)\s+[\p{L}-]+(?:\s+(?!(?:and|between|in|on|at|with|by|for|to|from|was|were|is|are|will|would|signed|which|that)\b)[\p{L}-]+){0,5}/u;
const PARTICIPLE_IN_NAME = /\s+(?:[Ee]stablishing|[Cc]reating|[Cc]oncerning)\s.*$/su;
/** `Framework Agreement Establishing a Free Trade Area` → `Framework Agreement`: the head a later `the Framework Agreement` repeats. */
export function formalHead(name: string): string {
  return name.replace(PARTICIPLE_IN_NAME, '');
}
/** `Agreement on Trade in Spices in Ankara`: a second `in` tells where it was signed, not what it is about. */
const SECOND_IN = /^(.*?\sin\s.*?)\s+in\s+[\p{Lu}].*$/u;
/**
 * Literal words each pattern needs: a sentence without them is skipped before the costly search
 * (HEAD_PATTERN's lazy run of capitalised words is tried at every word otherwise). Every head in
 * AGREEMENT_HEADS holds one of these words.
 */
const HEAD_WORDS = ['Agreement', 'Partnership', 'Memorandum', 'Joint', 'Framework', 'Treaty', 'Terms', 'Trade Area'];
/** Heads that name nothing alone: with no sides before them they need a name after them (`Free Trade Area of the …`). */
const NAMED_ONLY: ReadonlySet<string> = new Set(['Free Trade Area']);
const mayHaveHead = (text: string): boolean => HEAD_WORDS.some((w) => text.includes(w));
/** The words a name goes on with after its head: the whole match, the topic, a bracketed acronym. */
interface NameTail {
  readonly whole: string;
  readonly topic: string;
  readonly bracket: string;
  readonly acronym: string;
}
/** NAME_TAIL's match, cut before a place that follows the topic (see SECOND_IN), its bracket going with the place. */
function nameTail(after: string): NameTail | null {
  const m = NAME_TAIL.exec(after);
  if (!m) return null;
  const cut = SECOND_IN.exec(m[1]!);
  if (!cut) return { whole: m[0], topic: m[1]!, bracket: m[2] ?? '', acronym: m[3] ?? '' };
  return { whole: m[0].slice(0, m[0].indexOf(m[1]!) + cut[1]!.length), topic: cut[1]!, bracket: '', acronym: '' };
}
/** A side after `between`: `Alphania`, `the Republic of Alphania`, `the United Betanian States`. */
const SIDE = String.raw`(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}.]*)*`;
/** `Free Trade Agreement between the Republic of Alphania and the Kingdom of Betania (ABFTA)`: the sides after the head. */
const BETWEEN = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?between\s+${SIDE}\s+and\s+${SIDE}`, 'u');
const HEAD_KINDS: ReadonlyMap<string, AgreementKind> = new Map(AGREEMENT_HEADS);
/**
 * `the leaders adopted the Joint Statement for Alpha Partnership, the Joint Statement on …`: a
 * statement the clause says was adopted or signed (the verb before it, across a list of names) is signed.
 */
const ADOPTED_BEFORE = /\b(?:adopted|signed|issued)\s+(?:[^,;.]*,\s+)*?(?:the|a)\s+[^,;.]*$/;
export function writtenOut(sentence: Sentence, countries: readonly CountryMention[], home: string | null): SentenceHit[] {
  const hits: SentenceHit[] = [];
  if (!mayHaveHead(sentence.text)) return hits;
  for (const m of sentence.text.matchAll(HEAD_PATTERN)) {
    const [, prefix = '', head = '', acronym = ''] = m;
    const kind = HEAD_KINDS.get(head)!;
    // `the MOU on the Administration of the Korea–Ruritania Comprehensive…`: the name starts after `of the`.
    // `Under the Framework Agreement, …`: a sentence's opening preposition is no part of the name either.
    const lead = prefix
      .replace(/^.*\b(?:of|on|for|to|and) the\s+/, '')
      .replace(/^(?:Under|With|By|At|From|Through|In|On|For)\s+the\s+/, '')
      .replace(/^(?:(?:the|of|on|for|and|to|in|The)\s+)+/, '');
    const start = m.index + prefix.length - lead.length;
    let end = m.index + m[0].length;
    let after = sentence.text.slice(end);
    const participle = acronym ? null : PARTICIPLE_TAIL.exec(after);
    if (participle) {
      end += participle[0].length;
      after = sentence.text.slice(end);
    }
    // `Modular Trade Agreement Initiative`: the head sits inside another thing's name.
    if (!acronym && !participle && /^\s+[\p{Lu}]/u.test(after) && !/^\s+(?:Korea|[\p{Lu}]+\b)/u.test(after)) continue;
    // `the Agreement on Maritime Salvage`: a head that leads its own name, a capitalised topic after `on`/`for`.
    const headFirst =
      lead.trim() === '' && !head.includes(' ') && /\bthe\s+$/.test(prefix) && HEAD_FIRST_TAIL.test(after) && !CALENDAR_WORDS.test(/^\s+\S+\s+(\p{L}+)/u.exec(after)?.[1] ?? '');
    if (lead.trim() === '' && !head.includes(' ') && !headFirst && !participle) continue;
    if (NAMED_ONLY.has(head)) {
      // `the Framework Agreement Establishing a Free Trade Area`: an area inside a treaty's title is no name of its own.
      const at = m.index + prefix.length;
      if (hits.some((h) => at >= h.start && at < h.end)) continue;
      const tail = acronym ? null : nameTail(after);
      if (lead.trim() === '' && !acronym && (tail === null || CALENDAR_WORDS.test(tail.topic.split(/\s+/)[0]!))) continue;
    }
    let name = sentence.text.slice(start, participle ? end : m.index + prefix.length + head.length);
    // `(ALBEX FTA)`: an acronym that is a name of its own, kind and all.
    let short = acronym.replace(/[()]/g, '').trim();
    const tail = !acronym && !participle && kind !== 'MOU' ? nameTail(after) : null;
    if (tail && !CALENDAR_WORDS.test(tail.topic.split(/\s+/)[0]!) && partiesIn(tail.topic, countries, sentence.start + end + tail.whole.indexOf(tail.topic)).length === 0) {
      name = sentence.text.slice(start, end + tail.whole.length - tail.bracket.length);
      short = tail.acronym;
      end += tail.whole.length;
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
      if (parties.length >= 2) {
        // The title as written is a name too, when nothing stands between the head and `between`.
        if (/^\s*between/.test(between[0])) aliases.push(`${name.trim()} ${between[0].trim()}`);
        name = `${compoundOf(parties)} ${name}`;
      }
    }
    if (short && !short.includes(' ') && parties.length >= 2) aliases.push(`${compoundOf(parties)} ${short}`);
    if (parties.length === 1 && home && parties[0] !== home && ['FTA', 'CEPA', 'EPA'].includes(kind)) parties = [home, parties[0]!];
    const adopted = kind === 'joint_statement' && ADOPTED_BEFORE.test(sentence.text.slice(0, start));
    // `toward a Free Trade Area of the Alpha-Pacific`: an area named only by the region it would span,
    // with no sides, is an aim the release talks of, not a trade agreement in force.
    const aim = NAMED_ONLY.has(head) && lead.trim() === '' && parties.length === 0;
    const stated = adopted ? ('signed' as const) : aim ? ('mentioned' as const) : null;
    hits.push({ name: name.trim(), aliases, kind, parties, start, end, ...(lead.trim() === '' && name === head ? { headOnly: true } : {}), ...(stated ? { stated } : {}) });
  }
  return hits;
}
