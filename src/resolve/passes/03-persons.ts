import type { LocalPerson } from '../../domain/extraction.js';
import type { Description } from '../assemble.js';
import { Clusters, type LocalItem, type MergeGuard } from '../clusters.js';
import { isInitialsForm, parsePersonName } from '../person-name.js';
import { daysBetween, otherForms, preferredForm } from '../text.js';
import { fullsAgree, personFacts, titlesAgree, type PersonFacts } from './person-facts.js';

/** How far from a document's date a title sighting still identifies its holder. */
export const TITLE_WINDOW_DAYS = 365;

/**
 * One node per official. Rules, in order: the same full name (from the name or an alias); the same
 * initials form (`JK Kim` twice); initials that fit exactly one full name (`JK Kim` ~ `Kim
 * Jung-kwan`); a bare surname with a title (`Minister Kim`) that fits exactly one named person who
 * held that title near the document's date. Different given names under one surname never merge.
 */
export function clusterPersons(
  items: readonly LocalItem<LocalPerson>[],
  orgKey: (ref: string) => string | null,
): Clusters<LocalPerson> {
  const clusters = new Clusters(items);
  const facts = new Map(items.map((item) => [item.ref, personFacts(item, (id) => orgKey(`${item.docId}/${id}`))]));
  const factsOf = (members: readonly LocalItem<LocalPerson>[]) => members.map((m) => facts.get(m.ref) as PersonFacts);
  const guard: MergeGuard<LocalPerson> = (left, right) => conflict(factsOf(left), factsOf(right));

  joinOnSameKey(clusters, [...facts.values()], (f) => f.fulls, 'same-name', guard);
  joinOnSameKey(
    clusters,
    [...facts.values()].filter((f) => f.fulls.length === 0),
    (f) => f.initialsKeys,
    'same-name',
    guard,
  );
  joinInitials(clusters, facts, factsOf, guard);
  joinTitles(clusters, facts, factsOf, guard);
  return clusters;
}

function joinOnSameKey(
  clusters: Clusters<LocalPerson>,
  all: readonly PersonFacts[],
  keys: (f: PersonFacts) => readonly string[],
  rule: 'same-name',
  guard: MergeGuard<LocalPerson>,
): void {
  const first = new Map<string, PersonFacts>();
  for (const f of all) {
    for (const key of keys(f)) {
      const seen = first.get(key);
      if (!seen) first.set(key, f);
      else {
        const how = f.name.full === key || isInitialsForm(f.name) ? 'same name' : 'shared alias';
        clusters.union(seen.item.ref, f.item.ref, how === 'same name' ? rule : 'shared-alias', `${how} "${key.replace('|', ' ')}"`, guard);
      }
    }
  }
}

/** `JK Kim` joins the one full name whose surname and given-name initials it repeats. */
function joinInitials(
  clusters: Clusters<LocalPerson>,
  facts: ReadonlyMap<string, PersonFacts>,
  factsOf: (m: readonly LocalItem<LocalPerson>[]) => PersonFacts[],
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
function joinTitles(
  clusters: Clusters<LocalPerson>,
  facts: ReadonlyMap<string, PersonFacts>,
  factsOf: (m: readonly LocalItem<LocalPerson>[]) => PersonFacts[],
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
  factsOf: (m: readonly LocalItem<LocalPerson>[]) => PersonFacts[],
): string[] {
  const orgs = new Set(f.titles.map((t) => t.org).filter(Boolean));
  if (orgs.size === 0) return [...roots];
  return roots.filter((root) => factsOf(clusters.membersOf(root)).some((m) => m.titles.some((t) => t.org && orgs.has(t.org))));
}

/** Why two clusters cannot be one person, or null when they can. */
function conflict(left: readonly PersonFacts[], right: readonly PersonFacts[]): string | null {
  // Distinct names only: a cluster of two thousand `Kim Jung-kwan` mentions has one full name.
  const rightFulls = new Set(right.flatMap((f) => f.fulls));
  for (const a of new Set(left.flatMap((f) => f.fulls))) {
    for (const b of rightFulls) {
      if (!fullsAgree(a, b)) return `different full names "${a}" and "${b}"`;
    }
  }
  const countries = new Set([...left, ...right].map((f) => f.item.entity.country).filter(Boolean));
  if (countries.size > 1) return `different countries ${[...countries].sort().join(', ')}`;
  return null;
}

export function describePerson(members: readonly LocalItem<LocalPerson>[]): Description {
  const names = members.map((m) => m.entity.name);
  const full = names.filter((n) => parsePersonName(n).full !== null);
  const initials = names.filter((n) => isInitialsForm(parsePersonName(n)));
  const resolved = full.length > 0 || initials.length > 0;
  const name = preferredForm(full.length > 0 ? full : initials.length > 0 ? initials : names.map((n, i) => titled(n, members[i] as LocalItem<LocalPerson>)));
  const forms = members.flatMap((m) => [m.entity.name, ...m.entity.aliases]);
  const country = preferredForm(members.map((m) => m.entity.country ?? '').filter(Boolean));
  return {
    discriminator: name,
    perDocument: !resolved,
    name,
    aliases: otherForms(forms, name),
    ...(country ? { country } : {}),
  };
}

/** A bare surname shown with its title, `Minister Kim`, so the node says what it is. */
function titled(name: string, member: LocalItem<LocalPerson>): string {
  const title = member.entity.titles[0];
  return title && !name.includes(' ') ? `${title} ${name}` : name;
}
