import { describe, expect, it } from 'vitest';
import { exportName, viewJson } from '../../../web/js/exporter.js';

const now = new Date('2025-06-01T12:00:00Z');

describe('exportName', () => {
  it.each([
    ['an entity', { view: 'explore' as const, entity: 'person:yeo-han-koo' }, 'tradegraph-person-yeo-han-koo-2025-06-01.png'],
    ['a country', { view: 'country' as const, country: 'KR' }, 'tradegraph-kr-2025-06-01.png'],
    ['a view alone', { view: 'cypher' as const }, 'tradegraph-cypher-2025-06-01.png'],
  ])('names the file after %s and the day', (_case, state, name) => {
    expect(exportName(state, 'png', now)).toBe(name);
  });

  it('replaces each run of other characters than letters and digits by one dash', () => {
    expect(exportName({ view: 'explore', entity: 'edge:a>MET>b  (x)' }, 'json', now)).toBe('tradegraph-edge-a-met-b-x--2025-06-01.json');
  });
});

describe('viewJson', () => {
  it('holds the state, the elements, the page and the time, as JSON', async () => {
    const state = { view: 'explore' as const, entity: 'person:a' };
    const blob = viewJson(state, [{ data: { id: 'person:a' } }], { now, url: 'http://localhost/?entity=person%3Aa' });
    expect(blob.type).toBe('application/json');
    expect(JSON.parse(await blob.text())).toEqual({
      exportedAt: '2025-06-01T12:00:00.000Z',
      url: 'http://localhost/?entity=person%3Aa',
      state,
      elements: [{ data: { id: 'person:a' } }],
    });
  });
});
