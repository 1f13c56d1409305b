import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh folder under the system's temp folder, removed when the test that made it (or whose
 * `beforeEach` made it) finishes, pass or fail: a test run must leave nothing behind, or every
 * run of the suite adds hundreds of folders to the machine's /tmp.
 */
export async function makeTempFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  return folder;
}
