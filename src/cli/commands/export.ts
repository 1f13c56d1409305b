import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { exportGraph, GRAPH_FORMATS, type GraphFormat } from '../../export/graph-formats.js';
import { readSnapshot } from '../../store/embedded/snapshot.js';
import { runAction } from '../exit.js';

interface ExportOptions {
  readonly format: GraphFormat;
  readonly snapshot?: string;
  readonly out?: string;
}

/** `tradegraph export --format graphml|gexf|json [--snapshot FILE] [--out FILE]`: the built graph for other tools. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Write the built graph as GraphML (yEd, NetworkX), GEXF (Gephi) or graphology JSON')
    .addOption(new Option('--format <format>', 'output format').choices([...GRAPH_FORMATS]).makeOptionMandatory())
    .option('--snapshot <file>', 'snapshot to read (default data/graph.json or TRADEGRAPH_SNAPSHOT)')
    .option('--out <file>', 'write here instead of standard output')
    .action(
      runAction(async (options: ExportOptions) => {
        const path = options.snapshot ?? loadConfig(process.env).snapshotPath;
        const { graph } = await readSnapshot(path);
        const text = exportGraph(graph, options.format);
        if (!options.out) {
          process.stdout.write(text);
          return;
        }
        await mkdir(dirname(options.out), { recursive: true });
        await writeFile(options.out, text, 'utf8');
        process.stderr.write(`Wrote ${graph.nodes.length} nodes and ${graph.edges.length} edges as ${options.format} to ${options.out}\n`);
      }),
    );
}
