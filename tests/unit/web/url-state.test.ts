import { describe, expect, it } from 'vitest';
import { isView, readState, stateToSearch } from '../../../web/js/url-state.js';

describe('readState', () => {
  it('opens the explore view when the query string is empty', () => {
    expect(readState('')).toEqual({ view: 'explore' });
  });

  it('reads every known key, lists split at commas', () => {
    expect(readState('?view=path&pathFrom=person:a&pathTo=country:KR&labels=Person,Country&types=MET&from=2025-01-01&to=2025-06-30&limit=300')).toEqual({
      view: 'path',
      pathFrom: 'person:a',
      pathTo: 'country:KR',
      labels: ['Person', 'Country'],
      types: ['MET'],
      from: '2025-01-01',
      to: '2025-06-30',
      limit: '300',
    });
  });

  it.each([
    ['an unknown view', '?view=admin', { view: 'explore' }],
    ['an unknown key', '?view=country&country=KR&debug=1', { view: 'country', country: 'KR' }],
    ['an empty value', '?entity=&edge=e1', { view: 'explore', edge: 'e1' }],
    ['empty list items', '?labels=,Person,,', { view: 'explore', labels: ['Person'] }],
  ])('ignores %s', (_case, search, state) => {
    expect(readState(search)).toEqual(state);
  });

  it('reads the agreement whose lifecycle is open over the country view, and writes it back after the country', () => {
    const state = readState('?view=country&country=RS&agreement=agreement%3Akorea-serbia-cepa');
    expect(state).toEqual({ view: 'country', country: 'RS', agreement: 'agreement:korea-serbia-cepa' });
    expect(stateToSearch(state)).toBe('?view=country&country=RS&agreement=agreement%3Akorea-serbia-cepa');
  });

  it('reads the partners chart\'s period, measure and the countries left out, and writes them back', () => {
    const state = readState('?view=partners&by=year&measure=agreements&hide=country:KR');
    expect(state).toEqual({ view: 'partners', by: 'year', measure: 'agreements', hide: ['country:KR'] });
    expect(stateToSearch(state)).toBe('?view=partners&by=year&measure=agreements&hide=country%3AKR');
  });

  it('reads a release-text search and writes it back right after the view', () => {
    const state = readState('?entity=person:a&q=barakah%20nuclear');
    expect(state).toEqual({ view: 'explore', entity: 'person:a', q: 'barakah nuclear' });
    expect(stateToSearch(state)).toBe('?view=explore&q=barakah+nuclear&entity=person%3Aa');
  });

  it('reads the release-text search\'s filters apart from the graph\'s time filter, and writes them after the words', () => {
    const state = readState('?from=2024-01-01&qentity=person:a&qcountry=JP&qto=2025-06-30&qfrom=2025-01-01&q=nuclear');
    expect(state).toEqual({ view: 'explore', q: 'nuclear', qfrom: '2025-01-01', qto: '2025-06-30', qcountry: 'JP', qentity: 'person:a', from: '2024-01-01' });
    expect(stateToSearch(state)).toBe('?view=explore&q=nuclear&qfrom=2025-01-01&qto=2025-06-30&qcountry=JP&qentity=person%3Aa&from=2024-01-01');
  });

  it('keeps ids holding ":" and ">" intact through the URL encoding', () => {
    const id = 'edge:person:a>MET>person:b';
    expect(readState(stateToSearch({ view: 'explore', edge: id })).edge).toBe(id);
  });
});

describe('stateToSearch', () => {
  it('writes keys in a fixed order, so equal states give equal links', () => {
    const a = stateToSearch({ view: 'explore', to: '2025-06-30', entity: 'person:a', from: '2025-01-01' });
    const b = stateToSearch({ from: '2025-01-01', entity: 'person:a', view: 'explore', to: '2025-06-30' });
    expect(a).toBe(b);
    expect(a).toBe('?view=explore&entity=person%3Aa&from=2025-01-01&to=2025-06-30');
  });

  it('leaves out empty lists and unset keys', () => {
    expect(stateToSearch({ view: 'country', country: 'KR', labels: [], types: undefined })).toBe('?view=country&country=KR');
  });

  it('round-trips through readState', () => {
    const state = { view: 'explore' as const, entity: 'person:a', labels: ['Person', 'Organization'], types: ['MET', 'SIGNED'], limit: '40' };
    expect(readState(stateToSearch(state))).toEqual(state);
  });

  it('round-trips the table views\' filters: meetings by person, country and dates; posts by title, organisation and day', () => {
    const meetings = { view: 'meetings' as const, country: 'CN', person: 'person:a', from: '2025-01-01', to: '2025-12-31' };
    expect(readState(stateToSearch(meetings))).toEqual(meetings);
    const posts = { view: 'posts' as const, title: 'Trade Minister', org: 'MOTIR', at: '2024-03-15' };
    expect(stateToSearch(posts)).toBe('?view=posts&title=Trade+Minister&org=MOTIR&at=2024-03-15');
    expect(readState(stateToSearch(posts))).toEqual(posts);
  });

  it('round-trips the hub rule: threshold, nodes hidden by name and hubs shown anyway', () => {
    const state = { view: 'path' as const, pathFrom: 'person:a', pathTo: 'person:b', types: ['MET'], hubs: '12', hide: ['org:x', 'country:JP'], show: ['country:KR'] };
    const search = stateToSearch(state);
    expect(search).toBe('?view=path&pathFrom=person%3Aa&pathTo=person%3Ab&types=MET&hubs=12&hide=org%3Ax%2Ccountry%3AJP&show=country%3AKR');
    expect(readState(search)).toEqual(state);
  });

  it('keeps `hubs=0` (hub hiding off) rather than dropping it as empty', () => {
    expect(readState(stateToSearch({ view: 'explore', hubs: '0' }))).toEqual({ view: 'explore', hubs: '0' });
  });
});

describe('isView', () => {
  it.each(['explore', 'country', 'path', 'cypher', 'meetings', 'posts'])('accepts %s', (view) => expect(isView(view)).toBe(true));
  it.each(['', 'Explore', 'admin', null, undefined])('rejects %s', (view) => expect(isView(view)).toBe(false));
});
