import type { Mention } from '../../domain/index.js';
import type { AnalysedText } from '../analysed-text.js';
import { sentenceAt } from '../assembly/evidence.js';
import type { PersonFinding } from '../findings.js';
import { OWN_MEETING_AFTER } from '../lexicons/events.js';
import { PLURAL_TITLES, ROYAL_TITLES, TITLE_NOUNS } from '../lexicons/titles.js';

/** A family or given name that can stand alone for its bearer: `Ahn`, `Roe`, `Moreau`. */
const STANDALONE_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
const WORD_CHAR = /[\p{L}\p{N}-]/u;
const WORD_BEFORE = /(\S+)\s+$/;
const CAPITALISED_NEXT = /^\s+\p{Lu}/u;
const UPPER_START = /^\p{Lu}/u;
/** Words before a bare family name that still leave it standing for the person: `Ms. Roe`. */
const HONORIFICS = new Set(['Mr.', 'Ms.', 'Mrs.', 'Mr', 'Ms', 'Mrs', 'Dr.', 'Prof.']);
/**
 * Posts that stand before a bare family name as titles do: `Representative Roe` (the U.S. Trade
 * Representative), and the plural titles of two named together (`Presidents Yoon and Pavel`).
 */
const POSTS_BEFORE = new Set(['Representative', ...[...PLURAL_TITLES.keys()].map((t) => t.split(' ').at(-1)!)]);
/** Last words of two-word titles (`Secretary General`, `Director General`): `General` alone is no one's name. */
const TITLE_TAILS = ['General'];
/** Title words the persons pass may keep in a name (`Prince Abdulaziz`): never a short form. */
const NOT_NAMES = new Set([...TITLE_NOUNS, ...ROYAL_TITLES.flatMap((t) => t.split(' ')), ...TITLE_TAILS]);

/**
 * A two-letter family name leading a hyphenated given name (`Oh Ha-jun`, `Im Ji-ho`) stands alone
 * too (`a meeting with Oh`), mid-sentence only, and never as an English word that may be capitalised.
 */
const SHORT_FAMILY = /^\p{Lu}\p{Ll}$/u;
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const ENGLISH_TWO_LETTERS = new Set('An As At Be By Do He If In Is It Me My Of On Or So To Up Us We'.split(' '));

/** The first and last words of a name of two or more words, when they could stand alone. */
function shortForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const family = words[0]!;
  const shortFamily = words.length === 2 && SHORT_FAMILY.test(family) && !ENGLISH_TWO_LETTERS.has(family) && HYPHENATED_GIVEN.test(words[1]!);
  const single = [...new Set([family, words.at(-1)!])].filter((w) => (STANDALONE_WORD.test(w) || (shortFamily && w === family)) && !NOT_NAMES.has(w));
  return [...single, ...compoundFamily(words)];
}

/** A word of a compound family name: `Ortega`, `Ruiz-Tagle`, `Al`. */
const COMPOUND_WORD = /^\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’'-]+)?$/u;

/**
 * `Ortega Bermudo` for `Rafael Ortega Bermudo`, `Prado Neves` for `Ana Lucia Prado Neves`:
 * a name of three words or more whose last two are both capitalised may go by those two, as
 * Spanish and Portuguese double family names do (`Mr. Ortega Bermudo said`).
 */
function compoundFamily(words: readonly string[]): string[] {
  if (words.length < 3) return [];
  const two = words.slice(-2);
  return two.every((w) => COMPOUND_WORD.test(w) && !NOT_NAMES.has(w)) ? [two.join(' ')] : [];
}

/** `Ahn` in `On the same day, Ahn met…` or `Minister Ahn`, not `Ahn` inside `Ahn Se-ra` or `Korea Ahn`. */
function standsAlone(text: string, start: number, end: number, sentenceStart: number): boolean {
  if (start > 0 && WORD_CHAR.test(text[start - 1]!)) return false;
  if (end < text.length && WORD_CHAR.test(text[end]!)) return false;
  if (CAPITALISED_NEXT.test(text.slice(end, end + 3))) return false;
  const previous = WORD_BEFORE.exec(text.slice(Math.max(sentenceStart, start - 30), start))?.[1];
  return previous === undefined || !UPPER_START.test(previous) || TITLE_NOUNS.has(previous) || POSTS_BEFORE.has(previous) || HONORIFICS.has(previous) || /[,;:]$/.test(previous);
}

