import { fold } from '../fold.js';
import { type Mention } from '../../domain/index.js';
import { NAME_PARTICLES } from '../lexicons/name-parts.js';
import type { PersonFinding } from '../findings.js';
import type { PersonCandidate, TitleContext } from './candidate.js';

/** A person of one document with everything the later passes need. */
export interface PersonRecord extends PersonFinding {
  readonly aliases: readonly string[];
  readonly titles: readonly string[];
  readonly contexts: readonly TitleContext[];
}

interface Group {
  name: string;
  readonly forms: Set<string>;
  readonly titles: Set<string>;
  readonly contexts: TitleContext[];
  readonly mentions: Mention[];
}

/** `Dato' Ahmad Faizal bin Rahim` and `Dato' Ahmad Faizal Rahim` share a key; so do `Lee Da-eun` and `Lee Da Eun`. */
const key = (name: string): string =>
  fold(name)
    .split(' ')
    .filter((w) => !NAME_PARTICLES.has(w))
    .join(' ');

const words = (name: string): string[] => fold(name).split(' ');

/** `Yun-mo` → `jk`: initials of a Korean given name. */
const givenInitials = (name: string): string =>
  name
    .split(' ')
    .slice(1)
    .flatMap((w) => w.split(/[-–]/))
    .map((p) => p[0]?.toLowerCase() ?? '')
    .join('');

function add(group: Group, c: PersonCandidate): void {
  group.mentions.push({ text: c.text, start: c.start, end: c.end, sentenceIndex: c.sentenceIndex });
  group.forms.add(c.text);
  for (const t of c.titles) group.titles.add(t);
  group.contexts.push(...c.contexts);
}

/**
 * Groups the candidates of one document into persons: same name (folded, particles aside);
 * `JA Seo` with the Sung whose given name has those initials; `Minister Ahn` with the only person
 * whose first or last name is Ahn (never with nobody: a title and a surname alone make no person).
 * Ids `p1`, `p2`, … follow first mention.
 */
export function groupPersons(candidates: readonly PersonCandidate[]): PersonRecord[] {
  const groups = new Map<string, Group>();
  const open = (name: string): Group => {
    let g = groups.get(key(name));
    if (!g) {
      g = { name, forms: new Set(), titles: new Set(), contexts: [], mentions: [] };
      groups.set(key(name), g);
    }
    if (name.length > g.name.length) g.name = name;
    return g;
  };
  for (const c of candidates) if (c.form === 'full' || (c.form === 'initials' && c.name.includes('-'))) add(open(c.name), c);
  const all = (): Group[] => [...groups.values()];
  // `Al Rashidi said` after `Faisal Al Rashidi`: a name that ends exactly one fuller name is it.
  for (const [k, g] of [...groups]) {
    const tail = ` ${fold(g.name)}`;
    if (words(g.name).length < 2) continue;
    const fuller = all().filter((o) => o !== g && fold(o.name).endsWith(tail));
    if (fuller.length !== 1) continue;
    const into = fuller[0]!;
    into.mentions.push(...g.mentions);
    for (const f of g.forms) into.forms.add(f);
    for (const t of g.titles) into.titles.add(t);
    into.contexts.push(...g.contexts);
    groups.delete(k);
  }
  for (const c of candidates) {
    if (c.form === 'initials' && !c.name.includes('-')) {
      const [initials, surname] = words(c.name);
      const match = all().find((g) => words(g.name)[0] === surname && givenInitials(g.name) === initials);
      add(match ?? open(c.name), c);
    }
  }
  for (const c of candidates) {
    if (c.form !== 'royal') continue;
    // `Prince Faisal` after `Prince Faisal bin Nasser Al Thani`: the same royal.
    const given = words(c.name).at(-1);
    const fuller = all().filter((g) => words(g.name).length > 2 && words(g.name)[0] === given);
    add(fuller.length === 1 ? fuller[0]! : open(c.name), c);
  }
  for (const c of candidates) {
    if (c.form !== 'short') continue;
    const word = fold(c.name);
    const matches = all().filter((g) => {
      // Folding splits `Al-Falih` into two words, so compare whole folded strings.
      const full = fold(g.name);
      return words(g.name).length > 1 && full !== word && (full.startsWith(`${word} `) || full.endsWith(` ${word}`));
    });
    if (matches.length === 1) add(matches[0]!, c);
  }
  return all()
    .map((g) => ({ g, first: Math.min(...g.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ g }, i) => ({
      localId: `p${i + 1}`,
      name: g.name,
      aliases: [...g.forms].filter((f) => f !== g.name).sort(),
      titles: [...g.titles],
      contexts: g.contexts,
      mentions: [...g.mentions].sort((a, b) => a.start - b.start),
    }));
}
