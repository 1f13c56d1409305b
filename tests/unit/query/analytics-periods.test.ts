import { describe, expect, it } from 'vitest';
import { periodOf, periodsBetween, periodsCovering } from '../../../src/query/analytics-periods.js';

describe('periodOf', () => {
  it.each([
    ['2024-01-01', 'quarter', '2024-Q1'],
    ['2024-03-31', 'quarter', '2024-Q1'],
    ['2024-04-01', 'quarter', '2024-Q2'],
    ['2024-09-30', 'quarter', '2024-Q3'],
    ['2024-12-31', 'quarter', '2024-Q4'],
    ['2024-12-31', 'year', '2024'],
  ] as const)('puts %s in the %s %s', (day, by, period) => {
    expect(periodOf(day, by)).toBe(period);
  });
});

describe('periodsBetween and periodsCovering', () => {
  it('lists every quarter across a year end, none skipped', () => {
    expect(periodsBetween('2024-Q3', '2025-Q2', 'quarter')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
  });

  it('lists every year between two', () => {
    expect(periodsBetween('2022', '2024', 'year')).toEqual(['2022', '2023', '2024']);
  });

  it('covers dated days only, from the earliest to the latest, and nothing when none is dated', () => {
    expect(periodsCovering(['2025-05-02', null, '2024-12-01'], 'quarter')).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(periodsCovering([null], 'year')).toEqual([]);
  });
});
