import { foldName } from '../domain/index.js';

const cache = new Map<string, string>();

/**
 * `foldName`, remembered: the passes fold the same few hundred names over and over, and folding
 * normalises Unicode twice. The cache is dropped when it grows past a bound.
 */
export function fold(name: string): string {
  let folded = cache.get(name);
  if (folded === undefined) {
    if (cache.size > 20_000) cache.clear();
    folded = foldName(name);
    cache.set(name, folded);
  }
  return folded;
}
