import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTable, readEvalSets, type EvalSet } from '../../../../src/cli/commands/eval.js';

describe('eval sets', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('lists every committed set with a dump and a gold that exist in the repository', () => {
    const sets = readEvalSets('eval/sets.json');
    expect(sets.map((s) => s.name)).toEqual(expect.arrayContaining(['seeds', 'holdout', 'holdout-blind', 'holdout-final']));
  });

  it('refuses a set whose gold is missing, naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tradegraph-eval-sets-'));
    dirs.push(dir);
    const list = join(dir, 'sets.json');
    await writeFile(list, JSON.stringify([{ name: 'gone', dump: 'seeds', gold: 'eval/no-such-gold.jsonl', tuned: false }]));
    expect(() => readEvalSets(list)).toThrow(expect.objectContaining({ code: 'EVAL_FILE_MISSING' }));
  });

  it('also scores a fixtures folder holding gold.jsonl and releases.txt that the list does not name, as not tuned on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tradegraph-eval-fixtures-'));
    dirs.push(dir);
    await mkdir(join(dir, 'unlisted'));
    await writeFile(join(dir, 'unlisted', 'gold.jsonl'), '');
    await writeFile(join(dir, 'unlisted', 'releases.txt'), '');
    await mkdir(join(dir, 'no-gold'));
    const sets = readEvalSets('eval/sets.json', dir);
    expect(sets.at(-1)).toMatchObject({ name: 'unlisted', tuned: false });
    expect(sets.map((s) => s.name)).not.toContain('no-gold');
  });

  it('prints a column per set, marking the sets tuned on', () => {
    const set = (name: string, tuned: boolean): EvalSet => ({ name, dump: 'd', gold: 'g', tuned });
    const scores = { persons: { f1: 0.5 }, attributes: { org_country: { accuracy: 0.25 } } };
    const table = formatTable([
      [set('dev', true), scores],
      [set('sealed', false), scores],
    ]);
    expect(table).toMatch(/dev\*\s+sealed\n/);
    expect(table).toMatch(/persons F1\s+0\.500\s+0\.500/);
    expect(table).toMatch(/org_country\s+0\.250\s+0\.250/);
    expect(table).toMatch(/org_kind\s+-\s+-/);
  });
});
