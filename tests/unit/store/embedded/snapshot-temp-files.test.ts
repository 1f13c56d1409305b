import { spawnSync } from 'node:child_process';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../../../src/store/embedded/snapshot-atomic-write.js';
import { removeStaleTemps, tempFileName, tempFileWriter } from '../../../../src/store/embedded/snapshot-temp-files.js';
import { makeTempFolder } from '../../../support/temp-folder.js';

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('temp files of snapshot writers', () => {
  it.each([
    ['.graph.json.4711.1a2b3c4d.tmp', 4711],
    ['.graph.json.4711.1a2b3c4d', null],
    ['.other.json.4711.1a2b3c4d.tmp', null],
    ['graph.json', null],
    ['.graph.json.abc.1a2b3c4d.tmp', null],
  ])('reads %s as written by pid %s', (name, pid) => {
    expect(tempFileWriter(name, 'graph.json')).toBe(pid);
  });

  it('removes those of writers that died, keeps live writers’ and other files', async () => {
    const folder = await makeTempFolder('tradegraph-temps-');
    const dead = tempFileName('graph.json', deadPid(), 'aaaaaaaa');
    const live = tempFileName('graph.json', process.ppid, 'bbbbbbbb');
    const other = tempFileName('other.json', deadPid(), 'cccccccc');
    for (const name of [dead, live, other, 'graph.json']) await writeFile(join(folder, name), 'x');
    expect(await removeStaleTemps(folder, 'graph.json', nodeFs)).toEqual([dead]);
    expect((await readdir(folder)).sort()).toEqual([live, other, 'graph.json'].sort());
  });

  it('removes a live pid’s temp file nobody has written to for an hour (the pid was reused)', async () => {
    const folder = await makeTempFolder('tradegraph-temps-');
    const old = tempFileName('graph.json', process.ppid, 'dddddddd');
    await writeFile(join(folder, old), 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await utimes(join(folder, old), twoHoursAgo, twoHoursAgo);
    expect(await removeStaleTemps(folder, 'graph.json', nodeFs)).toEqual([old]);
  });
});
