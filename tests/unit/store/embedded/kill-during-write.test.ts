import { spawn } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { readSnapshot, writeSnapshot } from '../../../../src/store/embedded/snapshot.js';
import { bigGraph } from './support/big-graph.js';
import { makeTempFolder } from '../../../support/temp-folder.js';

const WRITER = join(import.meta.dirname, 'support', 'slow-snapshot-writer.ts');

/** Waits until a temp file of the snapshot holds at least `bytes`, and returns its name. */
async function tempFileGrownTo(folder: string, bytes: number, deadline: number): Promise<string> {
  while (Date.now() < deadline) {
    for (const name of await readdir(folder)) {
      if (name.endsWith('.tmp') && ((await stat(join(folder, name)).catch(() => null))?.size ?? 0) >= bytes) return name;
    }
    await sleep(20);
  }
  throw new Error('the writer never got going');
}

describe('a snapshot writer killed with SIGKILL in the middle of a write', () => {
  it('leaves the previous snapshot whole and readable, and the next write removes its temp file', async () => {
    const folder = await makeTempFolder('tradegraph-kill-');
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, bigGraph(2_000, 'old'), { inputs: ['old'] });
    const before = await readFile(path);

    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    const temp = await tempFileGrownTo(folder, 1 << 20, Date.now() + 60_000);
    const tempBytes = (await stat(join(folder, temp))).size;
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('finished');

    expect(await readFile(path)).toEqual(before);
    expect((await readSnapshot(path)).meta.inputs).toEqual(['old']);
    expect(await readdir(folder)).toEqual(expect.arrayContaining(['graph.json', temp]));

    await writeSnapshot(path, bigGraph(100, 'next'), { inputs: ['next'] });
    expect(await readdir(folder)).toEqual(['graph.json']);
    expect((await readSnapshot(path)).meta.inputs).toEqual(['next']);
    // CI prints the fault suites' figures beside the hostile and fuzz ones.
    console.log(`[fault] snapshot writer killed after ${tempBytes} bytes of its temp file: previous snapshot byte-identical (${before.length} bytes), temp file removed by the next write`);
  }, 90_000);
});
