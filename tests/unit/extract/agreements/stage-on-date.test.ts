import { describe, expect, it } from 'vitest';
import { stageOnDate, unknownBeforeLastEntry } from '../../../../src/extract/agreements/stage-on-date.js';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findAgreements } from '../../../../src/extract/passes/agreements.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';

describe('the stage a home-country trade agreement had on a day', () => {
  it.each([
    // before the talks were launched, during them, signed and awaiting entry into force, in force
    [['Korea–China FTA'], ['CN', 'KR'], '2010-03-01', 'planned'],
    [['Korea–China FTA'], ['CN', 'KR'], '2013-06-29', 'negotiating'],
    [['Korea–China FTA'], ['CN', 'KR'], '2015-12-09', 'signed'],
    [['Korea–China FTA'], ['CN', 'KR'], '2015-12-20', 'in_force'],
    // talks concluded but nothing signed yet are still talks (the annotators' `negotiating`)
    [['Korea–Canada FTA'], ['CA', 'KR'], '2014-04-11', 'negotiating'],
    // a trilateral agreement is known by its three sides, a bloc's by its acronym or bloc
    [['Korea–China–Japan FTA'], ['CN', 'JP', 'KR'], '2016-10-30', 'negotiating'],
    [['Regional Comprehensive Economic Partnership', 'RCEP'], ['CN', 'JP', 'KR', 'SG'], '2018-08-28', 'negotiating'],
    [['Korea–ASEAN FTA'], ['KR'], '2018-08-28', 'in_force'],
    // a framework of pillars: planned before its launch, under negotiation after
    [['IPEF'], [], '2022-05-21', 'planned'],
    [['Alpha Framework', 'IPEF'], [], '2023-05-29', 'negotiating'],
  ] as const)('%j of %j on %s is %s', (names, parties, day, status) => {
    expect(stageOnDate(names, parties, 'KR', day)).toBe(status);
  });

  it.each([
    ['an agreement of two other countries', ['UK–Vietnam FTA'], ['GB', 'VN'], 'KR'],
    ['a partner the table does not hold', ['Korea–Ruritania FTA'], ['KR', 'RU'], 'KR'],
    ['another home country', ['Alphania–China FTA'], ['CN', 'KR'], 'JP'],
    ['a partner among others', ['Korea–China–Russia FTA'], ['CN', 'KR', 'RU'], 'KR'],
    ['an agreement under a framework', ['IPEF Alpha Agreement'], [], 'KR'],
  ] as const)('knows no stage of %s', (_case, names, parties, home) => {
    expect(stageOnDate(names, parties, home, '2016-01-01')).toBeNull();
  });

  it('gives a trade agreement named in passing the stage it had on the release day', () => {
    const text = analyse('The two presidents asked their negotiators to move on the Korea–China FTA.');
    const [fta] = findAgreements(text, findCountryMentions(text), 'KR', '2013-06-29');
    expect(fta?.status).toBe('negotiating');
  });

  it('gives a bloc agreement of a row named in passing the stage it had on the release day', () => {
    const text = analyse('Korea is a member of the RCEP.');
    const [rcep] = findAgreements(text, findCountryMentions(text), 'KR', '2023-08-04');
    expect(rcep?.status).toBe('in_force');
  });

  it('reads a bilateral home-country FTA the table does not know, named in passing before its last entry into force, as only mentioned', () => {
    const text = analyse('Mexico is one of the largest markets in Latin America with which Korea has yet to conclude a deal, and businesses hope for a Korea–Mexico FTA.');
    const [fta] = findAgreements(text, findCountryMentions(text), 'KR', '2012-04-12');
    expect(fta?.status).toBe('mentioned');
  });

  it.each([
    // known to the table, of another home country, several partners, a later release: not read so
    [['Korea–China FTA'], ['CN', 'KR'], 'KR', '2012-04-12', false],
    [['Japan–Mexico EPA'], ['JP', 'MX'], 'JP', '2012-04-12', false],
    [['Korea–Mexico–Peru FTA'], ['KR', 'MX', 'PE'], 'KR', '2012-04-12', false],
    [['Korea–Mexico FTA'], ['KR', 'MX'], 'KR', '2030-01-01', false],
    [['Korea–Mexico FTA'], ['KR', 'MX'], 'KR', '2012-04-12', true],
  ] as const)('%s of %s for %s on %s unknown before the last entry: %s', (names, parties, home, day, unknown) => {
    expect(unknownBeforeLastEntry(names, parties, home, day)).toBe(unknown);
  });

  it('gives no stage by the table to an MOU between the home country and a partner of a row', () => {
    const text = analyse('Korea and China reviewed the MOU on Battery Recycling.');
    const [mou] = findAgreements(text, findCountryMentions(text), 'KR', '2016-01-01');
    expect(mou?.status).toBe('mentioned');
  });

  it('lets the words of the release outrank the table', () => {
    const text = analyse('The Korea–China FTA entered into force on December 20.');
    const [fta] = findAgreements(text, findCountryMentions(text), 'KR', '2013-06-29');
    expect(fta?.status).toBe('in_force');
  });
});
