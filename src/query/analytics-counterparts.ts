import type { GraphStore } from '../domain/index.js';
import { activityFacts } from './analytics-facts.js';
import { occasionIndex } from './analytics-occasion-index.js';
import { summarize } from './presenters.js';
import { requireNode } from './require-node.js';
import type { Counterparts } from './types.js';

export const DEFAULT_COUNTERPARTS_LIMIT = 20;

/**
 * The people a person met most often: distinct meeting days per counterpart (a MET edge no
 * sentence dates is one meeting), with the first and last day and the edges; the top `limit`.
 */
export async function counterparts(store: GraphStore, personId: string, limit = DEFAULT_COUNTERPARTS_LIMIT): Promise<Counterparts> {
  const person = await requireNode(store, personId, 'Person');
  const facts = await activityFacts(store);
  const byOther = new Map<string, { days: Set<string>; undated: boolean; edgeIds: Set<string> }>();
  for (const occasion of occasionIndex(facts).byPerson.get(personId) ?? []) {
    const [a, b] = occasion.people;
    const other = a === personId ? b : a;
    const entry = byOther.get(other) ?? { days: new Set<string>(), undated: false, edgeIds: new Set<string>() };
    if (occasion.date) entry.days.add(occasion.date);
    else entry.undated = true;
    entry.edgeIds.add(occasion.edgeId);
    byOther.set(other, entry);
  }
  // Ranked on ids and days first, so only the shown people are read and summarised: a minister of
  // the 1000× graph met thousands. The occasions' people are a MET edge's ends, so all are stored nodes.
  const ranked = [...byOther].map(([id, entry]) => {
    const days = [...entry.days].sort();
    return { id, meetings: days.length + (entry.undated && days.length === 0 ? 1 : 0), firstDate: days[0] ?? null, lastDate: days[days.length - 1] ?? null, edgeIds: entry.edgeIds };
  });
  ranked.sort((x, y) => y.meetings - x.meetings || (y.lastDate ?? '').localeCompare(x.lastDate ?? '') || (x.id < y.id ? -1 : 1));
  const shown = ranked.slice(0, limit);
  const people = new Map((await store.getNodes(shown.map((row) => row.id))).map((node) => [node.id, node]));
  const rows = shown
    .filter((row) => people.has(row.id))
    .map(({ id, meetings, firstDate, lastDate, edgeIds }) => ({ person: summarize(people.get(id)!), meetings, firstDate, lastDate, edgeIds: [...edgeIds].sort() }));
  return { person: summarize(person), total: ranked.length, counterparts: rows };
}
