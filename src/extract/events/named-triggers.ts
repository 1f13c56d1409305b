import {
  EVENT_HEADS,
  NAME_CONNECTORS,
  NAME_ONLY_HEADS,
  NAME_OPENERS,
  PLACE_AFTER_HEAD,
  REPORTED_ONLY_HEADS,
  SITTING_NAMES,
  TITLE_WORDS,
  TRAILING_CONNECTORS,
} from '../lexicons/events.js';
import type { EventWord } from './event-words.js';
import { isReported } from './reported.js';
import type { Trigger } from './trigger.js';

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const OPENING_QUOTES = /^[“"‘(]+/;
const CLOSING_MARKS = /[”"’),;:.]+$/;

/** Extends a run from `i` over capitalised words and the connectors between them; a comma or bracket ends it. */
function runEnd(words: readonly EventWord[], i: number): number {
  let j = i;
  while (j + 1 < words.length && !words[j]!.closes) {
    const next = words[j + 1]!;
    if (next.capitalised) j++;
    else if (NAME_CONNECTORS.has(next.bare) && j + 2 < words.length && words[j + 2]!.capitalised && !next.closes) j += 2;
    else break;
  }
  return j;
}

/** After the head a name goes on only through `on`, `of`, `for`: `Meeting on Trade Barriers`, not `Forum in Seoul`. */
function trailingEnd(words: readonly EventWord[], last: number, j: number): number {
  let end = last;
  while (end + 2 <= j && TRAILING_CONNECTORS.has(words[end + 1]!.bare) && !words[end]!.closes) {
    let k = end + 2;
    while (k + 1 <= j && words[k + 1]!.capitalised && !words[k]!.closes) k++;
    end = k;
  }
  return end;
}

/**
 * Capitalised runs that end in an event head, the head capitalised inside the run
 * (`Public-Private Meeting on Strengthening Responses to Trade Barriers`) or lower case right after
 * it (`the Korea–UAE summit`, `the 51st Trade Promotion Committee meeting`). A run holding a title
 * word is a post (`Director-General for FTA Negotiations`), not an occasion.
 */
export function namedTriggers(sentence: string, words: readonly EventWord[]): Trigger[] {
  const found: Trigger[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.capitalised || NAME_OPENERS.test(words[i]!.bare)) {
      i++;
      continue;
    }
    // `Meeting Deputy Prime Minister X in Davos, Minister Y discussed …`: a participle opening the
    // sentence, the verb row's (lexicons/events.ts), not a lone head naming an occasion.
    if (i === 0 && words[0]!.bare === 'Meeting' && words[1]?.capitalised && !words[0]!.closes) {
      i++;
      continue;
    }
    const j = runEnd(words, i);
    let last = -1;
    for (let k = i; k <= j; k++) if (words[k]!.head && UPPER_START.test(words[k]!.bare)) last = k;
    let end = j;
    const after = words[j + 1];
    if (
      after?.head &&
      !words[j]!.closes &&
      LOWER_START.test(after.text) &&
      !NAME_ONLY_HEADS.has(after.head) &&
      !PLACE_AFTER_HEAD.test(sentence.slice(after.end))
    ) {
      last = j + 1;
      end = j + 1;
    } else if (last >= 0) {
      end = trailingEnd(words, last, j);
    }
    if (last >= 0 && !words.slice(i, end + 1).some((w) => TITLE_WORDS.test(w.bare))) {
      const raw = sentence.slice(words[i]!.start, words[end]!.end);
      const lead = OPENING_QUOTES.exec(raw)?.[0].length ?? 0;
      const text = raw.slice(lead).replace(CLOSING_MARKS, '');
      const start = words[i]!.start + lead;
      const head = words[last]!.head!;
      // A lone capitalised head (`This Forum was organized`) refers back; it names nothing new.
      const lone = end === i;
      const reported = isReported(sentence, start, start + text.length);
      const sitting = SITTING_NAMES.get(head)?.test(text) ?? true;
      if (sitting && (reported || !REPORTED_ONLY_HEADS.has(head))) {
        found.push({
          name: lone ? null : text,
          head,
          kind: EVENT_HEADS.get(head)!,
          definite: lone,
          reported,
          counterpart: false,
          start,
          end: start + text.length,
        });
      }
    }
    i = Math.max(end, j) + 1;
  }
  return found;
}
