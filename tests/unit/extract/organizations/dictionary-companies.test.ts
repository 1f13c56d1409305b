import { describe, expect, it } from 'vitest';
import { orgsOf } from '../helpers.js';

// Names below are entries of the installed company-name dictionary that appear in no evaluation gold.
const companies = (body: string): string[] => orgsOf(body).filter((o) => o.kind === 'company').map((o) => o.name);

describe('addDictionaryCompanies', () => {
  it.each([
    // listed beside a company the text names by its form
    ['Nintendo', 'The fund backs Velmar Robotics Co., Ltd. and Nintendo in the new venture.'],
    // a possessive
    ['Spotify', 'The minister welcomed Spotify’s new office and its hiring plans.'],
    // a company's predicate
    ['Heineken', 'Officials said Heineken will invest in a new brewery near the port.'],
    // an introducer
    ['Zalando', 'The delegation included the German company Zalando and two banks.'],
    ['Ericsson', 'The network will be built with Sweden-based Ericsson and local partners.'],
    // the first of two names a company's predicate has for its subject
    ['Heineken', 'At the forum, Heineken and Velmar Brewing agreed to build a plant.'],
    // a pair cast in a company's role, either of its two names
    ['Nintendo', 'Three builders form the consortium, with Nintendo and Spotify as subcontractors.'],
    ['Spotify', 'Three builders form the consortium, with Nintendo and Spotify as subcontractors.'],
  ])('reads %s off a company context', (name, body) => {
    expect(companies(body)).toContain(name);
  });

  it.each([
    ['Heineken Velmar', 'The deal was criticised: Netherlands-based Heineken Velmar has filed an appeal.'],
    ['Spotify Orvantis', 'The minister cited Spotify Orvantis’s participation in the project.'],
  ])('reads %s, a listed name and the one word that closes it, off a company context', (name, body) => {
    expect(companies(body)).toContain(name);
  });

  it('gives a longer name its home from a `-based` compound', () => {
    expect(orgsOf('Netherlands-based Heineken Velmar has filed an appeal.').find((o) => o.name === 'Heineken Velmar')?.country).toBe('NL');
  });

  it.each([
    // a title after the listed name opens a post, not a longer name
    ['Heineken Chairman Velmo Ostra said the plant will open.'],
    // a third capitalised word: the name runs on past what can be read
    ['Officials said Spotify Orvantis Velmar will invest in the port.'],
    // `of` a country after two words: a person's name reads the same
    ['The prime ministers, Ana Ruiz of Peru and Heineken Velmar of Chile, met in Lima.'],
  ])('reads no longer name from %j', (body) => {
    expect(companies(body).filter((n) => n.includes(' '))).toEqual([]);
  });

  it('gives a company its home from `of` and a country', () => {
    const orgs = orgsOf('The consortium includes Velmar Heavy Industries Co. and Lufthansa of Germany, officials said.');
    expect(orgs.find((o) => o.name === 'Lufthansa')?.country).toBe('DE');
  });

  it('makes a bare word the short form of the company it opens when the rest is a legal form', () => {
    const orgs = orgsOf('Adidas Corporation opened a plant. Officials said Adidas will hire 300 people.');
    expect(orgs.filter((o) => o.name.startsWith('Adidas')).map((o) => o.name)).toEqual(['Adidas Corporation']);
  });

  it.each([
    // an everyday English word the dictionary also lists
    ['Officials said Shell will invest in the terminal.'],
    ['Officials said Target will open two stores.'],
    // a city the dictionary lists
    ['The minister flew to London. London will host the talks.'],
    // a place in the same release: `in X`, `the X region`
    ['The plant opened in Nintendo last year. Nintendo’s council welcomed it.'],
    // no company context
    ['The report mentioned Heineken briefly.'],
    // `and` then a name with no company's predicate after it
    ['The report mentioned Heineken and Velmar Brewing in passing.'],
    // part of a longer capitalised name
    ['Officials met Spotify Velmar Partners on Friday.'],
    // a ticker written in capitals only by the list, in mixed case in the text
    ['Officials said Aapl will invest in the region.'],
  ])('reads no company from %j', (body) => {
    expect(companies(body)).toEqual([]);
  });

  it.each([
    // capitals inside the word: a brand, listed or not
    ['KazVelgas', 'They signed a cooperation agreement between KazVelgas and Velmar Engineering on gas projects.'],
    ['VelmarENERGY', 'At the forum, Orvik Daewoo and VelmarENERGY signed an LNG memorandum.'],
    // a hyphen before a capitalised stem
    ['T-Velm', 'Officials said T-Velm will invest in a new refinery.'],
  ])('reads %s, a coined word, off a company context', (name, body) => {
    expect(companies(body)).toContain(name);
  });

  it.each([
    // a coined word with no company context
    ['The report mentioned KazVelgas briefly.'],
    // a Scottish or Irish surname is no coined brand
    ['Officials said McVelmar will visit Seoul next week.'],
  ])('reads no coined company from %j', (body) => {
    expect(companies(body)).toEqual([]);
  });

  it.each([
    // a country word, then a word no vocabulary holds, beside a company
    ['Saudi Velmco', 'At the forum, T-Velm and Saudi Velmco agreed to build a cracker in Ulsan.'],
    ['Qatari Orvanco', 'The deal is an investment by Qatari Orvanco and T-Velm, Korea’s third-largest refiner, in new facilities.'],
  ])('reads %s, a national brand, off a company context', (name, body) => {
    expect(companies(body)).toContain(name);
  });

  it('gives a national brand its country word’s home', () => {
    expect(orgsOf('At the forum, T-Velm and Saudi Velmco agreed to build a cracker.').find((o) => o.name === 'Saudi Velmco')?.country).toBe('SA');
  });

  it.each([
    // an everyday word after the country word
    ['At the forum, T-Velm and Saudi Energy agreed to build a cracker.'],
    // no company context
    ['The report mentioned Saudi Velmco briefly.'],
  ])('reads no national brand from %j', (body) => {
    expect(companies(body).filter((n) => n.startsWith('Saudi'))).toEqual([]);
  });

  it('takes no word capitalised only where it opens a sentence', () => {
    expect(companies('Heineken will invest in the port.')).toEqual([]);
  });
});
