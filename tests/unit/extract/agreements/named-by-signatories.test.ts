import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });
const mous = (body: string): LocalAgreement[] =>
  extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement' && e.kind === 'MOU');

describe('MOUs named by their signatories', () => {
  it('gives the signers read to the first MOU of the sentence alone: the next one is another document', () => {
    const found = mous(
      'Zentral Hydro Power Corp (ZHP) and Gridwell Corporation signed an MOU with the Alpha Investment Fund (AIF) on a green hydrogen project, and Beta Chemical signed an MOU with Gamma Oil on blue ammonia.',
    );
    expect(found.map((a) => a.name)).toEqual(['MOU on a green hydrogen project', 'MOU on blue ammonia']);
    expect(found[1]!.aliases.some((a) => a.includes('ZHP'))).toBe(false);
  });

  it('names an MOU signed between two bodies after them', () => {
    const [mou] = mous('Zentral Hydro Power Corp (ZHP) signed a memorandum of understanding with Gridwell Corporation on grid maintenance.');
    expect(mou!.aliases).toContain('ZHP–Gridwell Corporation MOU on grid maintenance');
  });
});
