import { foldName, toEvidence, type MinistryName, type ResolvedEntity, type ResolvedMention, type ResolvedRelation } from '../../domain/index.js';
import { renamesOf } from '../known-renames.js';
import { perText } from '../per-text.js';
import { byString } from '../text.js';
import { orgFullName } from './02-organizations.js';

/** Shortest shared stem of words for the general rename rule: `ministry of trade industry and …`. */
const MIN_SHARED_WORDS = 4;

/**
 * Links renamed bodies with RENAMED_TO instead of merging them: from the home ministry's names
 * over time (`homeMinistry`, each change a known rename), and generally when two bodies of the same kind and country have names that differ only in their
 * last word (and acronyms only in their last letter, when both have one) and the old name was last
 * seen before the new one was first seen.
 */
export function findRenames(orgs: readonly ResolvedEntity[], homeMinistry: readonly MinistryName[]): ResolvedRelation[] {
  const found = new Map<string, ResolvedRelation>();
  // Each known rename looks through every body's forms: each form is folded once, not once per rename.
  const fullNameOf = perText(orgFullName);
  const matches = (org: ResolvedEntity, name: string, acronym: string | null): boolean => {
    const wanted = fullNameOf(name);
    return (acronym !== null && org.acronym === acronym) || [org.name, ...org.aliases].some((form) => fullNameOf(form) === wanted);
  };
  for (const rename of renamesOf(homeMinistry)) {
    const from = orgs.find((o) => matches(o, rename.from, rename.fromAcronym));
    const to = orgs.find((o) => matches(o, rename.to, rename.toAcronym));
    if (from && to && from.key !== to.key) found.set(`${from.key}>${to.key}`, relation(from, to, rename.date, 'known'));
  }
  const byStem = new Map<string, ResolvedEntity[]>();
  for (const org of orgs) {
    const words = fullNameOf(org.name)?.split(' ') ?? [];
    if (words.length > MIN_SHARED_WORDS) {
      const stem = words.slice(0, -1).join(' ');
      const group = byStem.get(stem);
      if (group) group.push(org);
      else byStem.set(stem, [org]);
    }
  }
  for (const group of byStem.values()) {
    for (const a of group) {
      for (const b of group) {
        if (a === b || !sameKindAndCountry(a, b) || !acronymsAgree(a, b)) continue;
        if (a.lastSeen && b.firstSeen && a.lastSeen < b.firstSeen && !found.has(`${b.key}>${a.key}`)) {
          const id = `${a.key}>${b.key}`;
          if (!found.has(id)) found.set(id, relation(a, b, b.firstSeen, 'rule'));
        }
      }
    }
  }
  return [...found.values()].sort((x, y) => byString(x.from, y.from) || byString(x.to, y.to));
}

function sameKindAndCountry(a: ResolvedEntity, b: ResolvedEntity): boolean {
  return a.kind === b.kind && (!a.country || !b.country || a.country === b.country);
}

/** `MOTIE` → `MOTIR`: same length, same stem; absent acronyms do not object. */
function acronymsAgree(a: ResolvedEntity, b: ResolvedEntity): boolean {
  if (!a.acronym || !b.acronym) return true;
  return a.acronym.length === b.acronym.length && a.acronym.length >= 3 && a.acronym.slice(0, -1) === b.acronym.slice(0, -1);
}

function relation(from: ResolvedEntity, to: ResolvedEntity, date: string, source: 'known' | 'rule'): ResolvedRelation {
  const last = from.mentions[from.mentions.length - 1];
  const first = to.mentions[0];
  const evidence = [last, first].filter((m): m is ResolvedMention => m !== undefined).map(toEvidence);
  return {
    type: 'RENAMED_TO',
    from: from.key,
    to: to.key,
    qualifier: '',
    props: { date, basis: source === 'known' ? 'known rename' : `names differ in the last word: "${foldName(from.name)}" → "${foldName(to.name)}"` },
    evidence,
  };
}

