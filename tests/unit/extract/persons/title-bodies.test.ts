import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalOrganization, LocalPerson } from '../../../../src/domain/index.js';
import { TITLE_BODIES, bodyOfTitle } from '../../../../src/extract/persons/title-bodies.js';

const doc = (body: string, date = '2024-05-02'): Document => ({ id: 'doc_t', title: 'T', body, date, category: null, url: null, sources: [] });

/** The bodies posts point to, by name. */
function postBodies(body: string, date?: string): string[] {
  const { entities } = extract(doc(body, date));
  const orgs = new Map(entities.filter((e): e is LocalOrganization => e.label === 'Organization').map((o) => [o.localId, o.name]));
  return entities
    .filter((e): e is LocalPerson => e.label === 'Person')
    .flatMap((p) => p.positions.map((pos) => (pos.orgLocalId ? (orgs.get(pos.orgLocalId) ?? '-') : '-')));
}

describe('TITLE_BODIES', () => {
  const rows = TITLE_BODIES.map((row) => [row.example.title, row] as const);

  it.each(rows)('`%s` implies its body', (_, row) => {
    expect(bodyOfTitle(row.example.title, row.country ?? null, row.exampleDate ?? null)).toBe(row.example.body);
  });

  it.each(rows)('`%s` gives the official of its example sentence a post at that body', (_, row) => {
    expect(postBodies(row.example.sentence, row.exampleDate)).toContain(row.example.body);
  });

  it.each(TITLE_BODIES.flatMap((row) => row.mustNotMatch.map((title) => [title, row.example.body] as const)))(
    '`%s` does not imply %s',
    (title, body) => {
      expect(bodyOfTitle(title, null)).not.toBe(body);
    },
  );

  it.each([
    ['Secretary of Commerce', null, 'Department of Commerce'],
    ['Under Secretary of Energy', null, 'Department of Energy'],
    ['Minister of International Trade', 'CA', 'Global Affairs Canada'],
    ['Minister of Industry', 'CA', 'Innovation, Science and Economic Development Canada'],
  ])('reads `%s` (%s) as a post at %s', (title, country, body) => {
    expect(bodyOfTitle(title, country, '2024-05-02')).toBe(body);
  });

  it('leaves a title one country’s row claims to that country: `Minister of Industry` elsewhere heads no Canadian department', () => {
    expect(bodyOfTitle('Minister of Industry', 'VN', '2024-05-02')).toBeNull();
    expect(bodyOfTitle('Senator', 'US', '2024-05-02')).toBeNull();
  });

  it('files a post under the body the release names by its initials (`MOFAT`), not a second body under the full name', () => {
    expect(postBodies('MOFAT said on July 14 that Minister for Trade Han Ji-su had met the Ruritanian delegation.', '2010-07-14')).toEqual(['MOFAT']);
  });

  it('reads a dated row only in releases of its window: Korea’s trade minister after 2013 is not the foreign ministry’s', () => {
    expect(bodyOfTitle('Trade Minister', 'KR', '2010-07-14')).toBe('Ministry of Foreign Affairs and Trade');
    expect(bodyOfTitle('Trade Minister', 'KR', '2014-07-14')).toBeNull();
    expect(bodyOfTitle('Trade Minister', 'KR', null)).toBeNull();
  });
});
