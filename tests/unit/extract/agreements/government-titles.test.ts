import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });
const treaties = (body: string): string[] =>
  extract(doc(body))
    .entities.filter((e): e is LocalAgreement => e.label === 'Agreement' && e.kind === 'treaty')
    .map((a) => `${a.name} [${a.parties.join(' ')}]`);

describe('a treaty named by its formal title between two governments or among three', () => {
  it.each([
    [
      'The two ministers signed the revised Agreement for Cooperation between the Government of the Republic of Korea and the Government of Japan Concerning Peaceful Uses of Nuclear Energy at the ministry in Tokyo.',
      'Agreement for Cooperation between the Government of the Republic of Korea and the Government of Japan Concerning Peaceful Uses of Nuclear Energy [JP KR]',
    ],
    [
      'The Agreement between the Government of the Republic of Korea and the Government of the Republic of Chile on the Avoidance of Double Taxation entered into force.',
      'Agreement between the Government of the Republic of Korea and the Government of the Republic of Chile on the Avoidance of Double Taxation [CL KR]',
    ],
    [
      "The three countries signed the Agreement among the Government of the Republic of Korea, the Government of Canada and the Government of the Lao People's Democratic Republic for the Promotion, Protection and Liberalisation of Investment in Vientiane on May 3.",
      "Agreement among the Government of the Republic of Korea, the Government of Canada and the Government of the Lao People's Democratic Republic for the Promotion, Protection and Liberalisation of Investment [CA KR LA]",
    ],
  ])('%s', (body, expected) => {
    expect(treaties(body)).toContain(expected);
  });

  it('knows an investment treaty by the plain words a release used for it first', () => {
    const found = extract(
      doc('Korea, Canada and Laos signed a trilateral investment agreement on May 3. The Agreement among the Government of Canada, the Government of the Republic of Korea and the Government of the Lao People’s Democratic Republic for the Promotion and Protection of Investment was signed by the three ministers.'),
    ).entities.filter((e): e is LocalAgreement => e.label === 'Agreement');
    expect(found.map((a) => [a.name, ...a.aliases].some((n) => n === 'trilateral investment agreement') && a.name.startsWith('Agreement among'))).toContain(true);
    expect(found.filter((a) => [a.name, ...a.aliases].includes('trilateral investment agreement'))).toHaveLength(1);
  });

  it.each([
    ['The talks between the Government of the Republic of Korea and the Government of Japan went on for a day.'],
    ['An agreement between the Government of Korea and the Government of Japan was discussed.'],
    ['Talks among the Government of the Republic of Korea, the Government of Canada and the Government of Chile went on.'],
  ])('must not: %s', (body) => {
    expect(treaties(body).filter((t) => t.includes('between the Government'))).toEqual([]);
  });
});
