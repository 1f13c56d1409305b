import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalOrganization, LocalPerson } from '../../../../src/domain/index.js';
import { TITLE_BODIES, bodyOfTitle } from '../../../../src/extract/persons/title-bodies.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });

/** The bodies posts point to, by name. */
function postBodies(body: string): string[] {
  const { entities } = extract(doc(body));
  const orgs = new Map(entities.filter((e): e is LocalOrganization => e.label === 'Organization').map((o) => [o.localId, o.name]));
  return entities
    .filter((e): e is LocalPerson => e.label === 'Person')
    .flatMap((p) => p.positions.map((pos) => (pos.orgLocalId ? (orgs.get(pos.orgLocalId) ?? '-') : '-')));
}

describe('TITLE_BODIES', () => {
  const rows = TITLE_BODIES.map((row) => [row.example.title, row] as const);

  it.each(rows)('`%s` implies its body', (_, row) => {
    expect(bodyOfTitle(row.example.title, row.country ?? null)).toBe(row.example.body);
  });

  it.each(rows)('`%s` gives the official of its example sentence a post at that body', (_, row) => {
    expect(postBodies(row.example.sentence)).toContain(row.example.body);
  });

  it.each(TITLE_BODIES.flatMap((row) => row.mustNotMatch.map((title) => [title, row.example.body] as const)))(
    '`%s` does not imply %s',
    (title, body) => {
      expect(bodyOfTitle(title, null)).not.toBe(body);
    },
  );
});
