import { describe, expect, it } from 'vitest';
import { byYear } from '../../../web/js/timeline.js';

describe('byYear', () => {
  it('groups entries by year, newest year first, undated last', () => {
    const entries = [
      { date: '2023-05-01', summary: 'a' },
      { date: null, summary: 'b' },
      { date: '2025-01-09', summary: 'c' },
      { date: '2023-11-30', summary: 'd' },
    ];
    expect(byYear(entries).map(([year, group]) => [year, group.map((e) => e.summary)])).toEqual([
      ['2025', ['c']],
      ['2023', ['a', 'd']],
      ['Undated', ['b']],
    ]);
  });

  it('gives no group for no entries', () => {
    expect(byYear([])).toEqual([]);
  });
});
