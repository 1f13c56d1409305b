import type { AgreementKind } from '../../domain/index.js';
import { fold } from '../fold.js';
import { SPELLED_KINDS } from '../lexicons/agreements.js';
import { type Draft, STATUS_RANK } from './draft.js';

/** Trade kinds a release may name by the kind alone (`an Economic Partnership Agreement (EPA)`). */
const TRADE_KINDS: ReadonlySet<AgreementKind> = new Set(['FTA', 'CEPA', 'EPA']);
/** `Free Trade Agreement`, `FTA`, `economic partnership agreement`: a kind, no agreement's own name. */
const KIND_ONLY: ReadonlySet<string> = new Set(SPELLED_KINDS.flatMap(([spelled, acronym]) => [fold(spelled), fold(acronym)]));
const kindOnly = (d: Draft): boolean => [d.name, ...d.aliases].every((n) => KIND_ONLY.has(fold(n)));

/**
 * `launched negotiations on an Economic Partnership Agreement (EPA). … the Korea–Tanzania EPA
 * negotiations`: a trade agreement the release names by its kind alone, where it names exactly one
 * other of that kind, is that one (its name kept, the bare kind an alias, parties joined, the
 * strongest status held).
 */
export function mergeBareKinds(drafts: Draft[]): Draft[] {
  const merged = new Set<Draft>();
  for (const bare of drafts) {
    if (!TRADE_KINDS.has(bare.kind) || !kindOnly(bare)) continue;
    const named = drafts.filter((d) => d !== bare && d.kind === bare.kind && !kindOnly(d));
    if (named.length !== 1) continue;
    const into = named[0]!;
    for (const n of [bare.name, ...bare.aliases]) into.aliases.add(n);
    for (const p of bare.parties) into.parties.add(p);
    into.mentions.push(...bare.mentions);
    into.mentions.sort((a, b) => a.start - b.start);
    if (STATUS_RANK.indexOf(bare.status) > STATUS_RANK.indexOf(into.status)) into.status = bare.status;
    into.date ??= bare.date;
    if (bare.twoSides) into.twoSides = true;
    merged.add(bare);
  }
  return drafts.filter((d) => !merged.has(d));
}
