import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelsToHide } from '../../../web/js/label-placement.js';

const box = (x1: number, y1: number, w: number, h: number) => ({ x1, y1, x2: x1 + w, y2: y1 + h });

describe('boxesOverlap', () => {
  it.each([
    ['crossing boxes', box(0, 0, 10, 10), box(5, 5, 10, 10), 0, true],
    ['boxes side by side', box(0, 0, 10, 10), box(10, 0, 10, 10), 0, false],
    ['boxes closer than the gap', box(0, 0, 10, 10), box(11, 0, 10, 10), 2, true],
    ['boxes far apart', box(0, 0, 10, 10), box(0, 30, 10, 10), 2, false],
  ])('%s', (_case, a, b, gap, overlap) => {
    expect(boxesOverlap(a, b, gap)).toBe(overlap);
    expect(boxesOverlap(b, a, gap)).toBe(overlap);
  });
});

describe('labelsToHide', () => {
  it('hides the lower-priority label of two that overlap', () => {
    const hidden = labelsToHide([
      { id: 'minor', box: box(0, 0, 50, 10), priority: 1 },
      { id: 'root', box: box(20, 5, 50, 10), priority: 100 },
    ]);
    expect([...hidden]).toEqual(['minor']);
  });

  it('keeps a label that only overlapped one already hidden', () => {
    const hidden = labelsToHide([
      { id: 'a', box: box(0, 0, 40, 10), priority: 3 },
      { id: 'b', box: box(30, 0, 40, 10), priority: 2 },
      { id: 'c', box: box(60, 0, 40, 10), priority: 1 },
    ]);
    expect([...hidden]).toEqual(['b']);
  });

  it('breaks priority ties by id, so the same drawing keeps the same labels', () => {
    const labels = [
      { id: 'y', box: box(0, 0, 40, 10), priority: 1 },
      { id: 'x', box: box(10, 0, 40, 10), priority: 1 },
    ];
    expect([...labelsToHide(labels)]).toEqual(['y']);
    expect([...labelsToHide([...labels].reverse())]).toEqual(['y']);
  });

  it('ignores empty boxes (nodes without a label)', () => {
    expect(labelsToHide([{ id: 'a', box: box(0, 0, 0, 0), priority: 1 }, { id: 'b', box: box(0, 0, 10, 10), priority: 0 }]).size).toBe(0);
  });
});
