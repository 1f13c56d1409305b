import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/parse/index.js';

const TREE = join(import.meta.dirname, '../../fixtures/dumps/tree');
const codes = (issues: readonly { code: string; file: string; line: number | null }[]): string[] => issues.map((i) => `${i.code} ${i.file}:${i.line ?? '-'}`);

describe('readInputs on a folder', () => {
  it('reads every supported file recursively in sorted path order, skipping hidden entries', async () => {
    const result = await readInputs([TREE]);
    expect(result.documents.map((d) => [d.source.file.slice(TREE.length + 1), d.title])).toEqual([
      ['a-records.jsonl', 'Korea and Peru Sign an MOU on Critical Minerals'],
      ['b-dump.txt', 'Korea and Chile Review Their FTA'],
      ['b-dump.txt', 'Korea to Host the APEC Trade Ministers'],
      ['nested/c-records.ndjson', 'Korea and Vietnam Discuss Supply Chains'],
    ]);
    expect(codes(result.issues)).toEqual([`UNSUPPORTED_FILE ${join(TREE, 'README.md')}:-`, `EMPTY_FILE ${join(TREE, 'nested/empty.txt')}:-`]);
    expect(result.filesRead).toBe(4);
    expect(result.recordsSeen).toBe(4);
  });

  it('reads a file reached twice only once', async () => {
    const result = await readInputs([TREE, join(TREE, 'b-dump.txt')]);
    expect(result.documents).toHaveLength(4);
  });
});

describe('readInputs on bad paths and files', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tradegraph-parse-'));
    await writeFile(join(dir, 'binary.txt'), new Uint8Array([0x2d, 0x0a, 0x00, 0x01, 0x02]));
    await writeFile(join(dir, 'latin1.txt'), new Uint8Array([...new TextEncoder().encode('Seoul Caf'), 0xe9, ...new TextEncoder().encode(' Opens\nIt opened. date2025-01-01\n')]));
    await writeFile(join(dir, 'good.TXT'), 'Korea to Sign a Pact\nIt was signed. date2025-01-02\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ['a missing path', 'missing.txt', 'MISSING_PATH', 'error', null, 0],
    ['a binary file', 'binary.txt', 'BINARY_FILE', 'error', null, 0],
    ['invalid UTF-8', 'latin1.txt', 'INVALID_UTF8', 'warning', 1, 1],
  ])('reports %s without throwing and still reads the other paths', async (_name, name, code, severity, line, kept) => {
    const result = await readInputs([join(dir, name), join(dir, 'good.TXT')]);
    expect(result.issues.map((i) => [i.code, i.severity, i.file, i.line])).toEqual([[code, severity, join(dir, name), line]]);
    expect(result.documents.map((d) => d.title).at(-1)).toBe('Korea to Sign a Pact');
    expect(result.documents).toHaveLength(kept + 1);
  });

  it('returns only issues when nothing at all can be read', async () => {
    const result = await readInputs([join(dir, 'nope-1'), join(dir, 'nope-2')]);
    expect(result).toMatchObject({ documents: [], filesRead: 0, recordsSeen: 0 });
    expect(result.issues.map((i) => i.code)).toEqual(['MISSING_PATH', 'MISSING_PATH']);
  });

  it('returns an empty result for no paths', async () => {
    expect(await readInputs([])).toEqual({ documents: [], issues: [], filesRead: 0, recordsSeen: 0 });
  });
});
