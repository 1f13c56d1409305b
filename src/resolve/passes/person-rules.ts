import type { LocalPerson } from '../../domain/index.js';
import type { Clusters, MergeGuard } from '../clusters.js';
import { dayOf, heldTitleNear, type PersonClusterSummaries } from './person-cluster-summary.js';
import type { PersonFacts } from './person-facts.js';
export { TITLE_WINDOW_DAYS } from './person-window.js';

/** `JK Kim` joins the one full name whose surname and given-name initials it repeats. */
export function joinInitials(
  clusters: Clusters<LocalPerson>,
  facts: ReadonlyMap<string, PersonFacts>,
  summaries: PersonClusterSummaries,
  guard: MergeGuard<LocalPerson>,
): void {
  // Roots, not refs: one official named in thousands of releases is one candidate, not thousands.
  // Full-named clusters never merge with each other here, so these stay the candidates (renamed by find).
  const fullByInitials = new Map<string, Set<string>>();
  for (const f of facts.values()) {
    for (const full of f.fulls) {
      const [surname, ...given] = full.split(' ');
      const key = `${surname}|${given.map((w) => w[0]).join('')}`;
      const set = fullByInitials.get(key) ?? new Set<string>();
      set.add(clusters.find(f.item.ref));
      fullByInitials.set(key, set);
    }
  }
  for (const f of facts.values()) {
    if (summaries.of(clusters.membersOf(f.item.ref)).fulls.size > 0) continue;
    for (const key of f.initialsKeys) {
      const roots = [...new Set([...(fullByInitials.get(key) ?? [])].map((r) => clusters.find(r)))];
      const chosen = roots.length > 1 ? narrowByOrg(roots, f, clusters, summaries) : roots;
      if (chosen.length === 1) {
        const target = chosen[0] as string;
        const fullName = summaries.of(clusters.membersOf(target)).firstFull ?? '';
        clusters.union(target, f.item.ref, 'initials', `initials "${key.replace('|', ' ')}" fit exactly one full name, "${fullName}"`, guard);
      } else if (roots.length > 1) {
        clusters.keepApart(f.item.ref, `initials "${key.replace('|', ' ')}" fit ${roots.length} people`);
      }
    }
  }
}

/** `Minister Kim` joins the one named Kim seen with an agreeing title within `windowDays` of its date. */
export function joinTitles(
  clusters: Clusters<LocalPerson>,
  facts: ReadonlyMap<string, PersonFacts>,
  summaries: PersonClusterSummaries,
  guard: MergeGuard<LocalPerson>,
  windowDays: number,
): void {
  const isNamed = (ref: string): boolean => {
    const summary = summaries.of(clusters.membersOf(ref));
    return summary.fulls.size > 0 || summary.hasInitials;
  };
  // Named clusters per surname; they never merge with each other here, so the count is fixed.
  const named = new Map<string, Set<string>>();
  for (const f of facts.values()) {
    if (f.surname && (f.fulls.length > 0 || f.initialsKeys.length > 0)) {
      const set = named.get(f.surname) ?? new Set<string>();
      set.add(clusters.find(f.item.ref));
      named.set(f.surname, set);
    }
  }
  const sightings = new SightingIndex(windowDays);
  for (const [surname, roots] of named) {
    for (const root of roots) for (const member of clusters.membersOf(root)) sightings.add(surname, root, facts.get(member.ref)!);
  }
  for (const f of facts.values()) {
    if (!f.surname || isNamed(f.item.ref)) continue;
    if (f.titles.length === 0) {
      clusters.keepApart(f.item.ref, `bare surname "${f.surname}" with no title to tell who it is`);
      continue;
    }
    const rootCount = named.get(f.surname)?.size ?? 0;
    const candidates = [...new Set(sightings.candidates(f.surname, f).map((r) => clusters.find(r)))];
    const fitting = candidates.filter((root) => heldTitleNear(summaries.of(clusters.membersOf(root)), f, windowDays));
    const chosen = fitting.length > 1 ? narrowByOrg(fitting, f, clusters, summaries) : fitting;
    const title = f.titles[0]?.title ?? '';
    if (chosen.length === 1) {
      const target = chosen[0] as string;
      const holder = summaries.of(clusters.membersOf(target)).firstFull ?? target;
      if (clusters.union(target, f.item.ref, 'title-at-date', `"${title} ${f.surname}" on ${f.item.date ?? 'an undated document'} fits only "${holder}"`, guard)) {
        sightings.add(f.surname, target, f);
      }
    } else if (fitting.length > 1) {
      clusters.keepApart(f.item.ref, `"${title} ${f.surname}" fits ${fitting.length} people around ${f.item.date ?? 'an unknown date'}`);
    } else if (rootCount > 0) {
      clusters.keepApart(
        f.item.ref,
        `none of the ${rootCount} named "${f.surname}" was seen as "${title}" within ${windowDays} days of ${f.item.date ?? 'an unknown date'}`,
      );
    }
  }
}

/**
 * Which clusters were seen with a title sharing a word with a given one, by surname and window of
 * the title window: agreeing titles always share a word (one's words are all in the other's), and
 * a sighting within the window of a date lies in that date's window or a neighbour. Candidates are
 * then checked exactly, so the index only saves looking at every official of a common surname.
 */
class SightingIndex {
  private readonly byKey = new Map<string, Set<string>>();

  constructor(private readonly windowDays: number) {}

  add(surname: string, root: string, f: PersonFacts): void {
    for (const sighting of f.titles) {
      const day = sighting.date === null ? NaN : dayOf(sighting.date);
      const slots = sighting.date === null ? ['undated', 'any'] : Number.isNaN(day) ? ['any'] : [`w${Math.floor(day / this.windowDays)}`, 'any'];
      for (const word of sighting.title.split(' ')) for (const slot of slots) this.put(`${surname}|${word}|${slot}`, root);
    }
  }

  candidates(surname: string, f: PersonFacts): string[] {
    const date = f.item.date;
    const day = date === null ? NaN : dayOf(date);
    let slots: string[];
    if (date === null) slots = ['any'];
    else if (Number.isNaN(day)) slots = ['undated'];
    else {
      const window = Math.floor(day / this.windowDays);
      slots = ['undated', `w${window - 1}`, `w${window}`, `w${window + 1}`];
    }
    const found: string[] = [];
    for (const wanted of f.titles) {
      for (const word of wanted.title.split(' ')) {
        for (const slot of slots) for (const root of this.byKey.get(`${surname}|${word}|${slot}`) ?? []) found.push(root);
      }
    }
    return found;
  }

  private put(key: string, root: string): void {
    const set = this.byKey.get(key);
    if (set) set.add(root);
    else this.byKey.set(key, new Set([root]));
  }
}

/** Among several candidates, those that share an organisation with `f`'s positions. */
function narrowByOrg(roots: readonly string[], f: PersonFacts, clusters: Clusters<LocalPerson>, summaries: PersonClusterSummaries): string[] {
  const orgs = new Set(f.titles.map((t) => t.org).filter((o): o is string => Boolean(o)));
  if (orgs.size === 0) return [...roots];
  return roots.filter((root) => {
    const held = summaries.of(clusters.membersOf(root)).orgs;
    return [...orgs].some((org) => held.has(org));
  });
}
