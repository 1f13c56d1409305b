import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { ConfigError, type LoadReport } from '../../domain/index.js';
import { readSnapshot } from '../../store/index.js';
import type { CliIo } from '../cli-io.js';

interface LoadOptions {
  readonly fresh?: boolean;
  readonly json?: boolean;
}

/**
 * Registers `tradegraph load [SNAPSHOT] [--fresh] [--json]`: merges a snapshot (default
 * data/graph.json or TRADEGRAPH_SNAPSHOT) into the Neo4j named by NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD and NEO4J_DATABASE. Loading again changes nothing; a newer snapshot adds what is
 * new and unions provenance. Exits non-zero with the store's message when Neo4j is unreachable.
 */
export function registerLoadCommand(program: Command, io: CliIo): void {
  program
    .command('load')
    .description('Load a graph snapshot into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)')
    .argument('[snapshot]', 'snapshot file written by `tradegraph build` (default data/graph.json or TRADEGRAPH_SNAPSHOT)')
    .option('--fresh', 'remove everything stored first instead of merging')
    .option('--json', 'print the load report as JSON')
    .action(
      async (snapshot: string | undefined, options: LoadOptions) => {
        const config = loadConfig(io.env, snapshot ? { snapshotPath: snapshot } : {});
        if (!config.neo4j) {
          throw new ConfigError(
            'NEO4J_URI_MISSING',
            'tradegraph load writes to Neo4j, but NEO4J_URI is not set. Start one with `npm run neo4j:start` (or `docker compose up neo4j`) and set NEO4J_URI=bolt://127.0.0.1:7687.',
          );
        }
        const { graph } = await readSnapshot(config.snapshotPath);
        const { createNeo4jStore } = await import('../../store/neo4j/index.js');
        const store = await createNeo4jStore(config.neo4j);
        try {
          if (options.fresh) await store.clear();
          const started = Date.now();
          const report = await store.load(graph);
          io.stdout.write(options.json ? `${JSON.stringify(report)}\n` : describe(report, config.snapshotPath, config.neo4j.uri, Date.now() - started));
        } finally {
          await store.close();
        }
      },
    );
}

function describe(report: LoadReport, from: string, to: string, ms: number): string {
  return (
    `tradegraph: loaded ${from} into ${to} in ${(ms / 1000).toFixed(1)} s: ` +
    `${report.nodesCreated} nodes created, ${report.nodesUpdated} updated; ` +
    `${report.edgesCreated} relationships created, ${report.edgesUpdated} updated\n`
  );
}
