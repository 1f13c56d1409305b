import { type LocalOrganization, foldName } from '../../domain/index.js';
import type { Description } from '../assemble.js';
import { Clusters, type LocalItem } from '../clusters.js';
import { perText } from '../per-text.js';
import { otherForms, preferredForm } from '../text.js';

/** A written form is only an acronym when it is one capitalised word: `MOTIR`, `KOTRA`. */
export function isAcronymForm(text: string): boolean {
  return /^[A-Z][A-Za-z&]*[A-Z]$/.test(text.trim()) && !/\s/.test(text.trim()) && text.trim() === text.trim().toUpperCase();
}

/** Folded full name without a leading article: `the Korea Chamber …` and `Korea Chamber …` agree. */
export function orgFullName(text: string): string | null {
  if (isAcronymForm(text)) return null;
  const folded = foldName(text).replace(/^the /, '');
  return folded.includes(' ') ? folded : null;
}

function fullNamesOf(item: LocalItem<LocalOrganization>, fullName: (text: string) => string | null): string[] {
  const names: string[] = [];
  for (const form of [item.entity.name, ...item.entity.aliases]) {
    const name = fullName(form);
    if (name !== null) names.push(name);
  }
  return names;
}

function acronymsOf(item: LocalItem<LocalOrganization>, acronymForm: (text: string) => boolean): string[] {
  const forms = [item.entity.acronym ?? '', item.entity.name, ...item.entity.aliases].filter(acronymForm);
  return [...new Set(forms.map((f) => f.trim().toUpperCase()))];
}

/**
 * Organisations merge on a folded full name (`Ministry of Trade, Industry, and Resources` =
 * `Ministry of Trade, Industry and Resources`), and a bare acronym joins the one body that uses it.
 * An acronym shared by two bodies with different full names (MOF) merges nothing.
 */
export function clusterOrganizations(items: readonly LocalItem<LocalOrganization>[]): Clusters<LocalOrganization> {
  const clusters = new Clusters(items);
  const fullName = perText(orgFullName);
  const acronymForm = perText(isAcronymForm);
  const fulls = new Map(items.map((item) => [item.ref, fullNamesOf(item, fullName)]));
  const acronyms = new Map(items.map((item) => [item.ref, acronymsOf(item, acronymForm)]));
  const fullNames = (item: LocalItem<LocalOrganization>) => fulls.get(item.ref) ?? [];
  const acronymsOfItem = (item: LocalItem<LocalOrganization>) => acronyms.get(item.ref) ?? [];
  const byName = new Map<string, string>();
  for (const item of items) {
    for (const name of fullNames(item)) {
      const first = byName.get(name);
      if (first === undefined) byName.set(name, item.ref);
      else clusters.union(first, item.ref, 'same-name', `same full name "${name}"`);
    }
  }
  const fullByAcronym = new Map<string, Set<string>>();
  for (const item of items) {
    for (const acronym of acronymsOfItem(item)) {
      const roots = fullByAcronym.get(acronym) ?? new Set<string>();
      if (fullNames(item).length > 0) roots.add(clusters.find(item.ref));
      fullByAcronym.set(acronym, roots);
    }
  }
  const firstWithAcronym = new Map<string, string>();
  for (const item of items) {
    for (const acronym of acronymsOfItem(item)) if (!firstWithAcronym.has(acronym)) firstWithAcronym.set(acronym, item.ref);
  }
  for (const item of items) {
    for (const acronym of acronymsOfItem(item)) {
      const holders = [...(fullByAcronym.get(acronym) ?? [])].map((r) => clusters.find(r));
      const distinct = [...new Set(holders)];
      if (distinct.length === 1) {
        clusters.union(distinct[0] as string, item.ref, 'same-acronym', `acronym ${acronym} names one body`);
      } else if (distinct.length > 1 && fullNames(item).length === 0) {
        clusters.keepApart(item.ref, `acronym ${acronym} is used by ${distinct.length} bodies with different names`);
      } else if (distinct.length === 0) {
        const first = firstWithAcronym.get(acronym);
        if (first && first !== item.ref) clusters.union(first, item.ref, 'same-acronym', `same acronym ${acronym}`);
      }
    }
  }
  return clusters;
}

export function describeOrganization(members: readonly LocalItem<LocalOrganization>[]): Description {
  const acronymForm = perText(isAcronymForm);
  const full = members.map((m) => m.entity.name).filter((n) => !acronymForm(n));
  const name = preferredForm(full.length > 0 ? full : members.map((m) => m.entity.name));
  const forms = members.flatMap((m) => [m.entity.name, ...m.entity.aliases, m.entity.acronym ?? '']);
  const acronym = preferredForm(members.flatMap((m) => acronymsOf(m, acronymForm)));
  const kind = preferredForm(members.map((m) => m.entity.kind));
  const country = preferredForm(members.map((m) => m.entity.country ?? '').filter(Boolean));
  return {
    discriminator: name,
    name,
    aliases: otherForms(forms, name),
    kind,
    ...(acronym ? { acronym } : {}),
    ...(country ? { country } : {}),
  };
}
