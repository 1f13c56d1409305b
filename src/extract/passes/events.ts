import type { EventKind, Mention } from '../../domain/index.js';
import { slug } from '../../domain/index.js';
import type { AnalysedText, Sentence } from '../analysed-text.js';
import { findDateExpressions, resolveDateExpression } from '../dates/index.js';
import type { ResolvedDate } from '../dates/index.js';
import { CAPITAL_CITIES } from '../lexicons/countries.js';
import {
  CALENDAR_WORDS,
  CONTINUATION_CUES,
  EVENT_HEADS,
  EVENT_VERBS,
  FUTURE_MARKERS,
  HOLDING_VERBS,
  NAME_CONNECTORS,
  NAME_ONLY_HEADS,
  NAME_OPENERS,
  PLACE_AFTER_HEAD,
  TITLE_WORDS,
  TRAILING_CONNECTORS,
} from '../lexicons/events.js';
import type { CountryMention } from './countries.js';

/** An occasion one document reports: a meeting, talks, a signing, a ceremony, a forum. */
export interface EventFinding {
  /** Unique within the document: the slug of a named event, else kind and date. */
  readonly key: string;
  readonly name: string;
  readonly kind: EventKind;
  readonly date: string | null;
  readonly endDate: string | null;
  readonly location: string | null;
  /** ISO alpha-2 of where it was held, when the place names a country or a capital. */
  readonly country: string | null;
  /** Every sentence that reports or continues this occasion, in order. */
  readonly sentenceIndexes: number[];
  readonly mentions: Mention[];
}

/** What one sentence says about an occasion, before occasions are merged across sentences. */
interface Trigger {
  readonly name: string | null;
  readonly head: string;
  readonly kind: EventKind;
  readonly definite: boolean;
  /** The sentence reports the occasion taking place (`held`, `met`, a date), not just naming it. */
  readonly reported: boolean;
  readonly start: number;
  readonly end: number;
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const words = (text: string): Word[] =>
  [...text.matchAll(/[^\s]+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

const bare = (w: string): string => w.replace(/^[“"‘(]+|[”"’),;:.]+$/g, '');
const isCapitalised = (w: string): boolean =>
  /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$|\d{4}$|K-)/u.test(bare(w)) && !CALENDAR_WORDS.test(bare(w));

/** Whether the words around a head report the occasion happening: `held the X`, `X was held`. */
function isReported(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 90), start).split(/[,;]/).pop() ?? '';
  const after = sentence.slice(end, end + 320);
  return (
    HOLDING_VERBS.test(before) ||
    /^[”"’]?,?\s+(?:[^\s.—–]+[\s—–]+){0,35}?(?:was|were|will be|is|are|to be)\s+(?:held|convened|hosted|organi[sz]ed|launched|opened)\b|^[”"’]?,?\s+(?:took place|was held|held on|held in|held at|held from|will take place|kicked off|brought together)\b/.test(after)
  );
}
const headOf = (w: string): string | null => {
  const b = bare(w).toLowerCase();
  return EVENT_HEADS.has(b) ? b : null;
};

/**
 * Capitalised runs that end in an event head, the head capitalised inside the run
 * (`Public-Private Meeting on Strengthening Responses to Trade Barriers`) or lower case right after
 * it (`the Korea–UAE summit`, `the 51st Trade Promotion Committee meeting`).
 */
