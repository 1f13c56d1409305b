import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { connection } from '../../../src/query/index.js';
import { HOP_EVIDENCE_LIMIT } from '../../../src/query/path.js';
import { fixtureGraph, ids } from './fixture-graph.js';

describe('connection', () => {
  const store = createEmbeddedStore(fixtureGraph());

  it('finds how two officials are connected, each hop with its evidence', async () => {
    const result = await connection(store, ids.KIM, ids.YEO, { maxDepth: 4, limit: 5 });
    expect(result.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
      [ids.KIM, 'country:KR', ids.YEO],
      [ids.KIM, ids.MOTIR, ids.YEO],
    ]);
    const hop = result.paths[1]!.hops[0]!;
    expect(hop).toMatchObject({ type: 'HOLDS_POSITION', source: ids.KIM, target: ids.MOTIR, firstDate: '2025-07-31' });
    expect(hop.evidence[0]!.sentence).toContain('Kim Jung-kwan');
    expect(result.elements.nodes).toHaveLength(4);
  });

  it('shows a hub relation\'s first sentences on its hop and says how many it has in all', async () => {
    const graph = fixtureGraph();
    const cited = graph.edges.find((e) => e.source === ids.KIM && e.target === ids.MOTIR)!;
    const many = Array.from({ length: HOP_EVIDENCE_LIMIT + 5 }, (_, i) => ({ ...cited.attributes.evidence[0]!, start: i, end: i + 1 }));
    const big = { ...graph, edges: graph.edges.map((e) => (e === cited ? { ...e, attributes: { ...e.attributes, evidence: many } } : e)) };
    const result = await connection(createEmbeddedStore(big), ids.KIM, ids.YEO, { maxDepth: 4, limit: 5 });
    const hop = result.paths[1]!.hops[0]! as (typeof result.paths)[number]['hops'][number] & { evidenceTotal: number };
    expect(hop.evidence).toEqual(many.slice(0, HOP_EVIDENCE_LIMIT));
    expect(hop.evidenceTotal).toBe(HOP_EVIDENCE_LIMIT + 5);
    expect(result.paths[1]!.hops[1]).toMatchObject({ evidenceTotal: result.paths[1]!.hops[1]!.evidence.length });
  });

  it('keeps to the asked relationship types', async () => {
    const result = await connection(store, ids.KIM, ids.YEO, { maxDepth: 4, limit: 5, types: ['HOLDS_POSITION'] });
    expect(result.paths.map((p) => p.hops.map((h) => h.type))).toEqual([['HOLDS_POSITION', 'HOLDS_POSITION']]);
  });

  it('answers no path when none is short enough, and ENTITY_NOT_FOUND for an unknown end', async () => {
    expect((await connection(store, ids.KIM, ids.SEF, { maxDepth: 1, limit: 5 })).paths).toEqual([]);
    await expect(connection(store, ids.KIM, 'person:nobody', { maxDepth: 3, limit: 5 })).rejects.toMatchObject({ code: 'ENTITY_NOT_FOUND' });
  });
  it('shows a hop as its edge is now, after a load changes the edge', async () => {
    const graph = fixtureGraph();
    const changing = createEmbeddedStore(graph);
    const before = await connection(changing, ids.KIM, ids.YEO, { maxDepth: 4, limit: 5 });
    const cited = graph.edges.find((e) => e.source === ids.KIM && e.target === ids.MOTIR)!;
    const later = { ...cited.attributes.evidence[0]!, sentence: 'A later sentence about Kim Jung-kwan.', docId: 'doc:later' };
    await changing.load({ ...graph, nodes: [], edges: [{ ...cited, attributes: { ...cited.attributes, evidence: [later], docIds: ['doc:later'], count: 1 } }] });
    const after = await connection(changing, ids.KIM, ids.YEO, { maxDepth: 4, limit: 5 });
    // The load adds the later sentence to the edge's evidence: the hop counts it (it quotes only the first).
    expect(after.paths[1]!.hops[0]!.evidenceTotal).toBe(before.paths[1]!.hops[0]!.evidenceTotal + 1);
    expect((await changing.getEdge(cited.id))!.attributes.evidence.map((e) => e.sentence)).toContain(later.sentence);
  });
});
