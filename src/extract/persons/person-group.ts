import { fold } from '../fold.js';
import { type Mention } from '../../domain/index.js';
import { NAME_PARTICLES } from '../lexicons/name-parts.js';
import { ROYAL_TITLES } from '../lexicons/titles.js';
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

/** Moves every mention, form, title and context of `from` into `into`. */
function merge(into: Group, from: Group): void {
  into.mentions.push(...from.mentions);
  for (const f of from.forms) into.forms.add(f);
  for (const t of from.titles) into.titles.add(t);
  into.contexts.push(...from.contexts);
}

/** `Sheikh Mohamed bin Salem` → `mohamed bin salem`: the folded name without a leading royal title. */
const withoutRoyal = (name: string): string => {
  const folded = fold(name);
  const royal = ROYAL_TITLES.map((t) => `${fold(t)} `).find((t) => folded.startsWith(t));
  return royal ? folded.slice(royal.length) : folded;
};

/**
 * `Omar bin Faisal` for `King Omar bin Faisal`, `Tomas IV` for `King Tomas IV`: a
 * royal is also known by the name without the title, when two words or more remain.
 */
function untitledRoyal(name: string): string[] {
  const title = ROYAL_TITLES.find((t) => name.startsWith(`${t} `));
  const rest = title ? name.slice(title.length + 1) : '';
  return rest.split(' ').length >= 2 ? [rest] : [];
}

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
    merge(fuller[0]!, g);
    groups.delete(k);
  }
  // `President Mohamed bin Salem` after `Sheikh Mohamed bin Salem Al Nahyan`: a name of three words
  // or more that opens exactly one fuller name (a royal title before either aside) is it:
  // `Crown Prince Mohamed bin Salem` too.
  for (const [k, g] of [...groups]) {
    const own = withoutRoyal(g.name);
    if (words(own).length < 3) continue;
    const head = `${own} `;
    const fuller = all().filter((o) => o !== g && withoutRoyal(o.name).startsWith(head));
    if (fuller.length !== 1) continue;
    merge(fuller[0]!, g);
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
    // `Sheikh Nasser` after `Sheikh Nasser Al-Sabah Al-Ahmad`: the fuller name may keep the title.
    const fuller = all().filter((g) => words(g.name).length > 2 && (words(g.name)[0] === given || fold(g.name).startsWith(`${fold(c.name)} `)));
    add(fuller.length === 1 ? fuller[0]! : open(c.name), c);
  }
  for (const c of candidates) {
    if (c.form !== 'short') continue;
    const word = fold(c.name);
    const matches = all().filter((g) => {
      // Folding splits `Al-Falih` into two words, so compare whole folded strings.
      const full = fold(g.name);
      if (words(g.name).length < 2 || full === word) return false;
      // `Minister Roldán` after `Inés Roldán Vega`: a name of a given name and two
      // family names goes by the first family name, the word before the last.
      const firstOfTwoFamilyNames = g.name.split(' ').length >= 3 && full.endsWith(` ${word} ${words(g.name).at(-1)!}`);
      return full.startsWith(`${word} `) || full.endsWith(` ${word}`) || firstOfTwoFamilyNames;
    });
    if (matches.length === 1) add(matches[0]!, c);
  }
  return all()
    .map((g) => ({ g, first: Math.min(...g.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ g }, i) => ({
      localId: `p${i + 1}`,
      name: g.name,
      aliases: [...new Set([...g.forms, ...untitledRoyal(g.name)])].filter((f) => f !== g.name).sort(),
      titles: [...g.titles],
      contexts: g.contexts,
      mentions: [...g.mentions].sort((a, b) => a.start - b.start),
    }));
}
