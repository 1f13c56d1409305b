import type { LocalPerson } from '../../domain/extraction.js';
import type { Clusters, LocalItem, MergeGuard } from '../clusters.js';
import { daysBetween } from '../text.js';
import { titlesAgree, type PersonFacts } from './person-facts.js';

/** How far from a document's date a title sighting still identifies its holder. */
export const TITLE_WINDOW_DAYS = 365;

type FactsOf = (members: readonly LocalItem<LocalPerson>[]) => PersonFacts[];

/** `JK Kim` joins the one full name whose surname and given-name initials it repeats. */
export function joinInitials(
  clusters: Clusters<LocalPerson>,
  facts: ReadonlyMap<string, PersonFacts>,
  factsOf: FactsOf,
  guard: MergeGuard<LocalPerson>,
): void {
  const fullByInitials = new Map<string, Set<string>>();
  for (const f of facts.values()) {
    for (const full of f.fulls) {
      const [surname, ...given] = full.split(' ');
      const key = `${surname}|${given.map((w) => w[0]).join('')}`;
      const set = fullByInitials.get(key) ?? new Set<string>();
      set.add(f.item.ref);
      fullByInitials.set(key, set);
    }
  }
  for (const f of facts.values()) {
    if (factsOf(clusters.membersOf(f.item.ref)).some((m) => m.fulls.length > 0)) continue;
    for (const key of f.initialsKeys) {
      const roots = [...new Set([...(fullByInitials.get(key) ?? [])].map((r) => clusters.find(r)))];
      const chosen = roots.length > 1 ? narrowByOrg(roots, f, clusters, factsOf) : roots;
      if (chosen.length === 1) {
        const target = chosen[0] as string;
        const fullName = factsOf(clusters.membersOf(target)).flatMap((m) => m.fulls)[0] ?? '';
        clusters.union(target, f.item.ref, 'initials', `initials "${key.replace('|', ' ')}" fit exactly one full name, "${fullName}"`, guard);
      } else if (roots.length > 1) {
        clusters.keepApart(f.item.ref, `initials "${key.replace('|', ' ')}" fit ${roots.length} people`);
      }
    }
  }
}

/** `Minister Kim` joins the one named Kim seen with an agreeing title within the window of its date. */
export function joinTitles(
  clusters: Clusters<LocalPerson>,
  facts: ReadonlyMap<string, PersonFacts>,
  factsOf: FactsOf,
  guard: MergeGuard<LocalPerson>,
): void {
  const named = new Map<string, Set<string>>();
  for (const f of facts.values()) {
    if (f.surname && (f.fulls.length > 0 || f.initialsKeys.length > 0)) {
      const set = named.get(f.surname) ?? new Set<string>();
      set.add(f.item.ref);
      named.set(f.surname, set);
    }
  }
  for (const f of facts.values()) {
    const cluster = factsOf(clusters.membersOf(f.item.ref));
    if (!f.surname || cluster.some((m) => m.fulls.length > 0 || m.initialsKeys.length > 0)) continue;
    if (f.titles.length === 0) {
      clusters.keepApart(f.item.ref, `bare surname "${f.surname}" with no title to tell who it is`);
      continue;
    }
    const roots = [...new Set([...(named.get(f.surname) ?? [])].map((r) => clusters.find(r)))];
    const fitting = roots.filter((root) => heldTitleNear(factsOf(clusters.membersOf(root)), f));
    const chosen = fitting.length > 1 ? narrowByOrg(fitting, f, clusters, factsOf) : fitting;
    const title = f.titles[0]?.title ?? '';
    if (chosen.length === 1) {
      const target = chosen[0] as string;
      const holder = factsOf(clusters.membersOf(target)).flatMap((m) => m.fulls)[0] ?? target;
      clusters.union(target, f.item.ref, 'title-at-date', `"${title} ${f.surname}" on ${f.item.date ?? 'an undated document'} fits only "${holder}"`, guard);
    } else if (fitting.length > 1) {
      clusters.keepApart(f.item.ref, `"${title} ${f.surname}" fits ${fitting.length} people around ${f.item.date ?? 'an unknown date'}`);
    } else if (roots.length > 0) {
      clusters.keepApart(
        f.item.ref,
        `none of the ${roots.length} named "${f.surname}" was seen as "${title}" within ${TITLE_WINDOW_DAYS} days of ${f.item.date ?? 'an unknown date'}`,
      );
    }
  }
}

function heldTitleNear(candidate: readonly PersonFacts[], f: PersonFacts): boolean {
  return candidate.some((c) =>
    c.titles.some((seen) =>
      f.titles.some(
        (wanted) =>
          titlesAgree(seen.title, wanted.title) &&
          (seen.date === null || f.item.date === null || daysBetween(seen.date, f.item.date) <= TITLE_WINDOW_DAYS),
      ),
    ),
  );
}

/** Among several candidates, those that share an organisation with `f`'s positions. */
function narrowByOrg(
  roots: readonly string[],
  f: PersonFacts,
  clusters: Clusters<LocalPerson>,
  factsOf: FactsOf,
): string[] {
  const orgs = new Set(f.titles.map((t) => t.org).filter(Boolean));
  if (orgs.size === 0) return [...roots];
  return roots.filter((root) => factsOf(clusters.membersOf(root)).some((m) => m.titles.some((t) => t.org && orgs.has(t.org))));
}
