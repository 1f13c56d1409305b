import { isWhiteSpaceCode } from '../../domain/index.js';
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

const NAME_START = /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$|\d{4}$|K-)/u;

/** `“ " ‘ (` before a word, `” " ’ ) , ; : .` after it: what `bare` strips. */
const isLeading = (code: number): boolean => code === 0x201c || code === 0x22 || code === 0x2018 || code === 0x28;
const isTrailing = (code: number): boolean =>
  code === 0x201d || code === 0x22 || code === 0x2019 || code === 0x29 || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2e;
/** `,` `;` `:` `)`. */
const isCloser = (code: number): boolean => code === 0x2c || code === 0x3b || code === 0x3a || code === 0x29;


/** `(“Forum”),` → `Forum`. */
function bareOf(word: string): string {
  let from = 0;
  let to = word.length;
  while (from < to && isLeading(word.charCodeAt(from))) from++;
  while (to > from && isTrailing(word.charCodeAt(to - 1))) to--;
  return from === 0 && to === word.length ? word : word.slice(from, to);
}

interface WordClass {
  readonly capitalised: boolean;
  readonly head: string | null;
}

// The same few thousand words recur across releases, and lower-casing text with curly quotes and
// dashes in it takes V8's slow path: each bare word is classified once. Bounded like fold().
const classes = new Map<string, WordClass>();

function classOf(bare: string): WordClass {
  let known = classes.get(bare);
  if (known === undefined) {
    if (classes.size > 20_000) classes.clear();
    const lower = bare.toLowerCase();
    known = { capitalised: NAME_START.test(bare) && !CALENDAR_WORDS.test(bare), head: EVENT_HEADS.has(lower) ? lower : null };
    classes.set(bare, known);
  }
  return known;
}

/** The sentence's words (runs of non-space) in order, offsets into the sentence. */
export function eventWords(sentence: string): EventWord[] {
  const words: EventWord[] = [];
  let start = 0;
  while (start < sentence.length) {
    if (isWhiteSpaceCode(sentence.charCodeAt(start))) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < sentence.length && !isWhiteSpaceCode(sentence.charCodeAt(end))) end++;
    const text = sentence.slice(start, end);
    const bare = bareOf(text);
    const { capitalised, head } = classOf(bare);
    words.push({ text, start, end, bare, capitalised, head, closes: isCloser(sentence.charCodeAt(end - 1)) });
    start = end;
  }
  return words;
}
