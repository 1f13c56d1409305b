import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { STATEMENT_STAGES } from '../../../../src/extract/agreements/statement-names.js';
import { findAgreements } from '../../../../src/extract/passes/agreements.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const statementsIn = (body: string) => {
  const text = analyse(body);
  return findAgreements(text, findCountryMentions(text), 'KR').filter((a) => a.kind === 'joint_statement');
};
const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });
const extracted = (body: string): LocalAgreement[] =>
  extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement' && e.kind === 'joint_statement');

// Each row of STATEMENT_STAGES: its example names the statement by the stage; its neighbours do not.
describe('joint statements named by the stage of talks they record', () => {
  it.each(STATEMENT_STAGES.map((s) => [s.id, s.example] as const))('%s: names its example', (_id, example) => {
    const [statement] = statementsIn(example.text);
    expect(statement?.name).toBe(example.name);
  });

  it.each(STATEMENT_STAGES.flatMap((s) => s.mustNot.map((n) => [s.id, n, s.topic('Korea')] as const)))('%s must not name: %s', (_id, text, topic) => {
    const words = topic.replace(/ Korea .*$/, '');
    for (const s of statementsIn(text)) expect([s.name, ...s.aliases].some((n) => n.includes(words))).toBe(false);
  });

  it('keeps a statement named by its topic, the stage name an alias', () => {
    const [statement] = statementsIn('The two ministers signed a joint statement in Oslo on May 2 declaring the conclusion of negotiations on the Korea–Norway FTA.');
    expect(statement?.name).toBe('joint statement declaring the conclusion of negotiations on the Korea–Norway FTA');
    expect(statement?.aliases).toContain('joint statement on the conclusion of the Korea–Norway FTA negotiations');
  });

  it('reads a capitalised statement by its topic, not as a bare head', () => {
    expect(statementsIn('The leaders also adopted a Joint Statement on the Regional Economy, pledging to act together.').map((s) => s.name)).toEqual([
      'Joint Statement on the Regional Economy',
    ]);
  });
});

describe('bilateral joint statements named by their two sides', () => {
  it('names a bare statement of the two leaders by its sides, the head an alias', () => {
    const [statement] = extracted('President Kim met Prime Minister Jonas Berg of Norway in Seoul. In a joint declaration adopted in Seoul, the two leaders called for closer ties.');
    expect(statement?.name).toBe('Korea–Norway joint declaration');
  });

  it('leaves a statement of three countries by its head', () => {
    const [statement] = extracted('The leaders of Korea, Norway and Sweden met in Oslo. In a joint statement adopted in Oslo, the leaders called for closer ties.');
    expect(statement?.name).toBe('joint statement');
  });
});

describe('a joint statement of a numbered meeting', () => {
  it('is also known by the meeting it closes, not by what a relative clause says it approved', () => {
    const [statement] = statementsIn(
      "Minister Kim co-chaired the 4th Alpha-Beta-Gamma Trade Ministers' Meeting in Oslo. They adopted a joint statement in which they approved a joint study on port logistics.",
    );
    expect(statement?.name).toBe('joint statement');
    expect([...(statement?.aliases ?? [])]).toContain("joint statement of the 4th Alpha-Beta-Gamma Trade Ministers' Meeting");
  });

  it('is not named by a meeting when the release numbers two', () => {
    const [statement] = statementsIn("The 4th Alpha Trade Ministers' Meeting followed the 3rd Beta Trade Ministers' Meeting. They adopted a joint statement in which they approved a study.");
    expect([...(statement?.aliases ?? [])].some((a) => a.includes('Meeting'))).toBe(false);
  });
});
