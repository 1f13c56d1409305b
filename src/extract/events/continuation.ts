import type { Mention } from '../../domain/index.js';
import { CONTINUATION_CUES, GATHERING_HEAD, NEXT_SENTENCE_CUES, SPEAKER_CUES } from '../lexicons/events.js';

/** What continuation needs of an occasion found so far. */
export interface NamedOccasion {
  readonly name: string;
  readonly mentions: readonly Mention[];
}

const OPENING_NOUN =
  /^(?:The|This|During the|At the|At this|After the|Following the|Through the)\s+(?:[\w’'-]+\s+){0,3}?(meeting|forum|conference|ceremony|summit|roundtable|session|talks|negotiations|workshop|seminar|symposium|dialogue|hearing|panel)\b/i;

/**
 * The occasion a sentence without an event of its own goes on about (`The meeting brought
 * together…`, `He joined…`, `Participants included…`): the latest one its opening noun fits
 * (`The forum…` → the latest forum), else `current`. Null when the sentence has no continuation cue.
 * `next` says the sentence comes right after one of `current`'s, where `Han and Weiss discussed…`
 * still speaks of it.
 */
export function continuedOccasion<T extends NamedOccasion>(sentence: string, occasions: readonly T[], current: T, next = false): T | null {
  const gathering = (): boolean => GATHERING_HEAD.test(current.name) || current.mentions.some((m) => GATHERING_HEAD.test(m.text));
  const cued =
    CONTINUATION_CUES.some((cue) => cue.test(sentence)) ||
    (next && NEXT_SENTENCE_CUES.some((cue) => cue.test(sentence))) ||
    // The occasion's own words first: most are no gathering, and the speaker cue scans up to 160 characters.
    (next && gathering() && SPEAKER_CUES.some((cue) => cue.test(sentence)));
  if (!cued) return null;
  const noun = OPENING_NOUN.exec(sentence)?.[1]?.toLowerCase();
  if (!noun) return current;
  for (let i = occasions.length - 1; i >= 0; i--) {
    const o = occasions[i]!;
    if (o.name.toLowerCase().includes(noun) || o.mentions.some((m) => m.text.toLowerCase().includes(noun))) return o;
  }
  return current;
}

/** `At the summit, A and B agreed …`: a sentence set at an occasion by its noun, before a comma. */
const OPENING_SETTING =
  /^(?:At|During)\s+(?:the|this)\s+(?:[\w’'-]+\s+){0,3}?(meeting|forum|conference|ceremony|summit|roundtable|session|talks|dialogue|luncheon|dinner)\s*,/i;

/**
 * The occasion a sentence's opening sets it at (`At the summit, A and B agreed …`): the latest one
 * whose name or words hold that noun, though another occasion was told since (`Earlier that day,
 * A held talks and a luncheon with C`). Null when the sentence opens otherwise or none fits.
 */
export function openingOccasion<T extends NamedOccasion>(sentence: string, occasions: readonly T[]): T | null {
  const noun = OPENING_SETTING.exec(sentence)?.[1]?.toLowerCase();
  if (!noun) return null;
  return occasions.findLast((o) => o.name.toLowerCase().includes(noun) || o.mentions.some((m) => m.text.toLowerCase().includes(noun))) ?? null;
}
