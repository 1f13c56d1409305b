import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../src/store/index.js';
import { JAPAN, JAPAN_RELEASES } from '../pipeline/japan-releases.js';
import { tradegraph } from './support/run-tradegraph.js';

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

  it("builds with the file's home country and records it in the snapshot", async () => {
    const out = join(folder, 'graph.json');
    const { code } = await tradegraph(['build', input, '--config', config, '--out', out, '--workers', '1', '--no-progress', '--json']);
    expect(code).toBe(0);
    const { graph, meta } = await readSnapshot(out);
    expect(meta.options).toEqual({ homeCountry: JAPAN });
    expect(graph.nodes.find((n) => n.id === 'person:kenta-morioka')?.attributes.country).toBe('JP');
  });

  it("extracts with the file's home country", async () => {
    const out = join(folder, 'gold.jsonl');
    const { code } = await tradegraph(['extract', input, '--config', config, '--workers', '1', '--out', out]);
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(/"KR"/);
  });

  it('fails naming the file and field, writing nothing, when the file is invalid', async () => {
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ resolve: { titleWindowDays: 'a year' } }));
    const out = join(folder, 'never.json');
    const { code, stderr } = await tradegraph(['build', input, '--config', bad, '--out', out, '--no-progress']);
    expect(code).toBe(1);
    expect(stderr).toContain('CONFIG_FILE_INVALID');
    expect(stderr).toContain(`${bad} is not valid: resolve.titleWindowDays:`);
    expect(() => readFileSync(out)).toThrow();
  });
});
