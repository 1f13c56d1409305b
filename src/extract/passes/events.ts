import { type EventKind, type Mention, slug } from '../../domain/index.js';
import type { AnalysedText } from '../analysed-text.js';
import type { ResolvedDate } from '../dates/index.js';
import { inheritDates } from '../events/inherit-dates.js';
import { textDates } from '../events/text-dates.js';
import {
  assignDates,
  continuedOccasion,
  findLocation,
  locationCountry,
  openingOccasion,
  refineKind,
  separateList,
  sentenceTriggers,
  uniqueKey,
  type Trigger,
} from '../events/index.js';
import { countriesBySentence, type CountryMention } from './countries.js';
import { ANOTHER_TIME, GATHERING_HEAD, PLANNED_BEFORE, TIME_SHIFT } from '../lexicons/events.js';

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
  /**
   * `met separately with A and B`: where the counterparts met one by one are listed (document
   * offsets), so each becomes an occasion of its own; null when those present met together.
   */
  readonly separately: { readonly sentenceIndex: number; readonly start: number; readonly end: number; readonly minimum: number } | null;
  /**
   * `summit talks between A and B`: the spans (document offsets) that list this occasion's people
   * in a sentence; the people in them belong to it alone, and it takes no one else from that sentence.
   */
  readonly between: readonly { readonly sentenceIndex: number; readonly start: number; readonly end: number }[];
  /**
   * `President A met B, and she also held talks with C`: the clause (document offsets) of a sentence
   * that reports meetings with different counterparts clause by clause; the people in it are this
   * occasion's alone, and it also takes those named before the first clause (the subject).
   */
  readonly clauses: readonly { readonly sentenceIndex: number; readonly start: number; readonly end: number }[];
  /**
   * Sentences that only name this occasion as the setting of another they report (`met X on the
   * margins of the APEC Leaders' Meeting`, `to mark the anniversary of the Korea–Japan summit`):
   * the people of those sentences are the other occasion's.
   */
  readonly settingIn: readonly number[];
}

/**
 * Where a clause starts between two meeting triggers of one sentence (`met A, and she also held
 * talks with B`, `was welcomed by A and held talks with B`): offset into the sentence of the last
 * comma, semicolon or `and` before a verb; null when the second trigger is in the first's clause.
 */
function clauseBreak(sentence: string, from: number, to: number): number | null {
  let at: number | null = null;
  for (const m of sentence.slice(from, to).matchAll(CLAUSE_BREAK)) at = from + m.index;
  return at;
}

/**
 * `After his summit with A, the Crown Prince met B`: the first meeting is the noun of an opening
 * phrase before the subject, who took part in both; its clause is not the first of a list. (`In
 * Addis Ababa she met A, …, where she met B` opens on a place, and the subject comes first.)
 */
