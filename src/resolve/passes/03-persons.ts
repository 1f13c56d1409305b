import type { LocalPerson } from '../../domain/index.js';
import type { Description } from '../assemble.js';
import { Clusters, type LocalItem, type MergeGuard } from '../clusters.js';
import { isInitialsForm } from '../person-name.js';
import { otherForms, preferredForm } from '../text.js';
import { PersonClusterSummaries, type PersonClusterSummary } from './person-cluster-summary.js';
import { fullsAgree, personFacts, type PersonFacts } from './person-facts.js';
import { PersonForms } from './person-forms.js';
import { joinInitials, joinTitles, TITLE_WINDOW_DAYS } from './person-rules.js';

export { TITLE_WINDOW_DAYS } from './person-rules.js';

/**
 * One node per official. Rules, in order: the same full name (from the name or an alias); the same
 * initials form (`JK Kim` twice); initials that fit exactly one full name (`JK Kim` ~ `Kim
 * Jung-kwan`); a bare surname with a title (`Minister Kim`) that fits exactly one named person who
 * held that title within `windowDays` of the document's date. Different given names under one surname never merge.
 */
export function clusterPersons(
  items: readonly LocalItem<LocalPerson>[],
  orgKey: (docId: string, localId: string) => string | null,
  windowDays: number = TITLE_WINDOW_DAYS,
): Clusters<LocalPerson> {
  const clusters = new Clusters(items);
  const written = new PersonForms();
  const facts = new Map(items.map((item) => [item.ref, personFacts(item, (id) => orgKey(item.docId, id), written)]));
  const summaries = new PersonClusterSummaries(facts, windowDays);
  const guard: MergeGuard<LocalPerson> = (left, right) => conflict(summaries.of(left), summaries.of(right));

  joinOnSameKey(clusters, [...facts.values()], (f) => f.fulls, 'same-name', guard);
  joinOnSameKey(
    clusters,
    [...facts.values()].filter((f) => f.fulls.length === 0),
    (f) => f.initialsKeys,
    'same-name',
    guard,
  );
  joinInitials(clusters, facts, summaries, guard);
  joinTitles(clusters, facts, summaries, guard, windowDays);
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

/** Why two clusters cannot be one person, or null when they can. */
function conflict(left: PersonClusterSummary, right: PersonClusterSummary): string | null {
  // Distinct names only: a cluster of two thousand `Kim Jung-kwan` mentions has one full name.
  for (const a of left.fulls) {
    for (const b of right.fulls) {
      if (!fullsAgree(a, b)) return `different full names "${a}" and "${b}"`;
    }
  }
  if (left.countries.size + right.countries.size > 1) {
    const countries = new Set([...left.countries, ...right.countries]);
    if (countries.size > 1) return `different countries ${[...countries].sort().join(', ')}`;
  }
  return null;
}

export function describePerson(members: readonly LocalItem<LocalPerson>[]): Description {
  const names = members.map((m) => m.entity.name);
  // A cluster is mostly one name written a few ways: each is parsed once.
  const written = new PersonForms();
  const full = names.filter((n) => written.parse(n, []).full !== null);
  const initials = names.filter((n) => isInitialsForm(written.parse(n, [])));
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
