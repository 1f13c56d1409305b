import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { agreementPage, agreements, type AgreementFilter } from '../../../src/query/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';

describe('agreements', () => {
  const store = createEmbeddedStore(fixtureGraph());

  it.each<[string, AgreementFilter, string[]]>([
    ['everything, by date', {}, [ids.FTA, ids.MOU]],
    ['one kind', { kinds: ['MOU'] }, [ids.MOU]],
    ['one status', { statuses: ['in_force'] }, [ids.FTA]],
    ['a party country', { party: 'US' }, [ids.FTA]],
    ['a date range', { from: '2025-08-01', to: '2025-12-31' }, [ids.MOU]],
    ['filters combined', { party: 'KR', kinds: ['FTA'], statuses: ['signed'] }, []],
  ])('filters %s', async (_name, filter, expected) => {
    expect((await agreements(store, filter)).map((a) => a.id)).toEqual(expected);
  });

  it('names who signed each agreement', async () => {
    const [mou] = await agreements(store, { kinds: ['MOU'] });
    expect(mou).toMatchObject({ kind: 'MOU', status: 'signed', parties: ['EU', 'KR'], date: '2025-09-16' });
    expect(mou!.signatories.map((s) => s.name)).toEqual(['Maroš Šefčovič', 'Yeo Han-koo']);
  });

  it('answers one page of the matches with how many match in all', async () => {
    expect(await agreementPage(store, {}, { offset: 1, limit: 1 })).toMatchObject({ agreements: [{ id: ids.MOU }], total: 2, page: { offset: 1, limit: 1 } });
    expect(await agreementPage(store, { party: 'US' }, { offset: 5, limit: 10 })).toEqual({ agreements: [], total: 1, page: { offset: 5, limit: 10 } });
  });
});
