import type { Result, Session } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { runWithoutStack } from '../../../../src/store/neo4j/run-without-stack.js';

/** A session whose run() reports the stack-trace limit it ran under, or throws. */
function sessionSeeing(seen: number[], fail = false): Session {
  return {
    run: (statement: string, params: Record<string, unknown>) => {
      seen.push(Error.stackTraceLimit);
      if (fail) throw new Error('refused');
      return { statement, params } as unknown as Result;
    },
  } as unknown as Session;
}

describe('runWithoutStack', () => {
  it('runs the statement with its parameters while no stack frames are captured', () => {
    const seen: number[] = [];
    const result = runWithoutStack(sessionSeeing(seen), 'RETURN $x', { x: 1 });
    expect(result).toEqual({ statement: 'RETURN $x', params: { x: 1 } });
    expect(seen).toEqual([0]);
  });

  it('restores the stack-trace limit afterwards, also when run throws', () => {
    const before = Error.stackTraceLimit;
    runWithoutStack(sessionSeeing([]), 'RETURN 1');
    expect(Error.stackTraceLimit).toBe(before);
    expect(() => runWithoutStack(sessionSeeing([], true), 'RETURN 1')).toThrow('refused');
    expect(Error.stackTraceLimit).toBe(before);
  });
});
