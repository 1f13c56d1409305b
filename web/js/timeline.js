// @ts-check
/** A country's timeline grouped for the panel. Pure: no DOM. */

/**
 * Groups timeline entries by year, newest year first, undated last; entries keep their order.
 * @template {{ readonly date: string | null }} E
 * @param {readonly E[]} entries
 * @returns {[string, E[]][]} `[year or 'Undated', entries]`
 */
export function byYear(entries) {
  /** @type {Map<string, E[]>} */
  const groups = new Map();
  for (const entry of entries) {
    const year = entry.date ? entry.date.slice(0, 4) : 'Undated';
    const group = groups.get(year);
    if (group) group.push(entry);
    else groups.set(year, [entry]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === 'Undated' ? 1 : b === 'Undated' ? -1 : b.localeCompare(a)));
}
