import type { GraphStore } from '../domain/index.js';

const memos = new WeakMap<GraphStore, Map<string, Promise<unknown>>>();

/**
 * Something derived from a whole store (a country's sorted lists), computed once and kept until
 * forgetDerived — only for the embedded store, whose graph changes only through QueryService.load.
 * Neo4j can be written by another process, so it is asked afresh each time.
 */
export function derived<T>(store: GraphStore, key: string, compute: () => Promise<T>): Promise<T> {
  if (store.backend !== 'embedded') return compute();
  let memo = memos.get(store);
  if (!memo) memos.set(store, (memo = new Map()));
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    memo.set(key, value);
    const kept = memo;
    value.catch(() => kept.delete(key));
  }
  return value;
}

/** Drops everything derived from a store (call after store.load). */
export function forgetDerived(store: GraphStore): void {
  memos.delete(store);
}
