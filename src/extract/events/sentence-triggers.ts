import { EVENT_HEADS } from '../lexicons/events.js';
import { eventWords, type EventWord } from './event-words.js';
import { genericTriggers } from './generic-triggers.js';
import { namedTriggers } from './named-triggers.js';
import type { Trigger } from './trigger.js';

// A named trigger needs a word that is a one-word head once its quotes, brackets and punctuation
// are stripped (`Forum,`, `(talks`): most sentences hold none and skip the word-by-word search.
// Unicode case folding keeps this a superset of what `toLowerCase` finds. The character before the
// head is matched, not looked behind at: only whether the sentence holds such a word is asked, and
// a leading lookbehind would be tried at every character of every sentence.
const ONE_WORD_HEADS = [...EVENT_HEADS.keys()].filter((h) => !h.includes(' '));
const MAY_NAME_EVENT = new RegExp(`(?:^|[\\s“"‘(])(?:${ONE_WORD_HEADS.join('|')})(?=[”"’),;:.]*(?:\\s|$))`, 'iu');

/** One sentence's triggers in text order, and its words (worked out once, on first ask). */
export interface SentenceTriggers {
  readonly triggers: readonly Trigger[];
  readonly words: () => readonly EventWord[];
}

/**
 * The named and generic event triggers of one sentence, in text order. Most sentences of a
 * release hold no event head and skip the word-by-word search for named events.
 */
export function sentenceTriggers(sentence: string): SentenceTriggers {
  let words: readonly EventWord[] | null = null;
  const wordsOnce = (): readonly EventWord[] => (words ??= eventWords(sentence));
  const named = MAY_NAME_EVENT.test(sentence) ? namedTriggers(sentence, wordsOnce()) : [];
  const triggers = [...named, ...genericTriggers(sentence, named)].sort((a, b) => a.start - b.start);
  return { triggers, words: wordsOnce };
}
