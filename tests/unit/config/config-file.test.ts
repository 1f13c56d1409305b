import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, loadConfig, readConfigFile } from '../../../src/config/index.js';
import { ConfigError, DEFAULT_STAGE_OPTIONS, KOREA } from '../../../src/domain/index.js';

const METI = { name: 'Ministry of Economy, Trade and Industry', acronym: 'METI', from: '2001-01-06' };

let folder: string;
/** Writes `content` (JSON unless a string) to a file of its own and returns its path. */
function configFile(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The ConfigError `run` throws; fails the test when it throws nothing or something else. */
function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tradegraph-config-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('AppConfig.stages', () => {
  it("defaults to Korea's trade ministry and the thresholds chosen on the seeds", () => {
    expect(loadConfig({}).stages).toEqual(DEFAULT_STAGE_OPTIONS);
    expect(DEFAULT_CONFIG.stages.homeCountry).toBe(KOREA);
    expect(KOREA.ministry.map((n) => [n.acronym, n.from, n.until])).toEqual([
      ['MKE', '2008-02-29', '2013-03-23'],
      ['MOTIE', '2013-03-23', '2025-10-01'],
      ['MOTIR', '2025-10-01', null],
    ]);
  });

  it('takes a config file from TRADEGRAPH_CONFIG, merging each field over the defaults', () => {
    const path = configFile('japan.json', { homeCountry: { code: 'JP', ministry: [METI] }, resolve: { titleWindowDays: 180 }, limits: { maxRecordChars: 500_000 } });
    const config = loadConfig({ TRADEGRAPH_CONFIG: path });
    expect(config.stages.homeCountry).toEqual({ code: 'JP', ministry: [{ ...METI, until: null }] });
    expect(config.stages.resolve).toEqual({ ...DEFAULT_STAGE_OPTIONS.resolve, titleWindowDays: 180 });
    expect(config.stages.dedupe).toEqual(DEFAULT_STAGE_OPTIONS.dedupe);
    expect(config.limits).toEqual({ ...DEFAULT_CONFIG.limits, maxRecordChars: 500_000 });
  });

  it('lets --config win over TRADEGRAPH_CONFIG', () => {
    const env = configFile('env.json', { dedupe: { nearDuplicate: 0.9 } });
    const flag = configFile('flag.json', { dedupe: { nearDuplicate: 0.7 } });
    expect(loadConfig({ TRADEGRAPH_CONFIG: env }, {}, { configFile: flag }).stages.dedupe.nearDuplicate).toBe(0.7);
  });

  it('takes a null home country: each release speaks for the country it names most', () => {
    expect(readConfigFile(configFile('none.json', { homeCountry: null })).stages.homeCountry).toBeNull();
  });

  it.each([
    ['an unknown field', { homeCountry: { code: 'JP' }, dedup: { nearDuplicate: 0.9 } }, 'dedup'],
    ['an unknown nested field', { resolve: { titleWindow: 90 } }, 'resolve.titleWindow'],
    ['a number written as text', { resolve: { titleWindowDays: '365' } }, 'resolve.titleWindowDays'],
    ['a share above 1', { dedupe: { sameTitle: 1.5 } }, 'dedupe.sameTitle'],
    ['a country that is not an alpha-2 code', { homeCountry: { code: 'Japan' } }, 'homeCountry.code'],
    ['a date that is not ISO', { homeCountry: { code: 'JP', ministry: [{ ...METI, from: '6 January 2001' }] } }, 'homeCountry.ministry[0].from'],
    [
      'names whose dates overlap',
      { homeCountry: { code: 'JP', ministry: [{ name: 'Ministry of A', from: '1990-01-01', until: '2005-01-01' }, METI] } },
      'homeCountry.ministry[1].from',
    ],
  ])('refuses %s with CONFIG_FILE_INVALID, naming the file and the field', (_case, content, field) => {
    const path = configFile('bad.json', content);
    const error = configError(() => loadConfig({ TRADEGRAPH_CONFIG: path }));
    expect(error.code).toBe('CONFIG_FILE_INVALID');
    expect(error.message).toContain(path);
    expect(error.message).toContain(`${field}:`);
  });

  it('refuses a file that is not JSON, or cannot be read, with codes of their own', () => {
    expect(configError(() => readConfigFile(configFile('broken.json', '{ "dedupe": '))).code).toBe('CONFIG_FILE_JSON');
    const missing = join(folder, 'missing.json');
    const error = configError(() => loadConfig({}, {}, { configFile: missing }));
    expect(error.code).toBe('CONFIG_FILE_UNREADABLE');
    expect(error.message).toContain(missing);
  });
});
