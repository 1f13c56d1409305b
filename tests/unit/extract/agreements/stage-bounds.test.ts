import { describe, expect, it } from 'vitest';
import { boundByStages, renewedAt } from '../../../../src/extract/agreements/stage-bounds.js';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findAgreements } from '../../../../src/extract/passes/agreements.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';

const CHINA = [['Korea–China FTA'], ['CN', 'KR']] as const;

describe('a home-country trade agreement read against the stages it is known to have had', () => {
  it.each([
    // signed read after its entry into force: in force
    ['signed', '2017-12-15', 'in_force'],
    // in force read before its day, the release's own day and the next counting as come
    ['in_force', '2015-12-09', 'signed'],
    ['in_force', '2015-12-19', 'in_force'],
    ['in_force', '2015-12-20', 'in_force'],
    // readings the table does not contradict stand
    ['signed', '2015-12-09', 'signed'],
    ['negotiating', '2017-12-15', 'negotiating'],
    // in force read before it was signed: the stage it had (talks since 2012, before them planned)
    ['in_force', '2013-06-29', 'negotiating'],
    ['in_force', '2011-06-29', 'planned'],
  ] as const)('%s on %s is %s', (status, day, bound) => {
    expect(boundByStages(status, ...CHINA, 'KR', day)).toBe(bound);
  });

  it('keeps an in-force reading the words beside the name give, though the table knows no signing yet', () => {
    expect(boundByStages('in_force', ...CHINA, 'KR', '2013-06-29', { stated: true })).toBe('in_force');
    expect(boundByStages('in_force', ...CHINA, 'KR', '2015-12-09', { stated: true })).toBe('signed');
  });

  it('leaves a renewed text, an amending protocol or an unknown agreement as read', () => {
    expect(boundByStages('signed', ...CHINA, 'KR', '2017-12-15', { renewed: true })).toBe('signed');
    expect(boundByStages('signed', ['Protocol Amending the Korea–China FTA'], ['CN', 'KR'], 'KR', '2017-12-15')).toBe('signed');
    expect(boundByStages('signed', ['Korea–Ruritania FTA'], ['KR', 'RU'], 'KR', '2017-12-15')).toBe('signed');
    expect(boundByStages('signed', ...CHINA, 'KR', null)).toBe('signed');
  });

  it('knows a renewed text by the word right before its name', () => {
    const sentence = 'The ministers signed the upgraded Alpha Agreement and noted the Beta Agreement.';
    expect(renewedAt(sentence, sentence.indexOf('Alpha'))).toBe(true);
    expect(renewedAt(sentence, sentence.indexOf('Beta'))).toBe(false);
  });

  it('reads an FTA named inside a signed MOU of follow-up talks as in force', () => {
    const text = analyse('The ministers signed an MOU on launching the second-stage negotiations of the Korea–China FTA on December 14.');
    const fta = findAgreements(text, findCountryMentions(text), 'KR', '2017-12-15').find((a) => a.kind === 'FTA');
    expect(fta?.status).toBe('in_force');
  });

  it('keeps an FTA whose upgrade is signed signed', () => {
    const text = analyse('The two ministers signed the upgraded Korea–China FTA in Beijing on December 14.');
    const fta = findAgreements(text, findCountryMentions(text), 'KR', '2017-12-15').find((a) => a.kind === 'FTA');
    expect(fta?.status).toBe('signed');
  });
});
