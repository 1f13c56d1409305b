/**
 * Groups items by a key, keeping input order inside each group and first-seen order of the keys
 * (Node 20 has no Map.groupBy).
 */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) appendTo(groups, key(item), item);
  return groups;
}

/** Adds `item` to the end of `key`'s list in `groups`, starting the list if there is none (for an item filed under several keys). */
export function appendTo<K, T>(groups: Map<K, T[]>, key: K, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/**
 * Adds `position` to `key`'s list in `index` unless it is already that list's last one: items
 * visited in ascending position, each filed under any number of keys (a key met twice in one item
 * counts once), give every key an ascending list of distinct positions — a posting list.
 */
export function appendPosting<K>(index: Map<K, number[]>, key: K, position: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}
