import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/cli/index.js';
import { InputError } from '../../../src/domain/index.js';
import { capturedIo } from './support/captured-io.js';
import { tradegraph } from './support/run-tradegraph.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A program whose one command fails with `error`, to see how runProgram reports it. */
function failingWith(error: unknown): Command {
  const program = new Command('tradegraph');
  program.command('fail').action(() => {
    throw error;
  });
  return program;
}

describe('runCli', () => {
  it.each([
    ['the version', ['--version'], 0, '0.1.0\n', ''],
    ['the command list', ['--help'], 0, expect.stringContaining('build [options] [inputs...]'), ''],
    ['a command’s help', ['export', '--help'], 0, expect.stringContaining('--format <format>'), ''],
  ])('prints %s on stdout and exits 0', async (_what, args, code, stdout, stderr) => {
    expect(await tradegraph(args)).toEqual({ code, stdout, stderr });
  });

  it.each([
    ['an unknown command', ['bogus'], "error: unknown command 'bogus'"],
    ['an unknown option', ['build', '--bogus'], "error: unknown option '--bogus'"],
    ['a missing mandatory option', ['export'], "error: required option '--format <format>' not specified"],
    ['a value outside the choices', ['export', '--format', 'svg'], "argument 'svg' is invalid"],
    ['no command at all', [], 'Usage: tradegraph [options] [command]'],
  ])('reports %s with commander’s words on stderr and exits 1', async (_what, args, words) => {
    const { code, stdout, stderr } = await tradegraph(args);
    expect(code).toBe(1);
    expect(stderr).toContain(words);
    expect(stdout).toBe('');
  });

  it('reads its settings from the environment it is given, not the process’s', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-run-cli-'));
    dirs.push(dir);
    const { code, stderr } = await tradegraph(['export', '--format', 'json'], { TRADEGRAPH_SNAPSHOT: join(dir, 'elsewhere.json') });
    expect(code).toBe(1);
    expect(stderr).toContain('[SNAPSHOT_MISSING]');
    expect(stderr).toContain(join(dir, 'elsewhere.json'));
  });
});

describe('runProgram', () => {
  it('prints a typed error as one line with its code and exits 1', async () => {
    const { io, out, err } = capturedIo();
    const code = await runProgram(failingWith(new InputError('NO_DOCUMENTS', 'nothing to read')), ['fail'], io);
    expect({ code, stdout: out(), stderr: err() }).toEqual({ code: 1, stdout: '', stderr: 'tradegraph: [NO_DOCUMENTS] nothing to read\n' });
  });

  it('names any other failure as unexpected, without a stack trace', async () => {
    const { io, err } = capturedIo();
    expect(await runProgram(failingWith(new Error('boom')), ['fail'], io)).toBe(1);
    expect(err()).toBe('tradegraph: unexpected error: boom\n');
  });

  it('adds the stack when DEBUG=tradegraph is in the environment', async () => {
    const { io, err } = capturedIo({ DEBUG: 'tradegraph' });
    await runProgram(failingWith(new InputError('NO_DOCUMENTS', 'nothing to read')), ['fail'], io);
    expect(err()).toMatch(/^tradegraph: \[NO_DOCUMENTS\] nothing to read\nInputError: nothing to read\n\s+at /);
  });
});