function namedTriggers(sentence: string): Trigger[] {
  const ws = words(sentence);
  const found: Trigger[] = [];
  let i = 0;
  while (i < ws.length) {
    if (!isCapitalised(ws[i]!.text) || NAME_OPENERS.test(bare(ws[i]!.text))) {
      i++;
      continue;
    }
    let j = i;
    // Extend over capitalised words and the connectors between them; a comma or bracket ends the run.
    while (j + 1 < ws.length && !/[,;:)]$/.test(ws[j]!.text)) {
      const next = bare(ws[j + 1]!.text);
      if (isCapitalised(ws[j + 1]!.text)) j++;
      else if (NAME_CONNECTORS.has(next) && j + 2 < ws.length && isCapitalised(ws[j + 2]!.text) && !/[,;:)]$/.test(ws[j + 1]!.text)) j += 2;
      else break;
    }
    let last = -1;
    for (let k = i; k <= j; k++) if (headOf(ws[k]!.text) && /^\p{Lu}/u.test(bare(ws[k]!.text))) last = k;
    let end = j;
    const after = ws[j + 1];
    if (
      after &&
      !/[,;:)]$/.test(ws[j]!.text) &&
      headOf(after.text) &&
      /^\p{Ll}/u.test(after.text) &&
      !NAME_ONLY_HEADS.has(headOf(after.text)!) &&
      !PLACE_AFTER_HEAD.test(sentence.slice(after.end))
    ) {
      last = j + 1;
      end = j + 1;
    } else if (last >= 0) {
      // After the head a name goes on only through `on`, `of`, `for`: `Meeting on Trade Barriers`, not `Forum in Seoul`.
      end = last;
      while (end + 2 <= j && TRAILING_CONNECTORS.has(bare(ws[end + 1]!.text)) && !/[,;:)]$/.test(ws[end]!.text)) {
        let k = end + 2;
        while (k + 1 <= j && isCapitalised(ws[k + 1]!.text) && !/[,;:)]$/.test(ws[k]!.text)) k++;
        end = k;
      }
    }
    const isTitle = ws.slice(i, end + 1).some((w) => TITLE_WORDS.test(bare(w.text)));
    if (last >= 0 && !isTitle) {
      const raw = sentence.slice(ws[i]!.start, ws[end]!.end);
      const lead = /^[“"‘(]+/.exec(raw)?.[0].length ?? 0;
      const text = raw.slice(lead).replace(/[”"’),;:.]+$/, '');
      const start = ws[i]!.start + lead;
      const head = headOf(ws[last]!.text)!;
      // A lone capitalised head (`This Forum was organized`) refers back; it names nothing new.
      const lone = end === i;
      found.push({ name: lone ? null : text, head, kind: EVENT_HEADS.get(head)!, definite: lone, reported: isReported(sentence, start, start + text.length), start, end: start + text.length });
    }
    i = Math.max(end, j) + 1;
  }
  return found;
}

/** `held a video conference`, `attended the groundbreaking ceremony`, `met with`, `signed an MOU`. */
function genericTriggers(sentence: string, named: readonly Trigger[]): Trigger[] {
  const found: Trigger[] = [];
  const insideNamed = (at: number): boolean => named.some((t) => at >= t.start && at < t.end);
  const heads = [...EVENT_HEADS.keys()].filter((h) => !NAME_ONLY_HEADS.has(h)).sort((a, b) => b.length - a.length);
  const headPattern = new RegExp(`\\b(?:${heads.join('|')})\\b`, 'g');
  for (const m of sentence.matchAll(headPattern)) {
    if (insideNamed(m.index) || found.some((t) => m.index >= t.start && m.index < t.end)) continue;
    const before = sentence.slice(Math.max(0, m.index - 70), m.index);
    if (PLACE_AFTER_HEAD.test(sentence.slice(m.index + m[0].length))) continue;
    if (!isReported(sentence, m.index, m.index + m[0].length)) continue;
    const determiner = /\b(the|this|that|these)\s+(?:[\w’'-]+\s+){0,4}$/i.exec(before);
    found.push({
      name: null,
      head: m[0],
      kind: EVENT_HEADS.get(m[0])!,
      definite: determiner !== null,
      reported: true,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const [pattern, kind] of EVENT_VERBS) {
    const m = pattern.exec(sentence);
    if (!m || insideNamed(m.index)) continue;
    found.push({ name: null, head: kind === 'signing' ? 'signing' : 'meeting', kind, definite: false, reported: true, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

const LOCATION_NOUNS = /^(?:conference|room|hall|site|headquarters|office|center|centre|building|campus|plant|auditorium|ballroom)$/;

/** `in Seoul`, `at the Lotte Hotel Seoul`, `at the KITA conference room in Seoul`, `in Astana, Kazakhstan`. */
function findLocation(
  sentence: string,
  from: number,
  triggers: readonly (readonly [number, number])[],
): { text: string; start: number } | null {
  const ws = words(sentence);
  const candidates: { text: string; start: number }[] = [];
  for (let i = 0; i < ws.length - 1; i++) {
    const w = ws[i]!.text;
    if (!/^(?:at|in|visited)$/.test(w)) continue;
    const at = ws[i + 1]!.start;
    if (triggers.some(([s, e]) => at >= s && at < e + 5)) continue; // `at the Korea–China summit` is an occasion
    if (w !== 'visited' && i > 0 && /^\p{Lu}/u.test(ws[i - 1]!.text) && !/[,.]$/.test(ws[i - 1]!.text)) continue; // `Minister of State at the Department`
    let k = i + 1;
    if (/^the$/i.test(ws[k]!.text)) k++;
    const first = k;
    let last = -1;
    for (; k < ws.length; k++) {
      const t = ws[k]!.text;
      const b = bare(t);
      const ok = isCapitalised(t) || /^\(\p{Lu}+\)[,.]?$/u.test(t) || (last >= 0 && (LOCATION_NOUNS.test(b) || (NAME_CONNECTORS.has(b) && b !== 'in' && b !== 'on' && b !== 'to' && k + 1 < ws.length && isCapitalised(ws[k + 1]!.text))));
      if (!ok || CALENDAR_WORDS.test(b) || /^\d/.test(b)) break;
      last = k;
      if (/[,;:.]$/.test(t)) break;
    }
    if (last < first) continue;
    const following = ws[last + 1]?.text ?? '';
    // `in the AI sector`: a capitalised modifier of a common noun is no place.
    if (!/[,;:.]$/.test(ws[last]!.text) && /^\p{Ll}/u.test(following) && !/^(?:on|from|to|and|with|for|in|at|during|as|which|where|that|this|last|next|under|through|until|by|was|were|is|are|will|has|have|had)$/.test(bare(following))) continue;
    let text = sentence.slice(ws[first]!.start, ws[last]!.end).replace(/[,;:.]+$/, '');
    const within = / in (\p{Lu}[\p{L}-]+)[,.]?$/u.exec(sentence.slice(ws[last]!.end, (ws[last + 2]?.end ?? ws[last]!.end)));
    if (following === 'in' && within && !CALENDAR_WORDS.test(within[1]!)) text = `${text}, ${within[1]}`;
    // `Astana, Kazakhstan`: a second capitalised word after the comma names the wider place.
    const next = ws[last + 1];
    if (/,$/.test(ws[last]!.text) && next && isCapitalised(next.text) && /[,.]$/.test(next.text) && headOf(next.text) === null) {
      text = `${text}, ${bare(next.text)}`;
    }
    const inner = / in (\p{Lu}[\p{L}-]+(?:, \p{Lu}[\p{L}-]+)?)$/u.exec(text);
    if (inner) text = `${text.slice(0, inner.index)}, ${inner[1]}`;
    candidates.push({ text, start: ws[i]!.start });
  }
  return candidates.find((c) => c.start >= from) ?? candidates[0] ?? null;
}

/**
 * Each date in the sentence goes to the trigger nearest to it, so `the previous meeting held in
 * Beijing …, a month after the two sides met on November 1` dates only the second occasion.
 */
function assignDates(sentence: string, triggers: readonly Trigger[], releaseDate: string | null): Map<Trigger, ResolvedDate> {
  const future = FUTURE_MARKERS.test(sentence);
  const dated = new Map<Trigger, ResolvedDate>();
  if (triggers.length === 0) return dated;
  // `today` dates the announcement, not the occasion.
  for (const expression of findDateExpressions(sentence).filter((e) => e.relativeDays === null)) {
    const distance = (t: Trigger): number => (expression.start >= t.end ? expression.start - t.end : Math.abs(t.start - expression.end) + 1);
    const nearest = [...triggers].sort((x, y) => distance(x) - distance(y))[0]!;
    const resolved = resolveDateExpression(expression, releaseDate, { future });
    if (resolved && !dated.has(nearest)) dated.set(nearest, resolved);
  }
  // `following the summit held on November 18, … the two countries signed`: one date serves all.
  const first = [...dated.values()][0];
  if (first) for (const t of triggers) if (!dated.has(t) && !t.definite) dated.set(t, first);
  return dated;
}

function refineKind(kind: EventKind, head: string, sentence: string, countries: readonly CountryMention[]): EventKind {
  if (/\bsign(?:ed|ing)\b/i.test(head) || (/ceremony/i.test(head) && /\bsigning\b/i.test(sentence))) return 'signing';
  if (kind !== 'other' && kind !== 'bilateral') return kind;
  if (/\b(?:trilateral|multilateral|plenary)\b/i.test(sentence)) return 'multilateral';
  if (/\bbilateral\b/i.test(sentence) || new Set(countries.map((c) => c.code)).size === 2) return 'bilateral';
  return kind;
}

interface Draft {
  key: string;
  name: string;
  kind: EventKind;
  date: string | null;
  endDate: string | null;
  location: string | null;
  country: string | null;
  sentenceIndexes: number[];
  mentions: Mention[];
  named: boolean;
}

function countryOf(location: string | null, sentence: Sentence, countries: readonly CountryMention[]): string | null {
  if (!location) return null;
  const inside = countries.find((c) => c.sentenceIndex === sentence.index && location.includes(c.text));
  if (inside) return inside.code;
  for (const part of location.split(/,\s*|\s+/)) {
    const code = CAPITAL_CITIES.get(part);
    if (code) return code;
  }
  return null;
}

function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/**
 * Finds the occasions a press release reports — meetings, talks, signings, ceremonies, forums,
 * negotiation rounds — with their date (resolved against the release date), place and the
 * sentences that report or continue them (`The meeting brought together…`, `He joined…`).
 * Repeated mentions of a named event, and later generic references (`during the meeting`) without
 * a different date, are merged into one finding. `title` supplies a name for a lone generic event.
 */
export function findEvents(
  text: AnalysedText,
  title: string,
  releaseDate: string | null,
  countries: readonly CountryMention[],
): EventFinding[] {
  const events: Draft[] = [];
  const keys = new Set<string>();
  let current: Draft | undefined;
  for (const sentence of text.sentences) {
    const own = sentence.text;
    const named = namedTriggers(own);
    const triggers = [...named, ...genericTriggers(own, named)].sort((a, b) => a.start - b.start);
    const dates = assignDates(own, triggers, releaseDate);
    const sentenceCountries = countries.filter((c) => c.sentenceIndex === sentence.index);
    const spans = triggers.map((t) => [t.start, t.end] as const);
    let touched = false;
    for (const trigger of triggers) {
      const when = dates.get(trigger) ?? null;
      const kind = refineKind(trigger.kind, trigger.name ?? trigger.head, own, sentenceCountries);
      let target: Draft | undefined;
      if (trigger.name) target = events.find((e) => e.named && slug(e.name) === slug(trigger.name!));
      else if (trigger.definite && current) target = current;
      else if (when === null || current?.date === when.date) {
        // `the meeting`, `signed the MOU` without a new date: the occasion already under way.
        const sameKind = [...events].reverse().find((e) => e.kind === kind);
        const candidate = trigger.definite ? (current ?? sameKind) : sameKind;
        if (candidate && (when === null || candidate.date === null || candidate.date === when.date)) target = candidate;
      }
      if (!target) {
        const location = findLocation(own, trigger.end, spans);
        const name =
          trigger.name ??
          (events.length === 0 && triggers.length === 1
            ? title
            : `${trigger.head}${location ? ` in ${location.text}` : ''}${when ? ` on ${when.date}` : ''}`);
        const key = uniqueKey(trigger.name ? slug(name) : `${kind}-${when?.date ?? `s${sentence.index}`}`, keys);
        keys.add(key);
        target = {
          key,
          name,
          kind,
          date: when?.date ?? null,
          endDate: when?.endDate ?? null,
          location: location?.text ?? null,
          country: countryOf(location?.text ?? null, sentence, sentenceCountries),
          sentenceIndexes: [],
          mentions: [],
          named: trigger.name !== null,
        };
        events.push(target);
      } else if (target.date === null && when) {
        target.date = when.date;
        target.endDate = when.endDate;
      }
      if (!target.sentenceIndexes.includes(sentence.index)) target.sentenceIndexes.push(sentence.index);
      target.mentions.push({
        text: own.slice(trigger.start, trigger.end),
        start: sentence.start + trigger.start,
        end: sentence.start + trigger.end,
        sentenceIndex: sentence.index,
      });
      if (trigger.reported || when) {
        current = target;
        touched = true;
      }
    }
    if (!touched && current && CONTINUATION_CUES.some((cue) => cue.test(own))) {
      const noun = /^(?:The|This|During the|At the|At this|After the|Following the|Through the)\s+(?:[\w’'-]+\s+){0,3}?(meeting|forum|conference|ceremony|summit|roundtable|session|talks|negotiations|workshop|seminar|symposium|dialogue)\b/i.exec(own)?.[1]?.toLowerCase();
      const byNoun = noun ? [...events].reverse().find((e) => e.name.toLowerCase().includes(noun) || e.mentions.some((m) => m.text.toLowerCase().includes(noun))) : undefined;
      const target = byNoun ?? current;
      if (!target.sentenceIndexes.includes(sentence.index)) target.sentenceIndexes.push(sentence.index);
      current = target;
    }
  }
  return events.map(({ named: _named, ...event }) => event);
}
