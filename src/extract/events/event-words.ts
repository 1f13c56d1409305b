import { CALENDAR_WORDS, EVENT_HEADS } from '../lexicons/events.js';

/**
 * A whitespace-separated word of a sentence, with what the event passes ask of it worked out once:
 * `(Korea–UAE`, bare `Korea–UAE`, capitalised, no head; `Forum,`, bare `Forum`, head `forum`, closes.
 */
export interface EventWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Without the quotes, brackets and punctuation around it. */
  readonly bare: string;
  /** Starts a name: a capital, `51st`, `2025`, `K-`, and no month or weekday. */
  readonly capitalised: boolean;
  /** The lower-case event head it is (`forum`, `talks`), or null. */
  readonly head: string | null;
  /** Ends in `,`, `;`, `:` or `)`: a name runs no further. */
  readonly closes: boolean;
}

const LEADING = /^[“"‘(]+/;
const TRAILING = /[”"’),;:.]+$/;
const NAME_START = /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$|\d{4}$|K-)/u;
const CLOSES = /[,;:)]$/;

/** `(“Forum”),` → `Forum`. */
export const bare = (word: string): string => word.replace(LEADING, '').replace(TRAILING, '');

const WORD = /\S+/g;

/** The sentence's words in order, offsets into the sentence. */
export function eventWords(sentence: string): EventWord[] {
  const words: EventWord[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const text = m[0];
    const b = bare(text);
    const lower = b.toLowerCase();
    words.push({
      text,
      start: m.index,
      end: m.index + text.length,
      bare: b,
      capitalised: NAME_START.test(b) && !CALENDAR_WORDS.test(b),
      head: EVENT_HEADS.has(lower) ? lower : null,
      closes: CLOSES.test(text),
    });
  }
  return words;
}
