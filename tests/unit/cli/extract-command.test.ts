import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tradegraph } from './support/run-tradegraph.js';
import { tempDirs } from './support/temp-dirs.js';

const tempDir = tempDirs('tg-extract-');

const release = (title: string, ending: string): string =>
  ['-', 'Trade/Investment', title, `Minister Lena Varga of the Ministry of Industry met Minister Tomas Brel in Tallinn.${ending}`].join('\n');

describe('tradegraph extract', () => {
  it('tells on stderr, with file and line, which record it kept without a date', async () => {
    const dir = await tempDir();
    const dump = join(dir, 'releases.txt');
    await writeFile(dump, `${release('Ministers Meet in Tallinn', ' date2024-03-05')}\n${release('Ministers Meet Again', ' and more talk.')}\n`);
    const out = join(dir, 'gold.jsonl');
    const { code, stderr } = await tradegraph(['extract', dump, '--format', 'gold', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain('tradegraph:');
    expect(stderr).toContain('releases.txt:8');
    expect(stderr).toContain('kept without a date');
    const dates = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l).date);
    expect(dates).toEqual(['2024-03-05', null]);
  });

  it('reads a date marker glued to the sentence before it', async () => {
    const dir = await tempDir();
    const dump = join(dir, 'releases.txt');
    await writeFile(dump, `${release('Ministers Meet in Tallinn', 'date2009-10-15')}\n`);
    const out = join(dir, 'gold.jsonl');
    const { code, stderr } = await tradegraph(['extract', dump, '--format', 'gold', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).not.toContain('without a date');
    expect(JSON.parse((await readFile(out, 'utf8')).trim()).date).toBe('2009-10-15');
  });
});
