import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one child process cost: wall and CPU time (its own and its waited-for children's), and its peak resident memory. */
export interface ProcessFigures {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Null when neither /usr/bin/time nor /proc could tell. */
  readonly peakRssBytes: number | null;
}

export interface MeasuredRun extends ProcessFigures {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command args` to its end and measures it. With GNU time (Debian's `time` package) the
 * figures come from the kernel's rusage of the whole process tree (tsx runs the CLI in a child
 * node); without it, wall time only, with CPU and peak RSS left to the caller's fallbacks.
 */
export async function measuredRun(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<MeasuredRun> {
  const timed = existsSync(GNU_TIME);
  const dir = await mkdtemp(join(tmpdir(), 'tradegraph-bench-time-'));
  const report = join(dir, 'time.txt');
  const argv = timed ? ['-f', '%e %U %S %M', '-o', report, command, ...args] : [...args];
  const started = performance.now();
  const child = spawn(timed ? GNU_TIME : command, argv, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c) => resolve(c));
  });
  const wallMs = performance.now() - started;
  let cpuMs = 0;
  let peakRssBytes: number | null = null;
  if (timed) {
    // GNU time writes "Command exited with non-zero status N" before the figures when the command fails.
    const lines = (await readFile(report, 'utf8').catch(() => '')).trim().split('\n');
    const [, user, system, rssKb] = (lines.at(-1) ?? '').split(' ').map(Number);
    if (user !== undefined && system !== undefined && rssKb !== undefined && [user, system, rssKb].every(Number.isFinite)) {
      cpuMs = (user + system) * 1000;
      peakRssBytes = rssKb * 1024;
    }
  }
  await rm(dir, { recursive: true, force: true });
  return { code, wallMs, cpuMs, peakRssBytes, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** CPU time so far and peak RSS of a live process, from /proc (Linux); null elsewhere. */
export async function procFigures(pid: number): Promise<{ cpuMs: number; peakRssBytes: number } | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name in brackets; utime and stime are the 14th and 15th fields, in clock ticks (100 a second on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    return { cpuMs: ticks * 10, peakRssBytes: hwm ? Number(hwm[1]) * 1024 : 0 };
  } catch {
    return null;
  }
}
