import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });
const agreements = (body: string): string[] =>
  extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement').map((a) => `${a.name} (${a.kind})`);

describe('agreements named by a capitalised title', () => {
  it.each([
    // a head that leads its name, the topic's small words and all
    ['Talks on investment will begin one year after the Agreement on Trade in Services enters into force.', 'Agreement on Trade in Services (FTA)'],
    ['The project builds on the Agreement of Cooperation in the Salt Industry signed by the two governments.', 'Agreement of Cooperation in the Salt Industry (treaty)'],
    // where it was signed is not part of its name
    ['The two ministers signed the Agreement on Trade in Services in Ankara on May 1.', 'Agreement on Trade in Services (FTA)'],
    // a sentence's opening preposition is not part of the name
    ['Under the Spice Framework Agreement, talks on services will follow.', 'Spice Framework Agreement (framework)'],
    // one capitalised word after `on` is a topic of its own
    ['Ruritania will seek compensation under the Agreement on Safeguards and raise the matter next month.', 'Agreement on Safeguards (treaty)'],
    ['The duties breach the Agreement on Subsidies, the ministry said.', 'Agreement on Subsidies (treaty)'],
    // after `on the`, a title of capitalised words
    ['Ruritania has been a party to the Treaty on the Non-Alignment of Alpha States since 1975.', 'Treaty on the Non-Alignment of Alpha States (treaty)'],
    ['The court applied the Agreement on the Conservation of Polar Bears in its ruling.', 'Agreement on the Conservation of Polar Bears (other)'],
    // a preliminary deal's document, capitalised
    ['Under a separate Heads of Terms, Alpha Oil obtains the exclusive right to develop three blocks.', 'Heads of Terms (other)'],
    // a statement named for the press
    ['At the summit, the leaders also adopted the Korea–Ruritania Joint Press Statement, upgrading their ties.', 'Korea–Ruritania Joint Press Statement (joint_statement)'],
    // a topic after `on the`, capitalised
    ['The three leaders adopted the Joint Statement for Regional Partnership and the Joint Statement on the International Finance and Economy.', 'Joint Statement on the International Finance and Economy (joint_statement)'],
    // sides of several words after `between`
    ['The Free Trade Agreement between the Republic of Korea and the United States (KORUS FTA) entered into force on March 15.', 'Korea–U.S. Free Trade Agreement (FTA)'],
    // a formal title goes on with what the treaty establishes, up to the next item of the list
    ['Korea and Ruritania signed the Framework Agreement establishing a free trade area and the Agreement on Trade in Goods on May 1.', 'Framework Agreement establishing a free trade area (framework)'],
    ['Two documents were signed: the Framework Agreement Establishing a Free Trade Area between the Republic of Korea and the Republic of Chile, and a protocol.', 'Korea–Chile Framework Agreement Establishing a Free Trade Area (framework)'],
  ])('%s', (body, expected) => {
    expect(agreements(body)).toContain(expected);
  });

  it.each([
    ['The two sides signed the Agreement on Tuesday.'],
    ['The two sides signed the Agreement on Tuesday and left.'],
    ['The ministers discussed the Agreement on the matter.'],
    ['The ministers discussed the Agreement on the Korea Side.'],
  ])('must not: %s', (body) => {
    expect(agreements(body).filter((a) => a.startsWith('Agreement'))).toEqual([]);
  });
});

describe('a free trade area named', () => {
  const statuses = (body: string): string[] =>
    extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement').map((a) => `${a.name} (${a.kind}, ${a.status})`);

  it('by its sides before the head', () => {
    expect(agreements('The Prime Minister welcomed the plan to upgrade the Alphania-Ruritania Free Trade Area.')).toContain('Alphania-Ruritania Free Trade Area (FTA)');
  });

  it('by the region after the head is an aim, mentioned, with its acronym', () => {
    expect(statuses('Ministers agreed to speed up the study on the Free Trade Area of the Alpha-Pacific (FTAAP).')).toContain('Free Trade Area of the Alpha-Pacific (FTA, mentioned)');
  });

  it.each([
    ['The RCEP will create a Free Trade Area covering half the world.'],
    ['The Framework Agreement Establishing a Free Trade Area was signed in May.'],
  ])('is not a head alone: %s', (body) => {
    expect(agreements(body).filter((a) => a.startsWith('Free Trade Area'))).toEqual([]);
  });
});

describe('a formal title', () => {
  it('is repeated by its head alone', () => {
    const body = 'Korea and Chile signed the Framework Agreement Establishing a Free Trade Area on May 1. Under the Framework Agreement, talks on services will follow.';
    expect(agreements(body)).toEqual(['Framework Agreement Establishing a Free Trade Area (framework)']);
  });
});

describe('a joint statement’s topic', () => {
  it('ends where those watching the signing are named', () => {
    const body = 'Minister Kim and Minister Ruiz signed a joint declaration on the Korea–Peru FTA in the presence of President Lee and Prime Minister Ruiz of Peru.';
    expect(agreements(body)).toContain('joint declaration on the Korea–Peru FTA (joint_statement)');
  });
});

describe('a joint statement named in full', () => {
  const statuses = (body: string): string[] =>
    extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement').map((a) => `${a.name}: ${a.status}`);
  it.each([
    ['The leaders adopted the Joint Statement for Alpha Partnership and the Joint Statement on the International Finance and Economy.', 'Joint Statement on the International Finance and Economy: signed'],
    ['At the summit, the leaders also adopted the Korea–Ruritania Joint Press Statement, upgrading the relationship to a strategic partnership.', 'Korea–Ruritania Joint Press Statement: signed'],
  ])('is signed when its clause says it was adopted: %s', (body, expected) => {
    expect(statuses(body)).toContain(expected);
  });

  it('keeps the stage its sentence gives when no adoption is said', () => {
    expect(statuses('The ministers discussed the Joint Statement on the International Finance and Economy to be adopted next month.')).not.toContain(
      'Joint Statement on the International Finance and Economy: signed',
    );
  });
});
