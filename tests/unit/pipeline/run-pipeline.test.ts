import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, summariseBuild, type PipelineResult } from '../../../src/pipeline/index.js';

describe('runPipeline on the seed dumps', () => {
  let result: PipelineResult;
  const stages: string[] = [];

  beforeAll(async () => {
    result = await runPipeline(['seeds'], { onProgress: (event) => stages.push(event.stage) });
  });

  it('reads 44 records into 39 documents, merging 5 duplicates', () => {
    const summary = summariseBuild(result, result.graph);
    expect(summary).toMatchObject({ filesRead: 5, recordsRead: 44, recordsSkipped: 0, documents: 39, duplicatesMerged: 5 });
    expect(summary.merged).toHaveLength(5);
    for (const group of summary.merged) expect(group.sources).toHaveLength(2);
  });

  it('keeps of parsing the counts and issues, not the records, once they are deduplicated', () => {
    expect(result.parse).toMatchObject({ filesRead: 5, recordsSeen: 44, recordsKept: 44 });
    expect(result.parse).not.toHaveProperty('documents');
  });

  it('runs the stages in order, one way: parse, dedupe, extract, resolve, build', () => {
    const order = stages.filter((stage, i) => stages.indexOf(stage) === i);
    expect(order).toEqual(['parse', 'dedupe', 'extract', 'resolve', 'build']);
  });

  it('extracts every document exactly once', () => {
    expect(result.extractions.map((e) => e.docId)).toEqual(result.dedupe.documents.map((d) => d.id));
  });

  it('counts nodes by label and edges by type in the summary, matching the graph', () => {
    const summary = summariseBuild(result, result.graph);
    expect(Object.values(summary.nodesByLabel).reduce((a, b) => a + b, 0)).toBe(result.graph.nodes.length);
    expect(Object.values(summary.edgesByType).reduce((a, b) => a + b, 0)).toBe(result.graph.edges.length);
    expect(summary.nodesByLabel.Document).toBe(39);
  });

  it('gives every edge provenance: documents, dates and an evidence sentence', () => {
    for (const edge of result.graph.edges) {
      expect(edge.attributes.evidence.length, edge.id).toBeGreaterThan(0);
      expect(edge.attributes.docIds.length, edge.id).toBeGreaterThan(0);
      for (const evidence of edge.attributes.evidence) {
        expect(evidence.sentence.length, edge.id).toBeGreaterThan(0);
        expect(evidence.docId, edge.id).toMatch(/^doc:/);
      }
    }
  });

  it('names each release by one id: evidence docIds are Document node keys', () => {
    const documents = new Set(result.graph.nodes.filter((n) => n.attributes.label === 'Document').map((n) => n.id));
    for (const edge of result.graph.edges) {
      for (const docId of edge.attributes.docIds) expect(documents.has(docId), `${edge.id} cites ${docId}`).toBe(true);
    }
  });

  it('is deterministic: two runs give identical graphs', async () => {
    const again = await runPipeline(['seeds']);
    expect(JSON.stringify(again.graph)).toBe(JSON.stringify(result.graph));
  });
});
