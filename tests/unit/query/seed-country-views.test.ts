import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphFromInputs } from '../../../src/pipeline/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { countryProfile } from '../../../src/query/index.js';
import type { CountryProfile } from '../../../src/query/index.js';
import type { GraphStore } from '../../../src/domain/index.js';

/** Every list whole: the views below are checked against everything seeds/ says. */
const ALL = { offset: 0, limit: 10_000 };

/**
 * The country views of the graph the real pipeline builds from seeds/, checked against facts read
 * in the releases themselves (quoted beside each row): each partner's agreements with both sides as
 * parties, the partner's officials, and a timeline that dates agreements and meetings by their own days.
 */
describe('the country views of the seed graph', () => {
  let store: GraphStore;
  const views = new Map<string, CountryProfile>();
  const view = async (code: string): Promise<CountryProfile> => {
    if (!views.has(code)) views.set(code, await countryProfile(store, code, ALL));
    return views.get(code)!;
  };

  beforeAll(async () => {
    store = createEmbeddedStore((await buildGraphFromInputs(['seeds'])).graph);
  });

  // [country, an agreement's name (a pattern), its parties, its status] — each from a release's words.
  it.each([
    // `the Korea–UAE CEPA, formally signed in May 2024 and currently undergoing parliamentary ratification`
    ['AE', /^Korea–UAE Comprehensive Economic Partnership Agreement$/, ['AE', 'KR'], 'signed'],
    // `Kim Jung-kwan and Thani bin Ahmed Al Zeyoudi … signed the MOU on the Administration and Operation of …`
    ['AE', /^MOU on the Administration and Operation of the Korea–UAE/, ['AE', 'KR'], 'signed'],
    // `KATS … signed a Memorandum of Understanding (MOU) on September 30 with the Uzbek Agency for Technical Regulation`
    ['UZ', /MOU/, ['KR', 'UZ'], 'signed'],
    // `Korea–Serbia Hold First Official CEPA Negotiations`
    ['RS', /^Korea–Serbia Comprehensive Economic Partnership Agreement$/, ['KR', 'RS'], 'negotiating'],
    // `improving the Korea–India Comprehensive Economic Partnership Agreement (CEPA)`
    ['IN', /^Korea–India Comprehensive Economic Partnership Agreement$/, ['IN', 'KR'], 'in_force'],
    // `the “Memorandum of Understanding (MOU) on Strengthening Service Trade Cooperation” signed on the margins of the recent summit`
    ['CN', /^Memorandum of Understanding on Strengthening Service Trade Cooperation$/, ['CN', 'KR'], 'signed'],
    // `to review the implementation of the FTA`
    ['CN', /^Korea–China FTA$/, ['CN', 'KR'], 'in_force'],
    ['GB', /^Korea–UK FTA$/, ['GB', 'KR'], 'in_force'],
    ['US', /^Korea–U\.S\. FTA$/, ['KR', 'US'], 'in_force'],
  ] as const)('%s lists %s with its parties %j (%s)', async (code, name, parties, status) => {
    const agreement = (await view(code)).agreements.find((a) => name.test(a.name));
    expect(agreement, `${name} in ${(await view(code)).agreements.map((a) => a.name).join('; ')}`).toBeDefined();
    expect([...agreement!.parties].sort()).toEqual([...parties]);
    expect(agreement!.status).toBe(status);
  });

  it('lists every agreement of a partner with both sides among its parties', async () => {
    for (const code of ['AE', 'CA', 'CL', 'CN', 'GB', 'IN', 'IT', 'RS', 'SE', 'SG', 'US', 'UZ']) {
      const { agreements } = await view(code);
      expect(agreements.length, code).toBeGreaterThan(0);
      for (const a of agreements) expect(a.parties, `${code}: ${a.name}`).toEqual(expect.arrayContaining([code, 'KR']));
    }
  });

  // [country, the foreign officials its view must list] — each named in a release as serving it.
  it.each([
    ['AE', ['Thani bin Ahmed Al Zeyoudi']], // `the UAE Minister of State for Foreign Trade`
    ['UZ', ['Akmal Jumanazarov']], // `the Uzbek Agency for Technical Regulation (Director Akmal Jumanazarov)`
    ['SE', ['Crown Princess Victoria', 'Prince Daniel']], // `Crown Princess Victoria and Prince Daniel of Sweden`
    ['RS', ['Olivera Jocic']], // `Serbia by Olivera Jocic, Acting Assistant Minister`
    ['CN', ['Wang Wentao']], // `Wang Wentao, Minister of Commerce of China`
    ['IN', ['Gourangalal Das']], // `Ambassador of India to the Republic of Korea`
    ['GB', ['Chris Bryant']], // `the UK Minister of State at the Department for Business and Trade`
    ['CA', ['Alexandra Dostal']], // `… Innovation, Science and Economic Development Canada (ISED)`
    ['EU', ['Henna Virkkunen']], // `Executive Vice-President … at the European Commission`
  ] as const)('%s lists its officials %j, and no Korean among them', async (code, names) => {
    const { officials } = await view(code);
    expect(officials.map((o) => o.name)).toEqual(expect.arrayContaining([...names]));
    expect(officials.filter((o) => o.country === 'KR')).toEqual([]);
  });

  // [country, a timeline entry's kind, its summary (a pattern), the day the release gives it].
  it.each([
    // `the two countries signed two memoranda of understanding (MOUs)` after `the Korea–UAE summit held on Tuesday, November 18` (released the 19th)
    ['AE', 'agreement', /^MOU on Nuclear New Technologies/, '2025-11-18'],
    ['AE', 'agreement', /^MOU on the Administration and Operation/, '2025-11-18'],
    // `signed a Memorandum of Understanding (MOU) on September 30`
    ['UZ', 'agreement', /MOU/, '2025-09-30'],
    // `the two sides met on November 1 in Gyeongju` and `visited Beijing from Thursday, December 11`: two occasions, each its own day and place
    ['CN', 'meeting', /^Wang Wentao met Kim Jung-kwan in Gyeongju$/, '2025-11-01'],
    ['CN', 'meeting', /^Wang Wentao met Kim Jung-kwan in Beijing$/, '2025-12-11'],
    // `held a video conference on October 1 with Chris Bryant`
    ['GB', 'meeting', /^Chris Bryant met Yeo Han-koo/, '2025-10-01'],
    // `met with Gourangalal Das … on Wednesday, December 10`
    ['IN', 'meeting', /^Gourangalal Das met Yeo Han-koo/, '2025-12-10'],
    // `met with Alexandra Dostal … in Seoul on Monday, December 1`
    ['CA', 'meeting', /^Alexandra Dostal met Park Jung-sung in Seoul$/, '2025-12-01'],
    // `met with Henna Virkkunen … on Thursday, November 27, in Seoul`
    ['EU', 'meeting', /^Henna Virkkunen met Kim Jung-kwan in Seoul$/, '2025-11-27'],
    // `the Korea–Sweden Sustainable Partnership Summit, held at the Grand Hyatt Seoul on Thursday, October 16`
    ['SE', 'meeting', /^Crown Princess Victoria met /, '2025-10-16'],
  ] as const)('%s dates the %s %s on %s', async (code, kind, summary, date) => {
    const { timeline } = await view(code);
    const entries = timeline.filter((t) => t.kind === kind && summary.test(t.summary));
    expect(entries.map((t) => t.date), timeline.map((t) => `${t.date} ${t.summary}`).join('\n')).toEqual([date]);
  });

  it('dates an agreement on the timeline by its own day where the graph has one, else by the release that first names it', async () => {
    for (const code of ['AE', 'CN', 'UZ', 'SE', 'RS', 'IN', 'GB', 'US']) {
      const { agreements, timeline } = await view(code);
      for (const a of agreements) {
        const entry = timeline.find((t) => t.kind === 'agreement' && t.entityIds[0] === a.id);
        expect(entry?.date, `${code}: ${a.name}`).toBe(a.date ?? a.firstSeen);
      }
    }
  });
});
