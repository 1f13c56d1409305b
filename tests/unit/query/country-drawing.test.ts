import { describe, expect, it } from 'vitest';
import type { EdgeRecord, NodeRecord } from '../../../src/domain/index.js';
import { countryDrawing, drawnOf } from '../../../src/query/country-drawing.js';
import type { Page } from '../../../src/query/page.js';

const node = (id: string): NodeRecord => ({ id, attributes: { label: 'Person', name: id } }) as unknown as NodeRecord;
const edge = (type: string, source: string, target: string): EdgeRecord =>
  ({ id: `${type}:${source}->${target}`, source, target, attributes: { type, count: 1 } }) as unknown as EdgeRecord;

/**
 * Korea with a hub official (`p:hub`) who met every foreign official, a few others, an
 * organisation, an agreement listed before it is in id order, and a relation to a node no list names.
 */
const country = node('country:KR');
const officials = ['p:hub', 'p:kim', 'p:lee', 'p:park', 'p:yeo'].map(node);
const counterparts = Array.from({ length: 30 }, (_, i) => node(`p:foreign-${String(i).padStart(2, '0')}`));
const organizations = [node('org:ministry')];
const agreements = [node('agreement:z-fta'), node('agreement:a-mou')];
const events = [node('event:summit'), node('p:kim')];
const lists = [officials, organizations, counterparts, agreements, events];
const relations: EdgeRecord[] = [
  ...officials.map((o) => edge('REPRESENTS', o.id, country.id)),
  ...counterparts.map((c) => edge('MET', 'p:hub', c.id)),
  edge('MET', counterparts[3]!.id, 'p:hub'),
  edge('MET', 'p:kim', counterparts[0]!.id),
  edge('MET', 'p:lee', counterparts[29]!.id),
  edge('BASED_IN', 'org:ministry', country.id),
  edge('PARTY_TO', country.id, 'agreement:z-fta'),
  edge('PARTY_TO', country.id, 'agreement:a-mou'),
  edge('HELD_IN', 'event:summit', country.id),
  edge('MET', 'p:kim', 'p:kim'),
  edge('MET', 'p:kim', 'p:nobody'),
];

/** The drawing as defined: the country and each list's page, every given relation with both ends among them, each in id order. */
function expected(page: Page): { nodes: string[]; edges: string[] } {
  const shown = new Set([country.id, ...lists.flatMap((list) => list.slice(page.offset, page.offset + page.limit).map((n) => n.id))]);
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...shown].sort(byId),
    edges: [...new Set(relations.filter((e) => shown.has(e.source) && shown.has(e.target)).map((e) => e.id))].sort(byId),
  };
}

describe('countryDrawing and drawnOf', () => {
  const drawing = countryDrawing(country, lists, relations);
  const asIds = (page: Page) => {
    const drawn = drawnOf(drawing, page);
    return { nodes: Array.from(drawn.nodes, (i) => drawing.nodes[i]!.id), edges: Array.from(drawn.edges, (i) => drawing.edges[i]!.id) };
  };

  it.each([
    { offset: 0, limit: 10 },
    { offset: 0, limit: 1 },
    { offset: 0, limit: 2 },
    { offset: 1, limit: 3 },
    { offset: 3, limit: 1 },
    { offset: 20, limit: 20 },
    { offset: 0, limit: 500 },
    { offset: 40, limit: 10 },
  ])('draws the country, the page %o of each list and every relation between them, in id order', (page) => {
    expect(asIds(page)).toEqual(expected(page));
  });

  it('finds a hub official’s relations to the page’s few nodes among its many (both ways, and several to one node)', () => {
    const { edges } = asIds({ offset: 0, limit: 4 });
    expect(edges).toEqual(expect.arrayContaining(['MET:p:hub->p:foreign-03', 'MET:p:foreign-03->p:hub', 'MET:p:hub->p:foreign-00', 'MET:p:kim->p:kim']));
    expect(edges).not.toContain('MET:p:hub->p:foreign-04');
  });

  it('numbers a node named by two lists once, and leaves out a relation to a node no list names', () => {
    expect(drawing.nodes.filter((n) => n.id === 'p:kim')).toHaveLength(1);
    expect(drawing.edges.map((e) => e.id)).not.toContain('MET:p:kim->p:nobody');
  });

  it('answers each page alike however the pages before it were cut (its marks are cleared)', () => {
    const first = asIds({ offset: 0, limit: 2 });
    asIds({ offset: 0, limit: 500 });
    asIds({ offset: 1, limit: 1 });
    expect(asIds({ offset: 0, limit: 2 })).toEqual(first);
    expect([...drawing.nodeMarks, ...drawing.edgeMarks].every((mark) => mark === 0)).toBe(true);
  });
});
