import type { StoreBackend } from '../domain/index.js';

/**
 * Answers that can write their own JSON text: an answer made mostly of the presenters' shared
 * objects is put together from those objects' texts kept once (keptJson) instead of being
 * serialised whole. The writer must give exactly `JSON.stringify(answer)`, and the answer must not
 * change after it is registered; anything else is serialised as ever.
 */
const writers = new WeakMap<object, (answer: never) => string>();

/** Registers `write` as the way to `answer`'s JSON text; returns the answer. */
export function withJsonText<T extends object>(answer: T, write: (answer: T) => string): T {
  writers.set(answer, write as (answer: never) => string);
  return answer;
}

/**
 * Registers `write` for an answer of the embedded store, whose summaries, references and sentences
 * are kept objects with texts worth reusing; Neo4j's answers are fresh objects each time, so they
 * are serialised as ever.
 */
export function withKeptJsonText<T extends object>(backend: StoreBackend, answer: T, write: (answer: T) => string): T {
  return backend === 'embedded' ? withJsonText(answer, write) : answer;
}

/** `JSON.stringify(answer)`, by the answer's own writer when it has one. */
export function answerJson(answer: unknown): string {
  const write = typeof answer === 'object' && answer !== null ? writers.get(answer) : undefined;
  return write ? write(answer as never) : JSON.stringify(answer);
}
