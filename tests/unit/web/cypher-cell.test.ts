import { describe, expect, it } from 'vitest';
import { cellText } from '../../../web/js/cypher-cell.js';

describe('cellText', () => {
  it.each([
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['a number', 42, '42'],
    ['a string', 'MET', 'MET'],
    ['a boolean', false, 'false'],
  ])('shows %s as "%s"', (_case, value, text) => expect(cellText(value)).toBe(text));

  it('names a node by its name and its graph label', () => {
    expect(cellText({ id: 'person:a', labels: ['Node', 'Person'], properties: { name: 'A. Minister', label: 'Person' } })).toBe('A. Minister (Person)');
  });

  it('falls back to the node labels other than the shared Node label', () => {
    expect(cellText({ id: 'x', labels: ['Node', 'Organization'], properties: { name: 'Trade Ministry' } })).toBe('Trade Ministry (Organization)');
  });

  it('shows a relationship as source -[TYPE]-> target', () => {
    expect(cellText({ type: 'MET', source: 'person:a', target: 'person:b', properties: {} })).toBe('person:a -[MET]-> person:b');
  });

  it.each([
    ['a map', { count: 3 }, '{"count":3}'],
    ['a list', ['a', 'b'], '["a","b"]'],
    ['a node without a name', { labels: ['Node'], properties: {} }, '{"labels":["Node"],"properties":{}}'],
  ])('shows %s as JSON', (_case, value, text) => expect(cellText(value)).toBe(text));
});
