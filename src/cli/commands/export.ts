import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { GRAPH_FORMATS, type GraphFormat, graphChunks, writeChunks } from '../../export/index.js';
import { readSnapshot } from '../../store/index.js';
import type { CliIo } from '../cli-io.js';

interface ExportOptions {
  readonly format: GraphFormat;
  readonly snapshot?: string;
  readonly out?: string;
}

/**
 * `tradegraph export --format graphml|gexf|json [--snapshot FILE] [--out FILE]`: the built graph for
 * other tools, streamed a batch at a time (a large corpus's export is longer than one string can be).
 */
export function registerExportCommand(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('Write the built graph as GraphML (yEd, NetworkX), GEXF (Gephi) or graphology JSON')
    .addOption(new Option('--format <format>', 'output format').choices([...GRAPH_FORMATS]).makeOptionMandatory())
    .option('--snapshot <file>', 'snapshot to read (default data/graph.json or TRADEGRAPH_SNAPSHOT)')
    .option('--out <file>', 'write here instead of standard output')
    .action(
      async (options: ExportOptions) => {
        const path = options.snapshot ?? loadConfig(io.env).snapshotPath;
        const { graph } = await readSnapshot(path);
        const chunks = graphChunks(graph, options.format);
        if (!options.out) {
          await writeChunks(chunks, io.stdout);
          return;
        }
        await mkdir(dirname(options.out), { recursive: true });
        const file = createWriteStream(options.out, { encoding: 'utf8' });
        // A failed write (disk full) errors the stream; finished() rejects with it.
        const done = finished(file);
        try {
          await writeChunks(chunks, file);
        } finally {
          file.end();
        }
        await done;
        io.stderr.write(`Wrote ${graph.nodes.length} nodes and ${graph.edges.length} edges as ${options.format} to ${options.out}\n`);
      },
    );
}
