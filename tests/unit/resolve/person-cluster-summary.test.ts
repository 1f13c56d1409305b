import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalPerson } from '../../../src/domain/extraction.js';
import type { LocalItem } from '../../../src/resolve/clusters.js';
import { heldTitleNear, PersonClusterSummaries } from '../../../src/resolve/passes/person-cluster-summary.js';
import { titlesAgree, type PersonFacts } from '../../../src/resolve/passes/person-facts.js';
import { TITLE_WINDOW_DAYS } from '../../../src/resolve/passes/person-window.js';
import { daysBetween } from '../../../src/resolve/text.js';

const TITLES = ['minister', 'trade minister', 'vice minister', 'ambassador', 'director general'];
const date = fc.option(fc.integer({ min: 0, max: 3_000 }).map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)), { freq: 5 });

let counter = 0;
/** Facts of one local person seen on `day` with `titles` (dates come from the item, as personFacts gives them). */
function facts(day: string | null, titles: readonly string[], fulls: readonly string[] = [], country: string | null = null): PersonFacts {
  counter++;
  const entity = { localId: `p${counter}`, label: 'Person', name: 'x', aliases: [], titles: [], positions: [], mentions: [], country } as unknown as LocalPerson;
  const item: LocalItem<LocalPerson> = { ref: `doc:${counter}/p`, docId: `doc:${counter}`, date: day, entity };
  return { item, name: { full: null } as PersonFacts['name'], fulls, initialsKeys: [], surname: 'kim', titles: titles.map((title) => ({ title, date: day, org: null })) };
}

/** The rule as first written: some sighting of the cluster agrees in title and lies within the window. */
function naive(members: readonly PersonFacts[], f: PersonFacts): boolean {
  return members.some((c) =>
    c.titles.some((seen) =>
      f.titles.some((wanted) => titlesAgree(seen.title, wanted.title) && (seen.date === null || f.item.date === null || daysBetween(seen.date, f.item.date) <= TITLE_WINDOW_DAYS)),
    ),
  );
}

describe('PersonClusterSummaries', () => {
  it('answers "held an agreeing title near this date?" exactly as comparing every sighting, as the cluster grows', () => {
    const sighting = fc.tuple(date, fc.subarray(TITLES, { minLength: 1, maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(sighting, { minLength: 1, maxLength: 12 }), fc.array(sighting, { minLength: 1, maxLength: 6 }), (cluster, queries) => {
        const members = cluster.map(([day, titles]) => facts(day, titles));
        const summaries = new PersonClusterSummaries(new Map(members.map((m) => [m.item.ref, m])));
        const items: LocalItem<LocalPerson>[] = [];
        for (const member of members) {
          items.push(member.item);
          for (const [day, titles] of queries) {
            const query = facts(day, titles);
            expect(heldTitleNear(summaries.of(items), query)).toBe(naive(members.slice(0, items.length), query));
          }
        }
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it('keeps the distinct full names, countries and the first full name in member order', () => {
    const members = [facts(null, [], [], 'KR'), facts(null, [], ['kim jung kwan'], 'KR'), facts(null, [], ['kim jung kwan', 'kim jk'])];
    const summaries = new PersonClusterSummaries(new Map(members.map((m) => [m.item.ref, m])));
    const summary = summaries.of(members.map((m) => m.item));
    expect([...summary.fulls]).toEqual(['kim jung kwan', 'kim jk']);
    expect([...summary.countries]).toEqual(['KR']);
    expect(summary.firstFull).toBe('kim jung kwan');
  });
});
