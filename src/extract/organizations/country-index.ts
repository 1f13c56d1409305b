import type { CountryMention } from '../passes/countries.js';

/**
 * Country mentions sorted by start, for lookups by offset in logarithmic time: a 1 MB release
 * holds thousands of bodies' mentions and of countries, and a scan of every country for every
 * mention was most of its extraction time.
 */
export class CountryIndex {
  private readonly sorted: readonly CountryMention[];

  constructor(countries: readonly CountryMention[]) {
    this.sorted = [...countries].sort((a, b) => a.start - b.start);
  }

  /** The mentions that start at or after `from` and before `to`, in text order. */
  startingIn(from: number, to: number): CountryMention[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: CountryMention[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.start < to; i += 1) out.push(this.sorted[i]!);
    return out;
  }
}

/**
 * The country other than home the release names most, if one leads (a bilateral release's partner); the EU is no partner's country.
 * A tie is broken by the headline (`Korea and Russia Discuss …` over a `North Korea` named in passing): the one tied country it names.
 */
export function leadingForeignCountry(countries: readonly CountryMention[], home: string | null, headline: readonly string[] = []): string | null {
  if (home === null) return null;
  const counts = new Map<string, number>();
  for (const c of countries) if (c.code !== home && c.code !== 'EU') counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  if (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) return ranked[0]![0];
  const tied = ranked.filter(([code, n]) => n === ranked[0]![1] && headline.includes(code));
  return tied.length === 1 ? tied[0]![0] : null;
}
