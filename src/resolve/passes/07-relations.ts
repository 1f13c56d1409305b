import { compareEvidence, uniqueSortedEvidence, type Evidence, type Extraction, type LocalRelation, slug, type ResolvedRelation } from '../../domain/index.js';
import { byString } from '../text.js';

/**
 * Lifts every stated relation onto global keys and gathers the statements of one relation
 * (`Yeo Han-koo` HOLDS_POSITION `Trade Minister` at MOTIR, in six releases) into one, with all
 * their evidence. MET is symmetric, so its ends are put in key order. A relation that resolution
 * folded onto one node (a person meeting themself) is dropped.
 */
export function liftRelations(extractions: readonly Extraction[], keyOf: Readonly<Record<string, string>>): ResolvedRelation[] {
  const grouped = new Map<string, { relation: LocalRelation; from: string; to: string; evidence: Evidence[]; latest: Evidence }>();
  for (const extraction of extractions) {
    for (const relation of extraction.relations) {
      let from = keyOf[`${extraction.docId}/${relation.from}`];
      let to = keyOf[`${extraction.docId}/${relation.to}`];
      if (!from || !to || from === to) continue;
      if (relation.type === 'MET' && to < from) [from, to] = [to, from];
      const qualifier = qualifierOf(relation);
      const id = `${relation.type}|${from}|${to}|${qualifier}`;
      const evidence = { ...relation.evidence, docId: extraction.docId, date: relation.evidence.date ?? extraction.date };
      const seen = grouped.get(id);
      if (!seen) grouped.set(id, { relation, from, to, evidence: [evidence], latest: evidence });
      else {
        seen.evidence.push(evidence);
        if (compareEvidence(seen.latest, evidence) < 0) Object.assign(seen, { relation, latest: evidence });
      }
    }
  }
  return [...grouped.values()]
    .map(({ relation, from, to, evidence }) => ({
      type: relation.type,
      from,
      to,
      qualifier: qualifierOf(relation),
      props: { ...relation.props },
      evidence: uniqueSortedEvidence(evidence),
    }))
    .sort(byRelation);
}

/** HOLDS_POSITION keeps one edge per title: `Minister` and `Trade Minister` at one ministry are two posts. */
function qualifierOf(relation: LocalRelation): string {
  return relation.type === 'HOLDS_POSITION' && relation.props.title ? slug(relation.props.title) : '';
}

/** (date, docId, start), de-duplicated. */


export function byRelation(a: ResolvedRelation, b: ResolvedRelation): number {
  return byString(a.type, b.type) || byString(a.from, b.from) || byString(a.to, b.to) || byString(a.qualifier, b.qualifier);
}
