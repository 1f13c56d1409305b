import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../../src/domain/index.js';
import type { PersonFinding } from '../../../../src/extract/findings.js';
import { impliedSubjects, type PlacedPerson } from '../../../../src/extract/events/implied-subjects.js';
import { analyse } from '../../../../src/extract/nlp/index.js';

/** For each sentence, the people it means without naming, and the words that mean them. */
function implied(body: string, names: readonly string[]): Record<number, string[]> {
  const text = analyse(body);
  const named = new Map<number, PlacedPerson[]>();
  names.forEach((name, i) => {
    const person: PersonFinding = { localId: `p${i}`, name, mentions: [] };
    for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      const sentence = text.sentences.findLast((s) => s.start <= at)!;
      const mention: Mention = { text: name, start: at, end: at + name.length, sentenceIndex: sentence.index };
      named.set(sentence.index, [...(named.get(sentence.index) ?? []), { person, mention }].sort((a, b) => a.mention.start - b.mention.start));
    }
  });
  const result = impliedSubjects(text.sentences, (s) => named.get(s.index) ?? []);
  return Object.fromEntries([...result].map(([index, people]) => [index, people.map((p) => `${p.person.name}=${p.mention.text}`)]));
}

describe('impliedSubjects', () => {
  it.each([
    ['Minister Han led the delegation. He first met Commissioner Lund.', ['Han', 'Lund'], { 1: ['Han=He'] }],
    ['Minister Han led the delegation. On the same day, he held talks with Mehta.', ['Han', 'Mehta'], { 1: ['Han=he'] }],
    ['Minister Han arrived. In a meeting with Minister Sato, they discussed steel.', ['Han', 'Sato'], { 1: ['Han=In a meeting with'] }],
    ['Minister Han and Minister Ortega co-chaired the committee. The two ministers signed an MOU.', ['Han', 'Ortega'], { 1: ['Han=The two ministers', 'Ortega=The two ministers'] }],
    ['Minister Han arrived. Exports rose. He then met Reid.', ['Han', 'Reid'], { 2: ['Han=He'] }],
    ['Minister Han met Lund. He asked Senator Reid for support, and urged Mayor Ode to visit.', ['Han', 'Lund', 'Reid', 'Ode'], { 1: ['Han=He'] }],
    [
      'Minister Han and Minister Ortega met on May 9. The ministers also attended a dinner hosted by Chairman Tanaka.',
      ['Han', 'Ortega', 'Tanaka'],
      { 1: ['Han=The ministers', 'Ortega=The ministers'] },
    ],
    ['Han, Lee and Ortega attended. The two ministers spoke.', ['Han', 'Lee', 'Ortega'], { 1: ['Han=The two ministers'] }],
    ['Minister Han and Minister Ortega met on May 9. Later, Ortega and the two ministers toured a plant.', ['Han', 'Ortega'], { 1: ['Han=the two ministers'] }],
    [
      'Minister Han and Minister Ortega signed the FTA. Afterwards, the two ministers co-chaired a roundtable attended by Chairman Tanaka and Chair Reid.',
      ['Han', 'Ortega', 'Tanaka', 'Reid'],
      { 1: ['Han=the two ministers', 'Ortega=the two ministers'] },
    ],
    // The phrase after the people named is an object, not the pair as subject.
    ['Minister Han and Minister Ortega signed the FTA. Chairman Tanaka and Chair Reid briefed the two ministers.', ['Han', 'Ortega', 'Tanaka', 'Reid'], {}],
    [
      'Minister Han met Secretary Ortega on May 9. It follows the commitment made by President Tanaka and President Reid at their summit. The two ministers also discussed batteries.',
      ['Han', 'Ortega', 'Tanaka', 'Reid'],
      { 2: ['Han=The two ministers'] },
    ],
    // Mentions that carry their title (`President Tanaka`) are heads of state just as well.
    [
      'Minister Han met Secretary Ortega on May 9. It follows the invitation made by President Tanaka to President Reid. The two ministers also discussed batteries.',
      ['Han', 'Ortega', 'President Tanaka', 'President Reid'],
      { 2: ['Han=The two ministers'] },
    ],
    // `the leaders of G20 members`: a group of others, not the one the release follows.
    ['Chairman Han spoke at the dinner. Some roundtables were joined by the leaders of G20 members.', ['Han'], {}],
    // `they` opening a clause: the pair named together last, though the sentence names others after it.
    [
      'President Han held a summit with President Ortega. After the summit, they witnessed the signing of an MOU by Minister Reid and Minister Tanaka.',
      ['Han', 'Ortega', 'Tanaka', 'Reid'],
      { 1: ['Han=they', 'Ortega=they'] },
    ],
    ['President Han met President Ortega. Minister Reid said they agreed on steel.', ['Han', 'Ortega', 'Reid'], {}],
    // `they need` is no past act of the pair: `need` only ends like a verb in -ed.
    ['President Han held a summit with President Ortega. After the summit, they need to act on steel.', ['Han', 'Ortega'], {}],
    // `the two presidents` after a pair of ministers: the heads of state named before them.
    [
      'President Han held a summit with President Ortega on May 9. Minister Reid met Minister Tanaka. Before the summit, the two presidents attended a forum.',
      ['Han', 'Ortega', 'Tanaka', 'Reid'],
      { 2: ['Han=the two presidents', 'Ortega=the two presidents'] },
    ],
    ['Companies signed an MOU in the presence of President Han and President Ortega. The two presidents held a summit earlier.', ['Han', 'Ortega'], { 1: ['Han=The two presidents', 'Ortega=The two presidents'] }],
    // Witnesses after the signatories: the two heads named before, though others are named first.
    [
      'President Han held a summit with President Ortega on May 9. Chairman Tanaka and CEO Reid signed an MOU in the presence of the two presidents.',
      ['Han', 'Ortega', 'Tanaka', 'Reid'],
      { 1: ['Han=in the presence of the two presidents', 'Ortega=in the presence of the two presidents'] },
    ],
    // `President Sheikh X` is a head of state as much as `President X`.
    [
      'President Han held talks with President Sheikh Ortega on May 9. Chairman Tanaka and CEO Reid signed an MOU in the presence of the two presidents.',
      ['Han', 'Ortega', 'Tanaka', 'Reid'],
      { 1: ['Han=in the presence of the two presidents', 'Ortega=in the presence of the two presidents'] },
    ],
    // Witnesses named as the company a signatory kept: the heads of state of the summit before,
    // meant again by `the two leaders` in between.
    [
      'President Han held a summit with President Ortega on May 9. The two leaders agreed to expand cooperation. CEO Reid signed the MOU, and Minister Tanaka attended the ceremony together with the two presidents.',
      ['Han', 'Ortega', 'Tanaka', 'Reid'],
      { 1: ['Han=The two leaders', 'Ortega=The two leaders'], 2: ['Han=together with the two presidents', 'Ortega=together with the two presidents'] },
    ],
    // `with the two ministers witnessing`: the ministers named before, not those who signed.
    [
      'Minister Han and Minister Ortega co-chaired the forum on May 9. The MOU was signed by Director Reid and Director Tanaka, with the two ministers witnessing online.',
      ['Han', 'Ortega', 'Tanaka', 'Reid'],
      { 1: ['Han=with the two ministers witnessing', 'Ortega=with the two ministers witnessing'] },
    ],
    // Two presidents are not the ministers who witnessed the signing.
    ['President Han met President Ortega on May 9. The MOU was signed by Director Reid, with the two ministers witnessing.', ['Han', 'Ortega', 'Reid'], {}],
    // `the three leaders`: the three named together before, at a trilateral summit.
    [
      'President Han, Premier Ortega and Prime Minister Tanaka held a trilateral summit on May 9. Earlier in the day, the three leaders attended a business summit, where Chairman Reid spoke.',
      ['Han', 'Ortega', 'Tanaka', 'Reid'],
      { 1: ['Han=the three leaders', 'Ortega=the three leaders', 'Tanaka=the three leaders'] },
    ],
    // Two ministers are not the presidents who witnessed the signing.
    ['Minister Han met Minister Ortega on May 9. Chairman Tanaka and CEO Reid signed an MOU in the presence of the two presidents.', ['Han', 'Ortega', 'Tanaka', 'Reid'], {}],
    // A pair told at their own summit of another month is not `the two sides` of a later sentence.
    [
      'Minister Han and Minister Ortega signed the FTA on May 9. Talks began after President Tanaka and President Reid agreed at their summit in Lima in March 2019. The two sides also agreed to expand cooperation.',
      ['Han', 'Ortega', 'Tanaka', 'Reid'],
      { 2: ['Han=The two sides', 'Ortega=The two sides'] },
    ],
    // A pair told in a clause about an earlier occasion is not `the two sides` of a later sentence.
    ['Talks ended on May 9, when Minister Han met Ortega. Tariffs will fall. The two sides aim to sign the agreement next year.', ['Han', 'Ortega'], { 2: ['Han=The two sides'] }],
  ])('reads who %j means', (body, names, expected) => {
    expect(implied(body, names)).toEqual(expected);
  });

  it.each([
    ['a sentence that names its own subject', 'Minister Han arrived. Minister Lee met Reid, and he said so.', ['Han', 'Lee', 'Reid']],
    ['a pronoun with nobody named before it', 'He first met Commissioner Lund.', ['Lund']],
    ['the latest named only as an object', 'Officials met with Minister Sato. He then met Reid.', ['Sato', 'Reid']],
    ['a sentence with no cue', 'Minister Han arrived. Exports rose by 5 percent.', ['Han']],
    // `the two sides` after one named who is of no earlier pair: that one and a counterpart, not the pair before.
    ['the two sides after someone of no earlier pair', 'Minister Han and Minister Ortega wrapped up the round. At the summit, President Lee asked for support, and the two sides reached agreements.', ['Han', 'Ortega', 'Lee']],
    ['the three leaders after a pair', 'President Han and President Ortega met on May 9. The three leaders attended a dinner.', ['Han', 'Ortega']],
  ])('means nobody unnamed in %s', (_case, body, names) => {
    expect(implied(body, names)).toEqual({});
  });
});