const OPENING_ADVERBIAL = /^(?:After|Following|During|At|In|Before|Ahead of)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?!(?:he|she|they|we)\s)[\w’'-]+\s+){0,3}$/;

/**
 * `held talks with Y and signed an MOU`, `met Y on the same day and signed …`: a signing verb
 * joined by `and` to the clause of a meeting with a counterpart, with no subject of its own;
 * `gap` is the text between the meeting's trigger and the signing verb.
 */
const signedInMeetingClause = (trigger: Trigger, gap: string): boolean =>
  trigger.kind === 'signing' && !trigger.name && !trigger.definite && !trigger.counterpart && SAME_SUBJECT_SIGNING.test(gap);

/** The gap ends on `and` (`… with Y and signed`), with no clause break or verb of another subject before it. */
const SAME_SUBJECT_SIGNING = /^[^,;]*\sand\s+(?:also\s+|then\s+|later\s+)?$/;

/** `, and`, `; `, `, where`, or `and` before a meeting verb (`and held talks with`). */
const CLAUSE_BREAK = /[,;]\s|\sand\s+(?=(?:also\s+|then\s+|later\s+)?(?:held|had|met|paid|visited|called|sat|spoke|talked|received|hosted)\b)/g;

/**
 * A verb two named subjects share (`B and C announced`, `B and C discussed`), no event noun and no
 * counterpart after it, in the sentence right after one that reports a gathering (`the Business
 * Roundtable`, `a forum`).
 */
function jointActAtGathering(trigger: Trigger, current: Draft, sentenceIndex: number): boolean {
  if (trigger.name !== null || trigger.head !== 'meeting' || trigger.counterpart) return false;
  if (current.sentenceIndexes.at(-1) !== sentenceIndex - 1) return false;
  return GATHERING_HEAD.test(current.name) || current.mentions.some((m) => GATHERING_HEAD.test(m.text));
}

/** `2025-11-18`; a date the text gives to the month only (`in March 2019`) is `2019-03`. */
const ISO_DAY_LENGTH = 10;

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
  separately: EventFinding['separately'];
  between: { sentenceIndex: number; start: number; end: number }[];
  clauses: { sentenceIndex: number; start: number; end: number }[];
  settingIn: number[];
  /** Told in passing as of another time (`after A and B declared it last November`): no later `talks` is more of it. */
  past: boolean;
  /** The slug of a named event's name, to merge its repeated mentions; null for a generic one. */
  slug: string | null;
}

/**
 * The occasion already found that a trigger speaks of: a named event by its name; `this Forum`
 * the one under way; `the meeting`, `signed the MOU` without a new date the latest of its kind.
 */
function earlierOccasion(
  trigger: Trigger,
  kind: EventKind,
  when: ResolvedDate | null,
  sentenceIndex: number,
  events: readonly Draft[],
  current: Draft | undefined,
): Draft | undefined {
  if (trigger.name) {
    const wanted = slug(trigger.name);
    return events.find((e) => e.slug === wanted);
  }
  // `after summit talks between A and B`: an occasion of those two, whatever came before it.
  if (trigger.between) return undefined;
  // `Negotiations were launched in June 2021`: an occasion dated by another month is its own.
  if (when !== null && when.date.length < ISO_DAY_LENGTH) return events.find((e) => e.kind === kind && e.date === when.date);
  // `held that summit in Tokyo on March 16, 2023`: the summit of another day is not the one under way.
  // `On the 18th, she spoke at the plenary session`: a dated occasion of another kind is not the undated one under way.
  const undatedOfAnotherKind = when !== null && current?.date === null && current.kind !== kind;
  // `The signing followed summit talks between A and B, and the two leaders witnessed the ceremony`:
  // the ceremony is the signing told before, not the talks under way.
  if (trigger.definite && CEREMONIAL.has(kind) && current && !CEREMONIAL.has(current.kind)) {
    const ceremony = events.findLast((e) => CEREMONIAL.has(e.kind) && !e.past && (when === null || e.date === null || e.date === when.date));
    if (ceremony) return ceremony;
  }
  if (trigger.definite && current && !undatedOfAnotherKind && (when === null || current.date === null || current.date === when.date)) return current;
  if (when !== null && current?.date !== when.date) return undefined;
  const sameKind = events.findLast((e) => e.kind === kind && !e.past);
  const candidate = trigger.definite ? (current ?? sameKind) : sameKind;
  // `He first met X. … Ahn then met Y.`, `On the same day, he held talks with Z`: each clause
  // with a named counterpart is a meeting of its own, even on the same day.
  if (trigger.counterpart && candidate && !candidate.sentenceIndexes.includes(sentenceIndex)) return undefined;
  return candidate && (when === null || candidate.date === null || candidate.date === when.date) ? candidate : undefined;
}

/** Kinds of occasion that `the ceremony` or `the signing` may speak of. */
const CEREMONIAL: ReadonlySet<EventKind> = new Set(['signing', 'ceremony']);

