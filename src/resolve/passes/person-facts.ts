import type { LocalPerson } from '../../domain/index.js';
import type { LocalItem } from '../clusters.js';
import { isInitialsForm, type PersonName } from '../person-name.js';
import { PersonForms } from './person-forms.js';

/** A title as seen in one document: `trade minister` on 2025-11-18 at org:…. */
export interface TitleSighting {
  readonly title: string;
  readonly date: string | null;
  readonly org: string | null;
}

/** What the person rules compare, read once per local person. */
export interface PersonFacts {
  readonly item: LocalItem<LocalPerson>;
  readonly name: PersonName;
  /** Folded `surname given` of every full form (name and aliases). */
  readonly fulls: readonly string[];
  /** `surname|initials` of every initials-only form (`JK Kim` → `kim|jk`). */
  readonly initialsKeys: readonly string[];
  readonly surname: string | null;
  readonly titles: readonly TitleSighting[];
}

/**
 * Reads one local person; `orgKey` turns a position's organisation localId into its global key.
 * `written` remembers parsed and folded forms: give one to every person of a pass.
 */
export function personFacts(item: LocalItem<LocalPerson>, orgKey: (localId: string) => string | null, written: PersonForms = new PersonForms()): PersonFacts {
  const { entity } = item;
  const forms = [entity.name, ...entity.aliases].map((text) => written.parse(text, entity.titles));
  const name = forms[0] as PersonName;
  const fulls = unique(forms.map((f) => f.full));
  const initialsKeys = unique(forms.filter(isInitialsForm).map((f) => `${f.surname}|${f.initials}`));
  const surname = name.surname ?? forms.find((f) => f.surname)?.surname ?? null;
  const titles: TitleSighting[] = [
    ...entity.titles.map((title) => ({ title: written.fold(title), date: item.date, org: null })),
    ...entity.positions.map((p) => ({
      title: written.fold(p.title),
      date: item.date,
      org: p.orgLocalId ? orgKey(p.orgLocalId) : null,
    })),
    ...titlesInForms(entity, written).map((title) => ({ title, date: item.date, org: null })),
  ].filter((t) => t.title.length > 0);
  return { item, name, fulls, initialsKeys, surname, titles };
}

/** `Minister Kim` written as a name still says `minister`. */
function titlesInForms(entity: LocalPerson, forms: PersonForms): string[] {
  return [entity.name, ...entity.aliases]
    .map((form) => forms.fold(form).split(' '))
    .filter((words) => words.length > 1)
    .map((words) => words.slice(0, -1).join(' '))
    .filter((prefix) => /\b(minister|president|director|chair|chairman|commissioner|ambassador|secretary|governor)\b/.test(prefix));
}

/** Titles agree when one's words are all in the other: `minister` ~ `trade minister`. */
export function titlesAgree(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = new Set(b.split(' '));
  const wbList = b.split(' ');
  const wsa = new Set(wa);
  return wa.every((w) => wb.has(w)) || wbList.every((w) => wsa.has(w));
}

/** Given names agree when one's words are all in the other (`jung` ⊂ `jung kwan`); surnames must be equal. */
export function fullsAgree(a: string, b: string): boolean {
  const [sa, ...ga] = a.split(' ');
  const [sb, ...gb] = b.split(' ');
  if (sa !== sb) return false;
  const setA = new Set(ga);
  const setB = new Set(gb);
  return ga.every((w) => setB.has(w)) || gb.every((w) => setA.has(w));
}

function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}