/** The words of a sentence up to a name, as far back as a title reaches: `Minister of Trade, Industry and Energy`. */
const TITLE_REACH = 60;

/** The title nouns written before a person's full mentions: `President` for `President Ode Ji-ho`. */
function titlesBefore(person: PersonFinding, text: AnalysedText): Set<string> {
  const titles = new Set<string>();
  for (const m of person.mentions) {
    const sentence = text.sentences[m.sentenceIndex];
    const from = Math.max(sentence?.start ?? 0, m.start - TITLE_REACH);
    const words = text.text.slice(from, m.start).split(/[\s,]+/);
    // Only the title run right before the name: `President X said Minister` names one title.
    for (const w of words.slice(-7)) if (TITLE_NOUNS.has(w)) titles.add(w);
  }
  return titles;
}

/**
 * Which of several people sharing a short form `Minister Ode` means: the one, and only one, whose
 * full name the release wrote after the same title (`Minister of Trade … Ode Ha-na` against
 * `President Ode Ji-ho`). Null when the word before is no title or the title fits none or several.
 */
function ownerByTitle(previous: string | undefined, owners: ReadonlySet<string>, titles: ReadonlyMap<string, Set<string>>): string | null {
  if (previous === undefined || !TITLE_NOUNS.has(previous)) return null;
  const fitting = [...owners].filter((id) => titles.get(id)?.has(previous));
  return fitting.length === 1 ? fitting[0]! : null;
}

/**
 * Titles a release gives one person at a time, so `the Crown Prince` alone stands for the one it
 * named so; and heads of state and government, whom `the President` names when only one bore the
 * title bare (`President A` beside `UAE President B`: the release's own, A).
 */
const SOLE_TITLES = ['Crown Princess', 'Crown Prince', 'Emir', 'Sultan', 'King', 'Queen', 'Emperor', 'Empress', 'Grand Duke', 'Grand Duchess', 'President', 'Prime Minister'];
const SOLE_TITLE = new RegExp(String.raw`\b[Tt]he\s+(${SOLE_TITLES.join('|')})\b(?!\s+(?:\p{Lu}|of\b)|-|(?!${OWN_MEETING_AFTER})[’'])`, 'gu');
/** `to the Prime Minister`, `of the President`: a post or an occasion of someone, before the title. */
const OF_SOMEONE_BEFORE = /\b(?:to|of)\s+$/;
/** The words before a title that qualify it: `UAE President`, `Vice President`, `Czech Prime Minister`. */
const QUALIFIED_BEFORE = /(?:\p{Lu}[\p{L}.-]*\s+|-)$/u;

/**
 * `the Crown Prince` for the one person whose full name the release wrote after that title
 * (`Saudi Crown Prince X`, `Crown Prince and Prime Minister X`, `Crown Prince of Abu Dhabi X`):
 * by document offsets, the references to each person's localId. A title two people bore names no one.
 */
