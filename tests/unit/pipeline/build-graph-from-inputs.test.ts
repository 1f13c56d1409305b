import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphFromInputs, runPipeline, summariseBuild, type BuiltGraph, type PipelineResult } from '../../../src/pipeline/index.js';

describe('buildGraphFromInputs on the seed dumps', () => {
  let built: BuiltGraph;
  let full: PipelineResult;

  beforeAll(async () => {
    built = await buildGraphFromInputs(['seeds']);
    full = await runPipeline(['seeds']);
  });

  it('builds the same graph as runPipeline, byte for byte', () => {
    expect(JSON.stringify(built.graph)).toBe(JSON.stringify(full.graph));
  });

  it('keeps neither the extractions nor the resolved corpus, so they can be collected before the snapshot is written', () => {
    expect(built).not.toHaveProperty('extractions');
    expect(built).not.toHaveProperty('corpus');
  });

  it('still gives the build summary everything it reads', () => {
    const stages = built.stages.map((s) => s.stage);
    expect({ ...summariseBuild(built, built.graph), stages: [] }).toEqual({ ...summariseBuild(full, full.graph), stages: [] });
    expect(stages).toEqual(['parse', 'dedupe', 'extract', 'resolve', 'build']);
  });
});
