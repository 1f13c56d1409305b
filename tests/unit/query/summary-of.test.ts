import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../src/domain/index.js';
import { summarize } from '../../../src/query/presenters.js';
import { summaryOf } from '../../../src/query/summary-of.js';

const node = (attributes: NodeRecord['attributes'], id = 'person:kim'): NodeRecord => ({ id, attributes }) as NodeRecord;

describe('summaryOf', () => {
  const attributes = { label: 'Person', name: 'Kim Jung-kwan', country: 'KR', aliases: ['Minister Kim'] } as unknown as NodeRecord['attributes'];

  it('summarises a node as summarize does', () => {
    expect(summaryOf(node(attributes))).toEqual(summarize(node(attributes)));
  });

  it('gives the same summary for the same stored attributes, so a hub’s pages make it once', () => {
    expect(summaryOf(node(attributes))).toBe(summaryOf(node(attributes)));
  });

  it('summarises afresh when a load replaces the attributes, or another id shares them', () => {
    const before = summaryOf(node(attributes));
    expect(summaryOf(node({ ...attributes, name: 'Kim J.' } as NodeRecord['attributes'])).name).toBe('Kim J.');
    expect(summaryOf(node(attributes, 'person:other')).id).toBe('person:other');
    expect(before.name).toBe('Kim Jung-kwan');
  });
});
