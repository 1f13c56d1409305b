import type { GraphStore } from '../domain/index.js';

const memos = new WeakMap<GraphStore, Map<string, Promise<unknown>>>();

/**
 * Something derived from a whole store (a country's sorted lists), computed once and kept until
 * forgetDerived — only for the embedded store, whose graph changes only through QueryService.load.
 * Neo4j can be written by another process, so it is asked afresh each time.
 */
export function derived<T>(store: GraphStore, key: string, compute: () => Promise<T>): Promise<T> {
  return store.backend === 'embedded' ? keptUntilLoad(store, key, compute) : compute();
}

/**
 * Like derived, but kept on every backend: what is read from the store once per load even on
 * Neo4j (the name and text search indexes, the analytics facts), because reading it per question
 * would cost a round trip per node. Dropped by forgetDerived like the rest.
 */
export function keptUntilLoad<T>(store: GraphStore, key: string, compute: () => Promise<T>): Promise<T> {
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

/** Drops everything derived from or kept for a store (call after store.load). */
export function forgetDerived(store: GraphStore): void {
  memos.delete(store);
}