const addSentence = (draft: Draft, index: number): void => {
  if (!draft.sentenceIndexes.includes(index)) draft.sentenceIndexes.push(index);
};

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
  const bySentence = countriesBySentence(countries);
  let current: Draft | undefined;
  for (const sentence of text.sentences) {
    const own = sentence.text;
    const { triggers, words } = sentenceTriggers(own);
    const dates = assignDates(own, triggers, releaseDate);
    const shifted = TIME_SHIFT.test(own.trimStart());
    const sentenceCountries = bySentence.get(sentence.index) ?? [];
    const spans = triggers.map((t) => [t.start, t.end] as const);
    let touched = false;
    // The sentence tells an occasion of another time (`Upgrade talks began in January 2024; the chief
    // negotiators were A and B`): the people it names are that one's, not the current occasion's.
    let toldInPassing = false;
    // A named occasion the sentence does not report, beside a meeting it does report: the setting.
    // A signing is left out: it is usually part of the occasion named (`signed on the occasion of the X Summit`).
    const meetingReported = triggers.some((t) => t.name === null && t.reported && t.kind !== 'signing');
    // Where each clause with a counterpart of its own starts, and the occasion it reports.
    const clauses: { start: number; target: Draft }[] = [];
    let lastWithCounterpart: Trigger | undefined;
    for (const trigger of triggers) {
      const when = dates.get(trigger) ?? null;
      // `met A, and she also held talks with B`: a new clause with a counterpart of its own is another meeting.
      const clauseStart =
        lastWithCounterpart && trigger.counterpart && !trigger.between && !trigger.name && !OPENING_ADVERBIAL.test(own.slice(0, clauses[0]?.start ?? 0))
          ? clauseBreak(own, lastWithCounterpart.end, trigger.start)
          : null;
      // A meeting with someone named is a bilateral unless the sentence says otherwise.
      const suggested = trigger.counterpart && trigger.kind === 'other' ? 'bilateral' : trigger.kind;
      const kind = refineKind(suggested, trigger.name ?? trigger.head, own, sentenceCountries);
      // `The following day, he met …`: a sentence that moves the story on starts a new occasion.
      let target = shifted && !trigger.name ? undefined : earlierOccasion(trigger, kind, when, sentence.index, events, current);
      // `At the summit, A and B agreed …`: the occasion the opening names, not the one told last.
      const opened = trigger.name || trigger.between || trigger.counterpart ? null : openingOccasion(own, events);
      if (opened && (when === null || opened.date === null || opened.date === when.date)) target = opened;
      // `Presidents A and B agreed to pursue the talks at their summit last year`: a sentence set
      // at another time reports an occasion of its own, not more of the one under way.
      const elsewhen = when === null || when.date !== target?.date;
      // `Negotiations resumed in 2022, when A and B signed the terms`: the earlier sentences' signing
      // is not this one, even when another trigger of this sentence became the one under way first.
      if (target && !trigger.name && elsewhen && ANOTHER_TIME.test(own) && !target.sentenceIndexes.includes(sentence.index)) target = undefined;
      if (clauseStart !== null && target === clauses.at(-1)?.target) target = undefined;
      // `X held talks with Y and signed an MOU`: the signing the same subject goes on to is part of
      // those talks, not the ceremony an earlier sentence told.
      const meeting = clauses.at(-1)?.target;
      if (meeting && lastWithCounterpart && signedInMeetingClause(trigger, own.slice(lastWithCounterpart.end, trigger.start))) target = meeting;
      // `A attended the Business Roundtable. B and C announced a joint fund.`: two people acting
      // together in the sentence right after a gathering's, at no time of its own, act at it.
      if (!target && !shifted && when === null && current && jointActAtGathering(trigger, current, sentence.index)) target = current;
      if (!target) {
        const location = findLocation(own, words(), trigger.end, spans);
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
          country: locationCountry(location?.text ?? null, sentenceCountries),
          sentenceIndexes: [],
          mentions: [],
          separately: null,
          between: [],
          clauses: [],
          settingIn: [],
          past: trigger.aside === true || (current !== undefined && ANOTHER_TIME.test(own)),
          slug: trigger.name !== null ? slug(name) : null,
        };
        events.push(target);
      } else if (target.date === null && when) {
        target.date = when.date;
        target.endDate = when.endDate;
      }
      // `will hold the first round this month`: the occasion is kept, but no one has met at it yet.
      const planned = !trigger.name && trigger.kind !== 'signing' && PLANNED_BEFORE.test(own.slice(Math.max(0, trigger.start - 240), trigger.start));
      const setting = planned || (meetingReported && trigger.name !== null && !trigger.reported);
      if (setting && !target.sentenceIndexes.includes(sentence.index)) target.settingIn.push(sentence.index);
      if (!setting) target.settingIn = target.settingIn.filter((i) => i !== sentence.index);
      addSentence(target, sentence.index);
      if (trigger.counterpart && !trigger.between && !trigger.name) {
        if (clauses.length === 0) clauses.push({ start: trigger.start, target });
        else if (clauseStart !== null && clauses.at(-1)!.target !== target) clauses.push({ start: clauseStart, target });
        lastWithCounterpart = trigger;
      }
      const list = target.separately ? null : separateList(own, trigger.start, trigger.end);
      if (list) target.separately = { sentenceIndex: sentence.index, start: sentence.start + list.start, end: sentence.start + list.end, minimum: list.minimum };
      if (trigger.between) target.between.push({ sentenceIndex: sentence.index, start: sentence.start + trigger.between.start, end: sentence.start + trigger.between.end });
      target.mentions.push({
        text: own.slice(trigger.start, trigger.end),
        start: sentence.start + trigger.start,
        end: sentence.start + trigger.end,
        sentenceIndex: sentence.index,
      });
      // `… after A and B declared the conclusion last November`: a past occasion told in passing
      // does not become the one the following sentences go on about.
      // `…, after former Minister A met business leaders in January 2014`: an occasion of another
      // month told in passing is not the one the next sentences go on about either.
      // `Minister A and Minister B discussed the follow-up to the summit between President C and
      // President D`: an occasion of two others, named after the one the sentence reports, is told
      // in passing too.
      const passing =
        current !== undefined &&
        current !== target &&
        (ANOTHER_TIME.test(own) || (when !== null && when.date.length < ISO_DAY_LENGTH) || (touched && trigger.between != null));
      if ((trigger.reported || when) && !setting && !trigger.aside && !passing) {
        current = target;
        touched = true;
      } else if (passing) {
        toldInPassing = true;
        // `…after the telephone conversation between A and B in April`: no later `agreed` is more of it.
        target.past = true;
      }
    }
    if (clauses.length > 1) {
      clauses.forEach((clause, i) => {
        const end = clauses[i + 1]?.start ?? own.length;
        clause.target.clauses.push({ sentenceIndex: sentence.index, start: sentence.start + clause.start, end: sentence.start + end });
      });
    }
    // `… after A and B declared the conclusion last November`: an earlier occasion, not more of this one.
    if (!touched && !toldInPassing && current && !ANOTHER_TIME.test(own)) {
      const target = continuedOccasion(own, events, current, current.sentenceIndexes.at(-1) === sentence.index - 1);
      if (target) {
        addSentence(target, sentence.index);
        current = target;
      }
    }
  }
  // The words of an occasion's first sentence before its first trigger: `the previous day and had dinner with`.
  const leadIn = (e: Draft): string => {
    const m = e.mentions[0];
    const s = m ? text.sentences[m.sentenceIndex] : undefined;
    return m && s ? s.text.slice(0, m.start - s.start) : '';
  };
  inheritDates(events, (i) => text.sentences[i]?.text ?? '', textDates(text.sentences.map((x) => x.text), releaseDate), leadIn);
  return events.map(({ slug: _slug, past: _past, ...event }) => event);
}
