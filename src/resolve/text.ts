import { foldName } from '../domain/index.js';

/** Plain code-unit order, so results never depend on the machine's locale. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO dates compare as strings; undated sorts first, as the stores order evidence (date ?? ''). */
export function byDate(a: string | null | undefined, b: string | null | undefined): number {
  return byString(a ?? '', b ?? '');
}

/** The form to display: the most frequent, then the longest (the fullest), then the first in code order. */
export function preferredForm(forms: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(
    ([a, ca], [b, cb]) => cb - ca || b.length - a.length || byString(a, b),
  );
  return ranked[0]?.[0] ?? '';
}

/** Every distinct form except the display name, sorted. */
export function otherForms(forms: readonly string[], name: string): string[] {
  return [...new Set(forms.map((f) => f.trim()).filter((f) => f && f !== name))].sort(byString);
}

const STOP_WORDS = new Set('a an and the of on for to in at with between by from its their new'.split(' '));

/** Folded words that carry meaning (`Korea–UAE CEPA` → korea, uae, cepa). */
export function contentWords(text: string, extraStop: ReadonlySet<string> = new Set()): Set<string> {
  return new Set(
    foldName(text)
      .split(' ')
      .filter((w) => w && !STOP_WORDS.has(w) && !extraStop.has(w)),
  );
}

/** |A ∩ B| / |A ∪ B|, 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}
