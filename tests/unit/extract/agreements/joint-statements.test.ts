import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import { JOINT_STATEMENT_PHRASINGS, jointStatementsIn } from '../../../../src/extract/agreements/joint-statements.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });
const statements = (body: string): LocalAgreement[] =>
  extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement' && e.kind === 'joint_statement');

// Each row of JOINT_STATEMENT_PHRASINGS is a phrasing: its example gives its statement, adopted; its neighbours none.
describe('joint statements a release reports', () => {
  it.each(JOINT_STATEMENT_PHRASINGS.map((p) => [p.id, p.example] as const))('%s: reads its example', (_id, example) => {
    expect(statements(example.sentence).map((s) => [s.name, s.status])).toEqual([[example.name, 'signed']]);
  });

  it.each(JOINT_STATEMENT_PHRASINGS.flatMap((p) => p.mustNot.map((n) => [p.id, n] as const)))('%s must not read: %s', (_id, sentence) => {
    expect(jointStatementsIn(sentence)).toEqual([]);
  });

  it.each([
    ['The two ministers signed a joint statement on Wednesday, October 16, declaring the conclusion of the talks.', 'joint statement declaring the conclusion of the talks'],
    ['The two ministers signed a joint statement in Busan on the sidelines of the Alpha Summit.', 'joint statement'],
    ['The two sides adopted a joint statement establishing the Alpha–Beta Strategic Partnership, built on five pillars.', 'joint statement establishing the Alpha–Beta Strategic Partnership'],
    ['The meeting issued the first joint statement of G20 trade ministers and approved a strategy for trade growth.', 'joint statement of G20 trade ministers'],
    ['The two leaders adopted a joint statement and witnessed the exchange of five agreements and MOUs, including an MOU on a joint study of an FTA.', 'joint statement'],
    // who speaks in it, between `joint` and its head
    ['The ministers adopted a Joint Ministerial Statement that covers the movement of essential goods.', 'Joint Ministerial Statement'],
    // after a plan or measure, `to` goes on with its purpose
    ['The five ministers issued a joint ministerial statement on action plans to facilitate the flow of goods during the pandemic.', 'joint ministerial statement on action plans to facilitate the flow of goods'],
    ['The two ministers signed a joint statement on trade to the delight of exporters.', 'joint statement on trade'],
  ])('names a statement by what it does, not by its day or occasion: %s', (body, name) => {
    expect(statements(body).map((s) => s.name)).toEqual([name]);
  });
});
