import { describe, expect, it } from 'vitest';
import { buildOptionsOf, DEFAULT_CONFIG } from '../../../src/config/index.js';
import { DEFAULT_STAGE_OPTIONS, KOREA } from '../../../src/domain/index.js';

describe('buildOptionsOf (what a snapshot records about its build)', () => {
  it('records nothing under the defaults, as snapshots did before the options existed', () => {
    expect(buildOptionsOf(DEFAULT_CONFIG)).toEqual({});
    // Equal options written in another key order are the same options.
    const reordered = { ...DEFAULT_CONFIG, stages: { resolve: DEFAULT_STAGE_OPTIONS.resolve, dedupe: DEFAULT_STAGE_OPTIONS.dedupe, homeCountry: { ministry: KOREA.ministry, code: 'KR' } } };
    expect(buildOptionsOf(reordered)).toEqual({});
  });

  it('records another home country whole, and each other section that differs', () => {
    const home = { code: 'JP', ministry: [{ name: 'Ministry of Economy, Trade and Industry', acronym: 'METI', from: '2001-01-06', until: null }] };
    const config = {
      stages: { ...DEFAULT_STAGE_OPTIONS, homeCountry: home, dedupe: { ...DEFAULT_STAGE_OPTIONS.dedupe, nearDuplicate: 0.9 } },
      limits: DEFAULT_CONFIG.limits,
    };
    expect(buildOptionsOf(config)).toEqual({ dedupe: config.stages.dedupe, homeCountry: home });
    expect(buildOptionsOf({ ...config, stages: { ...DEFAULT_STAGE_OPTIONS, homeCountry: null } })).toEqual({ homeCountry: null });
  });
});
