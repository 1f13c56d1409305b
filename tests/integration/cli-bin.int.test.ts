import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCompiled } from '../../bin/compiled-entry.js';

/**
 * The one test that runs `tradegraph` as a user does, through `bin/tradegraph.js` in its own
 * process: the compiled dist/ it runs, the exit code the process really ends with and the streams it
 * really writes. Every other CLI test calls runCli in-process (tests/unit/cli). dist/ is compiled
 * (when src/ changed) before the first run, so no test's timeout includes a compile and the
 * streams hold only the command's own output.
 */
const BIN = resolve('bin/tradegraph.js');

interface Exited {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function tradegraph(args: readonly string[]): Promise<Exited> {
  // The developer's NEO4J_URI or TRADEGRAPH_SNAPSHOT would change what build does.
  const { NEO4J_URI: _uri, TRADEGRAPH_SNAPSHOT: _snapshot, ...env } = process.env;
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout, stderr });
    });
  });
}

const release = ['-', 'Trade', 'Minister Meets Counterpart', 'Trade Minister Hong Gil-dong met Jane Doe in Seoul on Monday, March 2. date2026-03-03', ''].join('\n');

describe('bin/tradegraph.js in a process of its own', () => {
  let dir = '';
  beforeAll(async () => {
    ensureCompiled();
    dir = await mkdtemp(join(tmpdir(), 'tg-bin-'));
    await writeFile(join(dir, 'release.txt'), release);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('builds a snapshot, prints the summary as JSON on stdout and exits 0', async () => {
    const out = join(dir, 'graph.json');
    const { code, stdout, stderr } = await tradegraph(['build', join(dir, 'release.txt'), '--json', '--no-progress', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ recordsRead: 1, documents: 1, destination: out });
    expect((await readFile(out, 'utf8')).length).toBeGreaterThan(0);
  });

  it('ends with exit code 1 and one line naming the error code when the work fails', async () => {
    const { code, stdout, stderr } = await tradegraph(['build', join(dir, 'absent'), '--no-progress', '--out', join(dir, 'none.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^tradegraph: \[NO_DOCUMENTS\] No press release could be read from .*absent/);
  });

  it('ends with exit code 1 and commander’s message on a wrong command line', async () => {
    const { code, stderr } = await tradegraph(['build', '--bogus']);
    expect(code).toBe(1);
    expect(stderr).toContain("error: unknown option '--bogus'");
  });
});
