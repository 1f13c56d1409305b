import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCHEMA_VERSION, type EdgeRecord, type Evidence, type GraphData, type GraphStore } from '../../src/domain/index.js';
import { connection } from '../../src/query/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { fixtureNodes, ids } from '../contract/fixture-graph.js';
import { fixtureEdge } from '../support/fixture-edge.js';
import { describeWithNeo4j, openNeo4jStore } from '../setup/neo4j.js';

/**
 * A path's hop carries its first sentence only, which Neo4j cuts from the stored JSON text (the
 * head of a long list, else the whole list): the cut must give the first element whatever the
 * sentences hold and in whatever order their keys were written.
 */
const sentence = (i: number, text: string, date = `2024-01-${String(10 + i).padStart(2, '0')}`): Evidence => ({
  docId: `doc:${String(i).padStart(16, '0')}`, date, sentence: text, sentenceStart: 0, start: 0, end: 4,
});
/** The same evidence with its keys written in another order (a snapshot writes them sorted). */
const reordered = ({ docId, date, sentence: text, sentenceStart, start, end }: Evidence): Evidence =>
  ({ start, end, sentence: text, date, sentenceStart, docId }) as Evidence;

const several = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => sentence(i, text(i)));

const edges: EdgeRecord[] = [
  // A first sentence ending in what looks like the gap between two elements.
  fixtureEdge('MET', ids.kim, ids.reynolds, several(3, (i) => (i === 0 ? 'Kim met Reynolds },{' : `Sentence ${i} "quoted" },{"docId": here.`))),
  // Keys written date first, a head stored (past 20 sentences), quotes and braces inside.
  fixtureEdge('REPRESENTS', ids.reynolds, ids.gb, several(25, (i) => `Reynolds {${i}} said "},{" twice.`).map(reordered)),
  // One sentence: nothing to cut.
  fixtureEdge('BASED_IN', ids.motir, ids.kr, [{ ...sentence(1, 'The ministry in Seoul.'), date: null }]),
  fixtureEdge('HOLDS_POSITION', ids.kim, ids.motir, several(2, (i) => `Minister Kim ${i}.`), { title: 'Minister' }),
  fixtureEdge('REPRESENTS', ids.kim, ids.kr, several(2, (i) => `Kim for Korea ${i}.`).map(reordered)),
];
const nodeIds = new Set(edges.flatMap((e) => [e.source, e.target]));
const graph: GraphData = { schemaVersion: SCHEMA_VERSION, nodes: fixtureNodes.filter((n) => nodeIds.has(n.id)), edges };

describeWithNeo4j('the first sentence of a path hop, cut by Neo4j', (target) => {
  let neo4j: GraphStore;
  const embedded = createEmbeddedStore(graph);
  beforeAll(async () => {
    neo4j = await openNeo4jStore(target);
    await neo4j.clear();
    await neo4j.load(graph);
  });
  afterAll(async () => neo4j?.close());

  it('gives each hop its first sentence, as the embedded store does', async () => {
    const pairs = [[ids.kim, ids.reynolds], [ids.kim, ids.gb], [ids.reynolds, ids.motir], [ids.gb, ids.kr]] as const;
    for (const [from, to] of pairs) {
      const asked = { maxDepth: 4, limit: 5, evidenceLimit: 1 };
      const found = await neo4j.connection!(from, to, asked);
      expect(found?.edges.length, `${from} -> ${to}`).toBeGreaterThan(0);
      for (const edge of found!.edges) {
        const stored = edges.find((e) => e.id === edge.id)!;
        expect(edge.attributes.evidence, edge.id).toEqual(stored.attributes.evidence.slice(0, 1));
      }
      const shown = { maxDepth: asked.maxDepth, limit: asked.limit };
      expect(await connection(neo4j, from, to, shown)).toEqual(await connection(embedded, from, to, shown));
    }
  }, 120_000);

  it('gives the stored head when asked for more than one', async () => {
    const found = await neo4j.connection!(ids.reynolds, ids.gb, { maxDepth: 1, limit: 5, evidenceLimit: 3 });
    expect(found!.edges[0]!.attributes.evidence).toEqual(edges[1]!.attributes.evidence.slice(0, 3));
  }, 120_000);
});
