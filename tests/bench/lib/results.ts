import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO } from './cli.js';

const sections: Record<string, unknown> = {};

/** Keeps one bench's figures for the results file that `npm run bench` writes at the end. */
export function recordResults(bench: string, figures: unknown): void {
  sections[bench] = figures;
}

function commit(): string {
  try {
    const id = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${id}-dirty` : id;
  } catch {
    return 'unknown';
  }
}

/** Writes every recorded figure to bench-results/<date>-<commit>.json (git-ignored) for comparing commits; returns the path, or null when nothing was recorded. */
export function writeResults(now = new Date()): string | null {
  if (Object.keys(sections).length === 0) return null;
  const dir = join(REPO, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:]/g, '').replace(/\..*$/, '');
  const id = commit();
  const path = join(dir, `${stamp}-${id}.json`);
  // The machine is shared with other work: the load average says how much the figures may be disturbed.
  const machine = { node: process.version, cpus: cpus().length, memoryBytes: totalmem(), loadAverageAtEnd: loadavg() };
  writeFileSync(path, `${JSON.stringify({ commit: id, date: now.toISOString(), machine, results: sections }, null, 2)}\n`);
  return path;
}