function soleTitleMentions(persons: readonly PersonFinding[], text: AnalysedText): Map<string, Mention[]> {
  const found = new Map<string, Mention[]>();
  if (!SOLE_TITLES.some((t) => text.text.includes(t))) return found;
  for (const m of text.text.matchAll(SOLE_TITLE)) {
    // `chief of staff to the Prime Minister`, `the visit of the President`: the one a post or an
    // occasion is of, named in passing.
    if (OF_SOMEONE_BEFORE.test(text.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const title = m[1]!;
    const before = new RegExp(String.raw`\b${title}(?:\s+(?:of|and)\s+[^,;.]{0,40}?)?\s+$`);
    // The persons pass may keep a royal title in the name (`Crown Prince X`).
    const bore = (x: Mention): boolean => x.text.startsWith(`${title} `) || before.test(text.text.slice(Math.max(0, x.start - TITLE_REACH), x.start));
    // Where the title stands bare: no capitalised word qualifies it (`Czech President`, `Vice President`).
    const bareBore = (x: Mention): boolean => {
      // `the President and Prime Minister X` (a chain the persons pass kept whole) is no bare title of X.
      if (x.text.startsWith(`${title} `)) return !x.text.startsWith(`${title} and `) && !QUALIFIED_BEFORE.test(text.text.slice(Math.max(0, x.start - TITLE_REACH), x.start));
      const lead = text.text.slice(Math.max(0, x.start - TITLE_REACH), x.start);
      return lead.endsWith(`${title} `) && !QUALIFIED_BEFORE.test(lead.slice(0, -title.length - 1));
    };
    const all = persons.filter((p) => p.mentions.some(bore));
    const bearers = all.length > 1 ? all.filter((p) => p.mentions.some(bareBore)) : all;
    if (bearers.length !== 1) continue;
    const sentence = text.sentences.findLast((x) => x.start <= m.index);
    if (!sentence) continue;
    const list = found.get(bearers[0]!.localId) ?? [];
    list.push({ text: m[0], start: m.index, end: m.index + m[0].length, sentenceIndex: sentence.index });
    found.set(bearers[0]!.localId, list);
  }
  return found;
}

/**
 * Adds to each person the bare references the persons pass left out: after `Minister for Trade Ahn
 * Bo-ram` the release writes `Ahn then met…`, and after `U.S. Trade Representative Jane
 * Roe`, `held talks with Roe` or `with Jane Roe`. A word counts only when it is the first or last word of exactly one
 * person's name — or of several, when the title before it fits only one of them (`President Ode`)
 * — stands alone (no capitalised word runs on from it) and overlaps no other mention; and after
 * `Saudi Crown Prince X`, `the Crown Prince` alone.
 */
export function withShortMentions(persons: readonly PersonFinding[], text: AnalysedText): PersonFinding[] {
  const owners = new Map<string, Set<string>>();
  for (const person of persons) {
    for (const form of shortForms(person.name)) owners.set(form, (owners.get(form) ?? new Set()).add(person.localId));
  }
  const taken = persons.flatMap((p) => p.mentions).map((m) => [m.start, m.end] as const);
  const overlaps = (start: number, end: number): boolean => taken.some(([s, e]) => start < e && end > s);
  const titles = new Map(persons.map((p) => [p.localId, titlesBefore(p, text)] as const));
  const byTitle = soleTitleMentions(persons, text);
  return persons.map((person) => {
    const extra: Mention[] = [...(byTitle.get(person.localId) ?? [])].filter((m) => !overlaps(m.start, m.end));
    // `… the forum with Ed Roe and …` after `Ed Roe, Canada’s Minister of …`: the full name written
    // again, without the title or cue that first made it a person's.
    if (person.name.includes(' ')) {
      for (let at = text.text.indexOf(person.name); at >= 0; at = text.text.indexOf(person.name, at + person.name.length)) {
        const end = at + person.name.length;
        // Most occurrences are the person's own mentions: that and the word edges are tested before the sentence is looked up.
        if (overlaps(at, end) || (at > 0 && WORD_CHAR.test(text.text[at - 1]!)) || WORD_CHAR.test(text.text[end] ?? '')) continue;
        const sentence = sentenceAt(text, at);
        if (!sentence || end > sentence.end) continue;
        extra.push({ text: person.name, start: at, end, sentenceIndex: sentence.index });
      }
    }
    for (const form of shortForms(person.name)) {
      const shared = owners.get(form)!.size > 1;
      for (let at = text.text.indexOf(form); at >= 0; at = text.text.indexOf(form, at + form.length)) {
        const end = at + form.length;
        const sentence = sentenceAt(text, at);
        if (!sentence || end > sentence.end || overlaps(at, end) || !standsAlone(text.text, at, end, sentence.start)) continue;
        // `President Ode` after `President Ode Ji-ho` and `Minister … Ode Ha-na`: the title decides.
        if (shared && ownerByTitle(WORD_BEFORE.exec(text.text.slice(Math.max(sentence.start, at - 30), at))?.[1], owners.get(form)!, titles) !== person.localId) continue;
        if (form.length === 2 && text.text.slice(sentence.start, at).trim() === '') continue; // `Oh,` opening a sentence may be a word
        extra.push({ text: form, start: at, end, sentenceIndex: sentence.index });
      }
    }
    return extra.length === 0 ? person : { ...person, mentions: [...person.mentions, ...extra].sort((a, b) => a.start - b.start) };
  });
}
