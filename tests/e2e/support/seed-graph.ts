import { fileURLToPath } from 'node:url';
import type { GraphData } from '../../../src/domain/index.js';
import { viewerFixtureGraph } from '../fixtures/viewer-graph.js';

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));

export interface TestGraph {
  readonly graph: GraphData;
  readonly source: 'seeds' | 'fixture';
}

/**
 * The graph the browser tests browse: the real pipeline over seeds/ (parse → dedupe → extract →
 * resolve → build). While the pipeline cannot run yet the small fixture graph stands in, and the
 * test log says so.
 */
export async function seedGraph(): Promise<TestGraph> {
  try {
    const { runPipeline } = await import('../../../src/pipeline/index.js');
    const result = await runPipeline([SEEDS]);
    return { graph: result.graph, source: 'seeds' };
  } catch (error) {
    console.log(`e2e: the pipeline could not build seeds/ (${error instanceof Error ? error.message : String(error)}); using the fixture graph.`);
    return { graph: viewerFixtureGraph(), source: 'fixture' };
  }
}
