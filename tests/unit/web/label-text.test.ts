import { describe, expect, it } from 'vitest';
import { LABEL_MAX, labelScale, shortLabel } from '../../../web/js/label-text.js';

describe('shortLabel', () => {
  it.each([
    ['a short name stays', 'Yeo Han-koo', 'Yeo Han-koo'],
    ['a name of exactly the maximum stays', 'x'.repeat(LABEL_MAX), 'x'.repeat(LABEL_MAX)],
    ['a long name is cut at a word', 'Ministry of Trade, Industry and Resources', 'Ministry of Trade…'],
    ['a long word is cut inside it', 'Supercalifragilisticexpialidocious', 'Supercalifragilistice…'],
    ['spaces collapse first', '  Korea \n  Trade   Agency  ', 'Korea Trade Agency'],
    ['nothing gives an empty label', undefined, ''],
  ])('%s', (_case, name, label) => {
    expect(shortLabel(name)).toBe(label);
  });

  it('never exceeds the maximum, the ellipsis included', () => {
    for (const name of ['Comprehensive Economic Partnership Agreement', 'a'.repeat(80), 'Korea-US Free Trade Agreement Joint Committee'])
      expect(shortLabel(name).length).toBeLessThanOrEqual(LABEL_MAX);
  });

  it('takes a smaller maximum', () => {
    expect(shortLabel('United Arab Emirates', 10)).toBe('United…');
  });
});

describe('labelScale', () => {
  it.each([
    [2, 1],
    [1, 1],
    [0.5, 2],
    [0.3, 1 / 0.3],
    [0.1, 1 / 0.3],
    [0, 1],
    [Number.NaN, 1],
  ])('at zoom %s draws labels %s times their size', (zoom, scale) => {
    expect(labelScale(zoom)).toBeCloseTo(scale);
  });
});
