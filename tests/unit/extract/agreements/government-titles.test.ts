import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });
const treaties = (body: string): string[] =>
  extract(doc(body))
    .entities.filter((e): e is LocalAgreement => e.label === 'Agreement' && e.kind === 'treaty')
    .map((a) => `${a.name} [${a.parties.join(' ')}]`);

describe('a treaty named by its formal title between two governments', () => {
  it.each([
    [
      'The two ministers signed the revised Agreement for Cooperation between the Government of the Republic of Korea and the Government of Japan Concerning Peaceful Uses of Nuclear Energy at the ministry in Tokyo.',
      'Agreement for Cooperation between the Government of the Republic of Korea and the Government of Japan Concerning Peaceful Uses of Nuclear Energy [JP KR]',
    ],
    [
      'The Agreement between the Government of the Republic of Korea and the Government of the Republic of Chile on the Avoidance of Double Taxation entered into force.',
      'Agreement between the Government of the Republic of Korea and the Government of the Republic of Chile on the Avoidance of Double Taxation [CL KR]',
    ],
  ])('%s', (body, expected) => {
    expect(treaties(body)).toContain(expected);
  });

  it.each([
    ['The talks between the Government of the Republic of Korea and the Government of Japan went on for a day.'],
    ['An agreement between the Government of Korea and the Government of Japan was discussed.'],
  ])('must not: %s', (body) => {
    expect(treaties(body).filter((t) => t.includes('between the Government'))).toEqual([]);
  });
});
