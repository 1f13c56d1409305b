import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { columnsOf, tableOf } from '../../../../src/api/csv/index.js';
import { API_SHAPES } from '../../../../src/query/index.js';

const Row = z
  .object({
    id: z.string(),
    organization: z.object({ id: z.string(), name: z.string(), country: z.string().optional() }).readonly(),
    until: z.string().nullable(),
    holders: z.array(z.object({ person: z.object({ name: z.string() }) })).readonly(),
    aliases: z.array(z.string()),
    counts: z.record(z.string(), z.number()),
  })
  .readonly();

describe('tableOf', () => {
  it('takes its columns from the row shape, nested objects as dotted paths, in field order', () => {
    expect(columnsOf(Row)).toEqual(['id', 'organization.id', 'organization.name', 'organization.country', 'until', 'holders', 'aliases', 'counts']);
  });

  it('gives the same columns for an empty list', () => {
    expect(tableOf(Row, [])).toEqual({ header: columnsOf(Row), rows: [] });
  });

  it('writes nothing for null or absent, lists joined by "; ", list items by name, records as JSON', () => {
    const row = {
      id: 'p1',
      organization: { id: 'org:x', name: 'Ministry X' },
      until: null,
      holders: [{ person: { name: 'A' } }, { person: { name: 'B' } }],
      aliases: ['x', 'y'],
      counts: { MET: 2 },
    };
    expect(tableOf(Row, [row]).rows).toEqual([['p1', 'org:x', 'Ministry X', '', '', 'A; B', 'x; y', '{"MET":2}']]);
  });

  it('flattens a post: its organisation as columns, its holders as one', () => {
    expect(columnsOf(API_SHAPES.Post)).toEqual(expect.arrayContaining(['id', 'title', 'organization.id', 'organization.name', 'holders', 'heldAt']));
    expect(columnsOf(API_SHAPES.Post)).not.toContain('organization');
  });
});
