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

/** `JSON.stringify(answer)`, by the answer's own writer when it has one. */
export function answerJson(answer: unknown): string {
  const write = typeof answer === 'object' && answer !== null ? writers.get(answer) : undefined;
  return write ? write(answer as never) : JSON.stringify(answer);
}
