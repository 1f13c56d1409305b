import { describe, expect, it } from 'vitest';
import { LOWER_CASE_PHRASINGS, lowerCaseAgreements, topicAt } from '../../../../src/extract/agreements/lower-case-names.js';

const namesIn = (sentence: string, countries: readonly string[]): string[] =>
  // The sentence's countries stand anywhere in it: a compound of parties holds them all.
  lowerCaseAgreements(sentence, { countryCodes: countries, home: 'KR', countriesIn: () => countries }).map((h) => h.name);

// Each row of LOWER_CASE_PHRASINGS is a phrasing: its example gives its names, its neighbours none.
describe('agreements named in lower case', () => {
  it.each(LOWER_CASE_PHRASINGS.map((p) => [p.id, p.example] as const))('%s: reads its example', (_id, example) => {
    expect(namesIn(example.sentence, example.countries)).toEqual(example.names);
  });

  it.each(LOWER_CASE_PHRASINGS.flatMap((p) => p.mustNot.map((n) => [p.id, n.sentence, n.countries] as const)))('%s must not read: %s', (_id, sentence, countries) => {
    expect(namesIn(sentence, countries)).toEqual([]);
  });

  // The literal gate must let every example through, or the phrasing would never be tried.
  it.each(LOWER_CASE_PHRASINGS.map((p) => [p.id, p] as const))('%s: its example holds a literal it needs', (_id, p) => {
    expect(p.needs.some((literal) => p.example.sentence.includes(literal))).toBe(true);
  });

  it('gives a bilateral agreement named by its kind both sides and the spelled name as an alias', () => {
    const [hit] = lowerCaseAgreements('Korea and Alphania signed their bilateral free trade agreement in Kuala Lumpur.', { countryCodes: ['KR', 'NZ'], home: 'KR' });
    expect(hit).toMatchObject({ name: 'Korea–New Zealand FTA', aliases: ['Korea–New Zealand free trade agreement'], kind: 'FTA', parties: ['KR', 'NZ'] });
  });
});

describe('a deal two countries reached', () => {
  it('is also named by its one-word topic as a kind, and is concluded but not signed', () => {
    const [hit] = lowerCaseAgreements('Korea and Peru have reached an agreement on tariffs.', { countryCodes: ['KR', 'PE'], home: 'KR', countriesIn: () => ['KR', 'PE'] });
    expect(hit).toMatchObject({ name: 'Korea–Peru agreement on tariffs', aliases: ['Korea–Peru tariff agreement'], kind: 'other', parties: ['KR', 'PE'], stated: 'negotiating' });
  });
});

describe('a lower-case kind of agreement signed', () => {
  it.each([
    ['Alpha Motors concluded a general cooperation agreement on army vehicles with the Beta arsenal.', 'general cooperation agreement on army vehicles'],
    ['The two sides signed a technology agreement on Monday.', 'technology agreement'],
    ['The two sides signed a technology agreement on the sidelines of the summit.', 'technology agreement'],
    ['The two finance ministers signed a framework arrangement on financial cooperation.', 'framework arrangement on financial cooperation'],
    ['The two governments signed a framework arrangement for concessional loans of 2.5 billion dollars.', 'framework arrangement for concessional loans'],
    ['The two governments signed a framework arrangement for concessional loans of up to 2.5 billion dollars.', 'framework arrangement for concessional loans'],
    ['The bank signed a currency swap arrangement for the first time.', 'currency swap arrangement'],
  ])('%s → %s', (sentence, name) => {
    expect(namesIn(sentence, [])).toEqual([name]);
  });
});

describe('a trade deal the release knows', () => {
  it('is named with its sides once, where its sentence gives them', () => {
    expect(namesIn('Korea and Peru welcomed the bilateral trade agreement.', ['KR', 'PE'])).toEqual(['Korea–Peru trade agreement']);
  });

  it('is named without sides where its sentence names only the home country', () => {
    expect(namesIn('Korea’s firms asked about the framework trade agreement reached in late July.', ['KR'])).toEqual(['framework trade agreement']);
  });
});

describe('a trade agreement with a bloc', () => {
  it('has the bloc named in its sentence as the other side, not a member named as the place', () => {
    const [hit] = lowerCaseAgreements('Korea and the four member states of EFTA will hold negotiations on a trade agreement in Geneva, Switzerland.', {
      countryCodes: ['KR', 'CH'],
      home: 'KR',
    });
    expect(hit).toMatchObject({ name: 'Korea–EFTA trade agreement', kind: 'FTA', parties: ['KR'] });
  });
});

describe('topicAt', () => {
  it.each([
    ['cooperation in green and marine energy.', 'cooperation in green and marine energy'],
    ['the joint development of the Delta gas field in western Alphania, including a plant', 'the joint development of the Delta gas field in western Alphania'],
    ['joint research and ask for the swift implementation of the Beta Pact.', 'joint research'],
    ['cooperation in the peaceful uses of atomic energy signed in 2011', 'cooperation in the peaceful uses of atomic energy'],
    ['food safety.', 'food safety'],
    // `and an …` starts the list's next document.
    ['development assistance and an agreement on establishing an institute.', 'development assistance'],
  ])('%s → %s', (text, topic) => {
    expect(topicAt(text)).toBe(topic);
  });

  it.each(['Monday in Seoul.', 'behalf of their governments.', 'September 30 in Seoul.', '2 April.'])('reads no topic in %s', (text) => {
    expect(topicAt(text)).toBeNull();
  });
});
