import { describe, expect, it } from 'vitest';
import { edgeKept, nodeKept, sliderRange, toDay, toIso, touchesRange } from '../../../web/js/filter-rules.js';

describe('toDay and toIso', () => {
  it('count days from 1970-01-01 (UTC)', () => {
    expect(toDay('1970-01-02')).toBe(1);
    expect(toIso(1)).toBe('1970-01-02');
  });

  it.each(['2008-02-29', '2024-12-31', '2025-06-01'])('round-trip %s', (iso) => {
    expect(toIso(toDay(iso))).toBe(iso);
  });
});

describe('sliderRange', () => {
  const min = toDay('2020-01-01');
  const max = toDay('2020-12-31');

  it('means everything (no bounds) when both handles sit at the ends', () => {
    expect(sliderRange(min, max, min, max)).toEqual({ from: null, to: null });
  });

  it('bounds only the side whose handle moved', () => {
    expect(sliderRange(toDay('2020-03-01'), max, min, max)).toEqual({ from: '2020-03-01', to: null });
    expect(sliderRange(min, toDay('2020-06-30'), min, max)).toEqual({ from: null, to: '2020-06-30' });
  });

  it('reads crossed handles in date order', () => {
    expect(sliderRange(toDay('2020-06-30'), toDay('2020-03-01'), min, max)).toEqual({ from: '2020-03-01', to: '2020-06-30' });
  });
});

describe('touchesRange', () => {
  const range = { from: '2025-01-01', to: '2025-06-30' };

  it.each([
    ['inside the range', '2025-02-01', '2025-03-01', true],
    ['overlapping its start', '2024-12-01', '2025-01-15', true],
    ['overlapping its end', '2025-06-15', '2025-08-01', true],
    ['covering it', '2024-01-01', '2026-01-01', true],
    ['ending the day it starts', '2024-12-01', '2025-01-01', true],
    ['wholly before it', '2024-01-01', '2024-12-31', false],
    ['wholly after it', '2025-07-01', '2025-08-01', false],
    ['undated', undefined, undefined, true],
  ])('keeps a span %s: %s', (_case, start, end, kept) => {
    expect(touchesRange(range, start, end)).toBe(kept);
  });

  it('keeps everything when the range is open', () => {
    expect(touchesRange({}, '1999-01-01', '1999-01-02')).toBe(true);
  });
});

describe('nodeKept', () => {
  it('keeps every node when no label is chosen', () => {
    expect(nodeKept({ labels: [] }, { label: 'Event' })).toBe(true);
  });

  it.each([
    ['a chosen label', { label: 'Person' }, true],
    ['another label', { label: 'Event' }, false],
  ])('with labels Person and Country, keeps %s: %s', (_case, node, kept) => {
    expect(nodeKept({ labels: ['Person', 'Country'] }, node)).toBe(kept);
  });

  it.each([
    ['an event dated inside the range', { date: '2025-03-01' }, true],
    ['an event dated before it', { date: '2024-03-01' }, false],
    ['a multi-day event ending inside it', { date: '2024-12-30', endDate: '2025-01-02' }, true],
    ['an undated person', {}, true],
  ])('by date, keeps %s: %s', (_case, data, kept) => {
    expect(nodeKept({ from: '2025-01-01', to: '2025-06-30' }, { label: 'Event', ...data })).toBe(kept);
  });
});

describe('edgeKept', () => {
  it.each([
    ['a chosen type', { type: 'MET' }, true],
    ['another type', { type: 'SIGNED' }, false],
  ])('with type MET, keeps %s: %s', (_case, edge, kept) => {
    expect(edgeKept({ types: ['MET'] }, edge)).toBe(kept);
  });

  it.each([
    ['first seen inside the range', { firstDate: '2025-02-01', lastDate: '2025-09-01' }, true],
    ['seen once, before it', { firstDate: '2024-02-01' }, false],
    ['seen before and after it', { firstDate: '2024-02-01', lastDate: '2026-01-01' }, true],
    ['undated', {}, true],
  ])('by date, keeps an edge %s: %s', (_case, data, kept) => {
    expect(edgeKept({ from: '2025-01-01', to: '2025-06-30' }, { type: 'MET', ...data })).toBe(kept);
  });
});
