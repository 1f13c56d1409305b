import type { EdgeRecord, GraphData, NodeRecord } from '../../../../../src/domain/graph.js';
import { SCHEMA_VERSION } from '../../../../../src/domain/graph.js';

/** A graph of `size` people in a chain, each link citing its own long sentence: megabytes of snapshot. */
export function bigGraph(size: number, tag = 'a'): GraphData {
  const id = (i: number) => `person:p-${tag}-${String(i).padStart(7, '0')}`;
  const nodes: NodeRecord[] = Array.from({ length: size }, (_, i) => ({
    id: id(i),
    attributes: { label: 'Person', name: `Person ${tag} ${i}`, aliases: [], docIds: [`doc:${i % 997}`] },
  }));
  const edges: EdgeRecord[] = Array.from({ length: size - 1 }, (_, i) => {
    const sentence = `Minister ${i} met minister ${i + 1} to discuss ${'supply chains and tariffs '.repeat(10)}(${tag}).`;
    const evidence = [{ docId: `doc:${i % 997}`, date: '2026-01-01', sentence, sentenceStart: 0, start: 0, end: 8 }];
    return { id: `MET:${id(i)}->${id(i + 1)}`, source: id(i), target: id(i + 1), attributes: { type: 'MET', docIds: [`doc:${i % 997}`], count: 1, evidence } };
  });
  return { schemaVersion: SCHEMA_VERSION, nodes, edges };
}
