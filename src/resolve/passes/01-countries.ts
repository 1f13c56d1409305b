import type { LocalCountry } from '../../domain/index.js';
import type { Description } from '../assemble.js';
import { Clusters, type LocalItem } from '../clusters.js';
import { otherForms, preferredForm } from '../text.js';

/** Countries are one per ISO code: `Korea`, `Republic of Korea` and `ROK` are all `country:KR`. */
export function clusterCountries(items: readonly LocalItem<LocalCountry>[]): Clusters<LocalCountry> {
  const clusters = new Clusters(items);
  const firstOfCode = new Map<string, string>();
  for (const item of items) {
    const code = item.entity.code.toUpperCase();
    const first = firstOfCode.get(code);
    if (first === undefined) firstOfCode.set(code, item.ref);
    else clusters.union(first, item.ref, 'same-code', `both are ISO code ${code}`);
  }
  return clusters;
}

export function describeCountry(members: readonly LocalItem<LocalCountry>[]): Description {
  const code = (members[0]?.entity.code ?? 'XX').toUpperCase();
  const forms = members.flatMap((m) => [m.entity.name, ...m.entity.aliases]);
  const name = preferredForm(members.map((m) => m.entity.name));
  return { discriminator: code, name, aliases: otherForms(forms, name), country: code };
}
