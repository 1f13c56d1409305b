import { writeCorpus } from '../corpus/index.js';
import { cliCommand, REPO } from './cli.js';
import { measuredRun } from './measured-run.js';
import { BENCH_SEED, builtSnapshots, workDir } from './work-dir.js';

/** The scale's snapshot: the one the stage bench built in this run, else a fresh build through the CLI. */
export async function snapshotFor(scale: number): Promise<string> {
  const built = builtSnapshots.get(scale);
  if (built) return built;
  const dir = workDir(scale, BENCH_SEED);
  await writeCorpus(dir.corpus, { scale, seed: BENCH_SEED });
  const [command, args] = cliCommand('build', '--json', '--no-progress', '--out', dir.snapshot, dir.corpus);
  const run = await measuredRun(command, args, { cwd: REPO, env: { ...process.env, LOG_LEVEL: 'warn', NEO4J_URI: '' } });
  if (run.code !== 0) throw new Error(`tradegraph build at ×${scale} exited with ${run.code}: ${run.stderr.slice(-2000)}`);
  builtSnapshots.set(scale, dir.snapshot);
  return dir.snapshot;
}
