import { runCli } from '../../../../src/cli/index.js';
import type { Environment } from '../../../../src/config/index.js';
import { capturedIo } from './captured-io.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `tradegraph ARGS…` in this process, as the bin would, and returns its exit code and output.
 * The environment holds only `env`, plus TRADEGRAPH_WORKERS=1 unless `env` sets it: extraction runs
 * in this thread instead of starting a pool per call (the output is the same for any count;
 * pipeline/extract-pool.test.ts and the `--workers 2` case cover the pool).
 */
export async function tradegraph(args: readonly string[], env: Environment = {}): Promise<CliRun> {
  const { io, out, err } = capturedIo({ TRADEGRAPH_WORKERS: '1', ...env });
  const code = await runCli(args, io);
  return { code, stdout: out(), stderr: err() };
}
