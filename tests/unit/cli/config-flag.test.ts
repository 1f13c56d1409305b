import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerBuildCommand } from '../../../src/cli/commands/build.js';
import { registerExtractCommand } from '../../../src/cli/commands/extract.js';
import { readSnapshot } from '../../../src/store/index.js';
import { JAPAN, JAPAN_RELEASES } from '../pipeline/japan-releases.js';

/** Runs one command in this process, with stdout and stderr captured. */
async function tradegraph(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const program = new Command('tradegraph').exitOverride();
  registerBuildCommand(program);
  registerExtractCommand(program);
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  process.exitCode = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    vi.restoreAllMocks();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { stdout, stderr, exitCode };
}

describe('--config FILE', () => {
  let folder: string;
  let input: string;
  let config: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tradegraph-config-flag-'));
    input = join(folder, 'releases.jsonl');
    config = join(folder, 'japan.json');
    writeFileSync(input, `${JAPAN_RELEASES.map((r) => JSON.stringify(r)).join('\n')}\n`);
    writeFileSync(config, JSON.stringify({ homeCountry: JAPAN }));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  it("builds with the file's home country and records it in the snapshot", async () => {
    const out = join(folder, 'graph.json');
    const { exitCode } = await tradegraph(['build', input, '--config', config, '--out', out, '--workers', '1', '--no-progress', '--json']);
    expect(exitCode).toBe(0);
    const { graph, meta } = await readSnapshot(out);
    expect(meta.options).toEqual({ homeCountry: JAPAN });
    expect(graph.nodes.find((n) => n.id === 'person:kenta-morioka')?.attributes.country).toBe('JP');
  });

  it("extracts with the file's home country", async () => {
    const out = join(folder, 'gold.jsonl');
    const { exitCode } = await tradegraph(['extract', input, '--config', config, '--workers', '1', '--out', out]);
    expect(exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(/"KR"/);
  });

  it('fails naming the file and field, writing nothing, when the file is invalid', async () => {
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ resolve: { titleWindowDays: 'a year' } }));
    const out = join(folder, 'never.json');
    const { exitCode, stderr } = await tradegraph(['build', input, '--config', bad, '--out', out, '--no-progress']);
    expect(exitCode).toBe(1);
    expect(stderr).toContain('CONFIG_FILE_INVALID');
    expect(stderr).toContain(`${bad} is not valid: resolve.titleWindowDays:`);
    expect(() => readFileSync(out)).toThrow();
  });
});
