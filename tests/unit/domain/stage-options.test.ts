import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_OPTIONS, extractOptionsOf, KOREA, ministryNameOn, resolveOptionsOf } from '../../../src/domain/index.js';

describe('ministryNameOn', () => {
  it.each([
    ['2010-06-01', 'Ministry of Knowledge Economy'],
    ['2013-03-22', 'Ministry of Knowledge Economy'],
    ['2013-03-23', 'Ministry of Trade, Industry and Energy'],
    ['2015-05-04', 'Ministry of Trade, Industry and Energy'],
    ['2025-09-30', 'Ministry of Trade, Industry and Energy'],
    ['2025-10-01', 'Ministry of Trade, Industry and Resources'],
    ['2026-02-11T09:00', 'Ministry of Trade, Industry and Resources'],
  ])('gives the name of Korea’s trade ministry in force on %s', (date, name) => {
    expect(ministryNameOn(KOREA.ministry, date)?.name).toBe(name);
  });

  it('gives none for an undated release or a date before the first name', () => {
    expect(ministryNameOn(KOREA.ministry, null)).toBeNull();
    expect(ministryNameOn(KOREA.ministry, '1999-01-01')).toBeNull();
  });
});

describe('options of the stages from StageOptions', () => {
  it('gives extract and resolve the home country and its ministry names', () => {
    expect(extractOptionsOf(DEFAULT_STAGE_OPTIONS)).toMatchObject({ homeCountry: 'KR', homeMinistry: KOREA.ministry });
    expect(resolveOptionsOf(DEFAULT_STAGE_OPTIONS)).toEqual({ ...DEFAULT_STAGE_OPTIONS.resolve, homeMinistry: KOREA.ministry });
  });

  it('assumes no home and no ministry when the home country is null', () => {
    const none = { ...DEFAULT_STAGE_OPTIONS, homeCountry: null };
    expect(extractOptionsOf(none)).toMatchObject({ homeCountry: null, homeMinistry: [] });
    expect(resolveOptionsOf(none).homeMinistry).toEqual([]);
  });
});
