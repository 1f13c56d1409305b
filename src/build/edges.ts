import { compareStrings, type Evidence, type EdgeRecord, edgeKey, toEvidence, type ResolvedMention, type ResolvedRelation } from '../domain/index.js';
import { documentNodeKey } from './document-node.js';
import { edgeAttributes, edgeAttributesAdopting } from './edge-attributes.js';
import type { GraphEntity } from './entity-node.js';

/** One edge per resolved relation; MET is handled with the co-attendance in metEdges. */
export function relationEdges(relations: readonly ResolvedRelation[]): EdgeRecord[] {
  return relations
    .filter((r) => r.type !== 'MET')
    .map((r) => {
      const renamedOn = r.type === 'RENAMED_TO' ? r.props.date : undefined;
      return {
        id: edgeKey(r.type, r.from, r.to, r.qualifier || undefined),
        source: r.from,
        target: r.to,
        attributes: edgeAttributes(r.type, r.evidence, {
          // When the new name took effect: its own attribute, so firstDate and lastDate stay those of
          // the evidence, as every store's merge recomputes them (a rename announced the day before
          // it takes effect would otherwise move its firstDate on the next load).
          date: renamedOn,
          title: r.type === 'HOLDS_POSITION' ? r.props.title : undefined,
          role: r.type === 'ATTENDED' ? r.props.role : undefined,
          status: r.type === 'PARTY_TO' ? r.props.status : undefined,
        }),
      };
    });
}

/**
 * Document → entity, one edge per pair, its evidence every mention's offsets; an agreement's carries
 * the document's `status` and `date`. Made document by document, each one's entities in the
 * corpus's key order: that is the edges' id order (`MENTIONS:doc->entity`) but for a key that is a
 * prefix of another, so the graph's sort of every edge by id finds them already in order instead of
 * sorting a whole corpus's mentions afresh.
 *
 * Each edge is made as its entity is read and kept in its document's list: a record of the edge to
 * make, kept until every entity was read, was one more object per edge (450k at 1000x) that lived
 * through young-generation collections only to be let go.
 */
export function mentionEdges(corpus: { readonly entities: readonly GraphEntity[] }): EdgeRecord[] {
  const byDoc = new Map<string, DocumentEdges>();
  const seen = new Set<string>();
  for (const entity of corpus.entities) {
    for (const [docId, evidence] of mentionsByDocument(entity.mentions, seen)) {
      let document = byDoc.get(docId);
      if (!document) byDoc.set(docId, (document = { source: documentNodeKey(docId), edges: [] }));
      const { source } = document;
      // An agreement's mention keeps what that document states (status, own day): its lifecycle.
      const stated = entity.statedIn?.[docId];
      document.edges.push({ id: edgeKey('MENTIONS', source, entity.key), source, target: entity.key, attributes: edgeAttributesAdopting('MENTIONS', evidence, stated ?? {}) });
    }
  }
  const documents = [...byDoc.values()].sort((a, b) => compareStrings(a.source, b.source));
  byDoc.clear();
  const edges: EdgeRecord[] = [];
  for (const document of documents) {
    for (const edge of document.edges) edges.push(edge);
  }
  return edges;
}

/** A document's MENTIONS edges, in the order their entities were read, and its node key (one string for all of them). */
interface DocumentEdges {
  readonly source: string;
  readonly edges: EdgeRecord[];
}

/**
 * An entity's mentions as evidence, grouped by document in order of first appearance. Resolution
 * gives each document's mentions together, so the groups are runs and need no map; one map per
 * entity (120k at 1000x) was garbage made while the heap was fullest. Mentions that come back to
 * a document after another take the map. `seen` is scratch space, reused from call to call.
 */
function mentionsByDocument(mentions: readonly ResolvedMention[], seen: Set<string>): [string, Evidence[]][] {
  const runs: [string, Evidence[]][] = [];
  let current: Evidence[] | undefined;
  let currentDoc: string | undefined;
  for (const mention of mentions) {
    if (mention.docId !== currentDoc) {
      currentDoc = mention.docId;
      current = [];
      runs.push([currentDoc, current]);
    }
    current!.push(toEvidence(mention));
  }
  if (runs.length < 2) return runs;
  seen.clear();
  for (const [docId] of runs) seen.add(docId);
  if (seen.size === runs.length) return runs;
  const grouped = new Map<string, Evidence[]>();
  for (const [docId, evidence] of runs) {
    const found = grouped.get(docId);
    if (found) found.push(...evidence);
    else grouped.set(docId, evidence);
  }
  return [...grouped];
}

/**
 * MET, one edge per unordered pair (source < target): the meetings the documents state, plus every
 * pair of people who attended the same event, with those events in eventIds.
 */
export function metEdges(relations: readonly ResolvedRelation[]): EdgeRecord[] {
  const pairs = new Map<string, { source: string; target: string; evidence: Evidence[]; events: Set<string> }>();
  const pair = (a: string, b: string) => {
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = edgeKey('MET', source, target);
    let found = pairs.get(id);
    if (!found) pairs.set(id, (found = { source, target, evidence: [], events: new Set() }));
    return found;
  };
  for (const r of relations) if (r.type === 'MET') pair(r.from, r.to).evidence.push(...r.evidence);
  const attendance = new Map<string, ResolvedRelation[]>();
  for (const r of relations) {
    if (r.type !== 'ATTENDED') continue;
    const attended = attendance.get(r.to);
    if (attended) attended.push(r);
    else attendance.set(r.to, [r]);
  }
  for (const [event, attended] of attendance) {
    for (let i = 0; i < attended.length; i += 1) {
      for (let j = i + 1; j < attended.length; j += 1) {
        const a = attended[i] as ResolvedRelation;
        const b = attended[j] as ResolvedRelation;
        if (a.from === b.from) continue;
        const met = pair(a.from, b.from);
        met.evidence.push(...a.evidence, ...b.evidence);
        met.events.add(event);
      }
    }
  }
  return [...pairs.entries()].map(([id, p]) => ({
    id,
    source: p.source,
    target: p.target,
    attributes: edgeAttributesAdopting('MET', p.evidence, p.events.size > 0 ? { eventIds: [...p.events].sort() } : {}),
  }));
}
