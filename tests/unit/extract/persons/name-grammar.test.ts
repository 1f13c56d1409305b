import { describe, expect, it } from 'vitest';
import { NAME_PARTICLE_TABLE } from '../../../../src/extract/lexicons/name-parts.js';
import { personsOf } from '../helpers.js';

const names = (body: string): string[] => personsOf(body).map((p) => p.name);

describe('name particles (one row per particle of NAME_PARTICLE_TABLE)', () => {
  it.each(NAME_PARTICLE_TABLE.map((p) => [p.particle, p.region, p.example]))('keeps `%s` (%s) inside %s after a title', (_particle, _region, example) => {
    expect(names(`Trade Minister Park Ji-won met Deputy Minister ${example} in Seoul.`)).toContain(example);
  });

  it.each(NAME_PARTICLE_TABLE.map((p) => [p.particle, p.example]))('keeps `%s` inside %s in apposition', (_particle, example) => {
    expect(names(`The talks were led by ${example}, Director General for Trade Policy.`)).toContain(example);
  });
});

describe('long names of every region', () => {
  it.each([
    // Arabic: nasab with several given names, the family article joined or apart
    ['Before the summit, the President met Prime Minister Sheikh Hamad Al-Salem Al-Fahad Al-Rumi.', 'Hamad Al-Salem Al-Fahad Al-Rumi'],
    ['Minister Kim and Dr. Faris bin Omar Al Hakim, the UAE Minister of Economy, signed the MOU.', 'Faris bin Omar Al Hakim'],
    // a word that is also a royal title, before a patronymic, is a given name
    ['Minister Kim and Sultan bin Saeed Al Harthy, Oman’s Minister of Commerce, signed the MOU.', 'Sultan bin Saeed Al Harthy'],
    // four-part Scandinavian and Iberian names
    ['The President met Siri Anne Holm Dahlberg, chair of the foreign affairs committee.', 'Siri Anne Holm Dahlberg'],
    ['He met Minister of Economy Ana Luz Ortega Barros in Lima.', 'Ana Luz Ortega Barros'],
    // a portfolio whose last word the lexicon does not hold, joined by `and` to one it does
    ['He held talks with Minister of Mining and Metallurgy Ana Luz Ortega Barros in Seoul.', 'Ana Luz Ortega Barros'],
    // dotted initials for the given names
    ['The Minister met Indian External Affairs Minister R.K. Varma in New Delhi.', 'R.K. Varma'],
    ['They were joined by U.S. Vice President T.J. Walden and the Secretary of Commerce.', 'T.J. Walden'],
    ['He also met Singapore’s Minister for Trade Relations P. Raman on the sidelines.', 'P. Raman'],
    // two middle initials between the given and the family name
    ['On May 18, the Minister held talks with U.S. Trade Representative Daniel B. G. Whitcombe in Qingdao.', 'Daniel B. G. Whitcombe'],
    // a portfolio ending in `Emissions Reduction`: the capitalised word before the name is the portfolio's
    ['Minister Kim and Alder’s Minister for Industry, Energy and Emissions Reduction Owen Marsh signed two MOUs.', 'Owen Marsh'],
    // a Vietnamese family name that is an English function word at a sentence's start
    ['The visit followed General Secretary To Minh Quan’s state visit to Korea.', 'To Minh Quan'],
    ['President Kim held a summit with To Minh Quan, General Secretary of the party, in Seoul.', 'To Minh Quan'],
    // the presiding officer of a legislature
    ['Before the summit, the President met National Assembly Speaker Omar Al-Haddad.', 'Omar Al-Haddad'],
    // a time prefix joined to the title
    ['Talks resumed in 2022, when then-Secretary General Omar Falah Al-Haddad signed the terms.', 'Omar Falah Al-Haddad'],
  ])('reads the whole name in %j', (body, name) => {
    expect(names(body)).toEqual(expect.arrayContaining([name]));
  });

  it('gives a post written with a time prefix without the prefix', () => {
    const [p] = personsOf('Talks resumed when then-Secretary General Omar Falah Al-Haddad signed the terms.');
    expect(p?.titles).toEqual(['Secretary General']);
  });
});

describe('a name of a given name and two family names', () => {
  it('goes by the first family name after a title: `Minister Ortega` is Ana Ortega Barros', () => {
    const persons = personsOf('Minister Kim Ji-ho met Minister of Economy Ana Ortega Barros in Lima on May 8. Later that day, Minister Ortega also met Governor Paul Weiss.');
    expect(persons.map((p) => p.name)).toEqual(['Kim Ji-ho', 'Ana Ortega Barros', 'Paul Weiss']);
    expect(persons[1]?.aliases).toEqual(['Minister Ortega']);
  });
});

describe('a clause after a place is no apposition of the place', () => {
  it('reads the titles after `, where` as the posts of the names that follow them', () => {
    const body = 'The deal was reached at the Alder House, where Deputy Prime Minister and Minister of Finance Ana Roe and Trade Minister Kim Ji-ho met President Tom Hale.';
    expect(names(body)).toEqual(['Ana Roe', 'Kim Ji-ho', 'Tom Hale']);
  });
});

describe('names that name places, not people', () => {
  it.each([
    'The Emir praised the builders of the Sheikh Hamad Al-Salem Al-Rumi Causeway.',
    'The plant will stand in the King Faisal International Maritime Complex at Ras Al-Noor.',
    'Korea will take part in the King Faisal Renewable Energy Initiative.',
    'The minister briefed the press at The Prince Albert Tower Tokyo on March 16.',
    'The plant will be built at Ras Al-Noor, whose port opens next year.',
  ])('finds no one in %j', (body) => {
    expect(names(body)).toEqual([]);
  });
});
