import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../src/extract/agreements/draft.js';
import { nameFromTitle } from '../../../../src/extract/agreements/title-names.js';

const mou = (name: string, aliases: string[] = []): Draft => ({
  name,
  aliases: new Set(aliases),
  kind: 'MOU',
  status: 'signed',
  parties: new Set(),
  mentions: [],
  counted: false,
  tallied: false,
  unnamed: false,
  date: null,
});

describe('an MOU named by the release title', () => {
  it.each([
    ['Korea and Ruritania Sign MOU on Lithium Development at Salar Flat', 'MOU on Lithium Development at Salar Flat'],
    ['ZHP and Gridwell Sign MOU on Gas Supply at Korea-Ruritania Summit', 'MOU on Gas Supply'],
    ['Korea and Ruritania Sign MOU to Build Battery Supply Chain during State Visit', 'MOU to Build Battery Supply Chain'],
    ['Trade Pact Enters into Force; Ministers Sign MOU on Industrial Cooperation', 'MOU on Industrial Cooperation'],
    ['Korea and Ruritania Sign MOU on Hydrogen Cooperation in Seoul', 'MOU on Hydrogen Cooperation'],
  ])('%s → %s', (title, alias) => {
    const draft = mou('memorandum of understanding on joint research');
    nameFromTitle([draft], title);
    expect([...draft.aliases]).toContain(alias);
  });

  it('gives the title topic to the names by signers', () => {
    const draft = mou('memorandum of understanding on joint research', ['ZHP–Gridwell MOU', 'ZHP–Gridwell memorandum of understanding']);
    nameFromTitle([draft], 'ZHP and Gridwell Sign MOU on Lithium Development');
    expect([...draft.aliases]).toEqual(expect.arrayContaining(['ZHP–Gridwell MOU on Lithium Development', 'ZHP–Gridwell memorandum of understanding on Lithium Development']));
  });

  it('among several MOUs, names the one sharing its topic words', () => {
    const grid = mou('MOU on grid maintenance');
    const lithium = mou('MOU on lithium refining');
    nameFromTitle([grid, lithium], 'Korea and Ruritania Sign MOU on Lithium Refining Cooperation');
    expect([...lithium.aliases]).toEqual(['MOU on Lithium Refining Cooperation']);
    expect([...grid.aliases]).toEqual([]);
  });

  it.each([
    ['Korea and Ruritania Sign Seven MOUs on Energy'],
    ['Korea and Ruritania Sign MOUs on Energy and Mining'],
    ['Minister Meets Ruritanian Counterpart'],
  ])('must not name an MOU from: %s', (title) => {
    const draft = mou('MOU on energy');
    nameFromTitle([draft], title);
    expect([...draft.aliases]).toEqual([]);
  });

  it('names none of several MOUs when no topic word is shared', () => {
    const grid = mou('MOU on grid maintenance');
    const lithium = mou('MOU on lithium refining');
    nameFromTitle([grid, lithium], 'Korea and Ruritania Sign MOU on Shipbuilding');
    expect([...grid.aliases, ...lithium.aliases]).toEqual([]);
  });
});
