import { describe, expect, it } from 'vitest';
import type { ViewState } from '../../../web/js/url-state.js';
import { describeFilters, setTextQuery, textQueryOf, withoutEmpty } from '../../../web/js/text-query.js';

describe('textQueryOf', () => {
  it('reads the words and every filter the state holds', () => {
    const state: ViewState = { view: 'explore', q: ' nuclear ', qfrom: '2025-01-01', qto: '2025-06-30', qcountry: 'JP', qentity: 'person:a' };
    expect(textQueryOf(state)).toEqual({ q: 'nuclear', from: '2025-01-01', to: '2025-06-30', country: 'JP', entity: 'person:a' });
  });

  it('leaves out filters the state does not hold', () => {
    expect(textQueryOf({ q: 'barakah', qcountry: 'AE' })).toEqual({ q: 'barakah', country: 'AE' });
  });

  it('holds no search when the state has filters but no words', () => {
    expect(textQueryOf({ qcountry: 'AE' })).toBeUndefined();
    expect(textQueryOf({ q: '   ' })).toBeUndefined();
  });
});

describe('setTextQuery', () => {
  it('writes words and filters, and clearing removes the filters with the words', () => {
    const state: ViewState = { view: 'country', country: 'JP' };
    setTextQuery(state, { q: 'chips', from: '2024-03-01', entity: 'org:x' });
    expect(state).toMatchObject({ q: 'chips', qfrom: '2024-03-01', qentity: 'org:x', country: 'JP' });
    setTextQuery(state, undefined);
    expect(textQueryOf(state)).toBeUndefined();
    expect([state.qfrom, state.qto, state.qcountry, state.qentity]).toEqual([undefined, undefined, undefined, undefined]);
    expect(state.country).toBe('JP');
  });

  it('replaces a filter the new search does not set', () => {
    const state: ViewState = { view: 'explore' };
    setTextQuery(state, { q: 'chips', country: 'US' });
    setTextQuery(state, { q: 'chips', to: '2025-01-01' });
    expect(textQueryOf(state)).toEqual({ q: 'chips', to: '2025-01-01' });
  });
});

describe('withoutEmpty', () => {
  it('trims the words and drops blank and missing filters, as form fields give them', () => {
    expect(withoutEmpty({ q: ' lng ', from: '', to: '2025-12-31', country: '  ', entity: null })).toEqual({ q: 'lng', to: '2025-12-31' });
  });
});

describe('describeFilters', () => {
  it('says nothing when no filter is set', () => {
    expect(describeFilters({ q: 'x' })).toBe('');
  });

  it.each([
    [{ from: '2025-01-01', to: '2025-06-30' }, 'released 2025-01-01 to 2025-06-30'],
    [{ from: '2025-01-01' }, 'released on or after 2025-01-01'],
    [{ to: '2025-06-30' }, 'released on or before 2025-06-30'],
  ])('words the release days %o', (days, words) => {
    expect(describeFilters({ q: 'x', ...days })).toBe(words);
  });

  it('names the country and the entity, the entity by its name when known and by its id otherwise', () => {
    expect(describeFilters({ q: 'x', from: '2025-01-01', country: 'Japan', entity: 'person:a' }, 'Jane Roe')).toBe('released on or after 2025-01-01, mentioning Japan and Jane Roe');
    expect(describeFilters({ q: 'x', entity: 'person:a' })).toBe('mentioning person:a');
  });
});
