import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgeRecord, GraphData, GraphStore, NodeRecord } from '../../../src/domain/index.js';
import { edgeKey, SCHEMA_VERSION } from '../../../src/domain/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import { DEFAULT_HELD_AT_PAGE, postPage } from '../../../src/query/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';

const MOTIR = 'org:ministry-of-trade-industry-and-resources';

describe('posts over the seed graph', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = createEmbeddedStore((await runPipeline(['seeds'])).graph);
  });

  it('merges "Minister for Trade" and "Trade Minister" into one post with its holder’s interval, quoting the first sighting and counting the rest', async () => {
    const { posts, total } = await postPage(store, { title: 'Minister for Trade' });
    expect(total).toBe(1);
    expect(posts[0]).toMatchObject({
      id: `${MOTIR}#minister-trade`,
      title: 'Trade Minister',
      titles: ['Minister for Trade', 'Trade Minister'],
      organization: { id: MOTIR },
      holders: [{ person: { name: 'Yeo Han-koo' }, firstSeen: '2025-10-02', lastSeen: '2025-12-11', until: null }],
      heldAt: null,
    });
    const [holder] = posts[0]!.holders;
    expect(holder!.evidenceCount).toBeGreaterThan(2);
    expect(holder!.evidence.map((e) => e.date)).toEqual(['2025-10-02']);
  });

  it('answers who was trade minister on a day the releases cover, and nobody before them', async () => {
    const during = await postPage(store, { title: 'trade minister', at: '2025-11-01' });
    expect(during.posts[0]!.heldAt).toEqual([{ person: expect.objectContaining({ name: 'Yeo Han-koo' }), basis: 'seen' }]);
    expect((await postPage(store, { title: 'trade minister', at: '2025-09-01' })).posts[0]!.heldAt).toEqual([]);
  });

  it('reads a title restating the ministry’s name as the ministry’s Minister', async () => {
    const { posts } = await postPage(store, { title: 'Minister of Trade, Industry and Resources', org: 'ministry of trade, industry and resources' });
    expect(posts.map((post) => [post.id, post.holders.map((h) => h.person.name)])).toEqual([[`${MOTIR}#minister`, ['Kim Jung-kwan']]]);
    expect(posts[0]!.titles).toEqual(['Minister', 'Minister of Trade, Industry and Resources']);
  });

  it('lists every post of an organisation by id, ordered by title, a page at a time with the total', async () => {
    const all = await postPage(store, { org: MOTIR }, { offset: 0, limit: 500 });
    expect(all.total).toBe(all.posts.length);
    expect(all.posts.every((post) => post.organization.id === MOTIR)).toBe(true);
    const titles = all.posts.map((post) => post.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    const second = await postPage(store, { org: MOTIR }, { offset: 1, limit: 2 });
    expect(second).toMatchObject({ total: all.total, page: { offset: 1, limit: 2 } });
    expect(second.posts.map((post) => post.id)).toEqual(all.posts.slice(1, 3).map((post) => post.id));
  });

  it('finds by title or organisation exactly the posts a scan of every post finds', async () => {
    // Asked of a store that is not the embedded one, postPage reads and filters every post (no kept index).
    const scanned: GraphStore = { ...store, backend: 'neo4j' };
    const every = (await postPage(store, {}, { offset: 0, limit: 5000 })).posts;
    const titles = [...new Set(every.flatMap((post) => post.titles))];
    // A title with its organisation's name after it: the restated name is looked up, however many words it makes.
    const restating = every.map((post) => `${post.title} of the ${post.organization.name}`);
    const asked = [...titles, ...titles.map((title) => title.split(' ').reverse().join(' ')), ...restating, 'Minister', 'trade', 'Minister of Trade, Industry and Resources', 'no such post', 'a b c d e f g h i j'];
    for (const title of asked) {
      expect((await postPage(store, { title }, { offset: 0, limit: 5000 })).posts, title).toEqual((await postPage(scanned, { title }, { offset: 0, limit: 5000 })).posts);
    }
    for (const org of [...new Set(every.map((post) => post.organization.id))].slice(0, 20)) {
      expect((await postPage(store, { org }, { offset: 0, limit: 5000 })).posts, org).toEqual((await postPage(scanned, { org }, { offset: 0, limit: 5000 })).posts);
    }
  });

  it('finds nothing for a title no release gives', async () => {
    expect(await postPage(store, { title: 'Astronaut' })).toMatchObject({ posts: [], total: 0 });
  });
});

describe('posts with successive holders', () => {
  const ORG = 'org:ministry-of-examples';
  const person = (id: string, name: string): NodeRecord => ({ id, attributes: { label: 'Person', name, aliases: [] } });
  const held = (source: string, title: string, dates: string[]): EdgeRecord => ({
    id: edgeKey('HOLDS_POSITION', source, ORG, title),
    source,
    target: ORG,
    attributes: {
      type: 'HOLDS_POSITION',
      title,
      firstDate: dates[0]!,
      lastDate: dates[dates.length - 1]!,
      docIds: dates.map((date) => `doc:${date}`),
      count: dates.length,
      evidence: dates.map((date) => ({ docId: `doc:${date}`, date, sentence: `${title} ${source}.`, sentenceStart: 0, start: 0, end: 5 })),
    },
  });
  const graph: GraphData = {
    schemaVersion: SCHEMA_VERSION,
    nodes: [
      { id: ORG, attributes: { label: 'Organization', name: 'Ministry of Examples', aliases: [] } },
      person('person:first', 'First Holder'),
      person('person:second', 'Second Holder'),
    ],
    edges: [held('person:first', 'Minister of Examples', ['2024-01-10', '2024-02-20']), held('person:second', 'Minister', ['2024-06-01', '2024-09-30'])],
  };
  const store = createEmbeddedStore(graph);

  it('ends a holder’s interval where the successor first appears', async () => {
    const [post] = (await postPage(store, { title: 'Minister', org: ORG })).posts;
    expect(post!.holders.map((h) => [h.person.id, h.firstSeen, h.lastSeen, h.until])).toEqual([
      ['person:first', '2024-01-10', '2024-02-20', '2024-06-01'],
      ['person:second', '2024-06-01', '2024-09-30', null],
    ]);
  });

  it('lists a page of the holders with how many there are, and finds who held the post among them all', async () => {
    const first = (await postPage(store, { title: 'Minister', org: ORG, at: '2024-07-01' }, undefined, { offset: 0, limit: 1 }));
    expect(first.holderPage).toEqual({ offset: 0, limit: 1 });
    expect(first.posts[0]).toMatchObject({ holderTotal: 2, holders: [{ person: { id: 'person:first' } }], heldAt: [{ person: { id: 'person:second' }, basis: 'seen' }] });
    const second = (await postPage(store, { title: 'Minister', org: ORG }, undefined, { offset: 1, limit: 1 })).posts[0]!;
    expect(second.holders.map((h) => [h.person.id, h.until])).toEqual([['person:second', null]]);
    expect((await postPage(store, { title: 'Minister', org: ORG }, undefined, { offset: 2, limit: 5 })).posts[0]).toMatchObject({ holders: [], holderTotal: 2 });
  });

  it('pages who held the post on a day, with heldAtTotal, every one reachable by heldAtOffset', async () => {
    // Three more people seen around 2024-07-01 beside the second holder: four hold the post that day.
    const crowded = createEmbeddedStore({
      ...graph,
      nodes: [...graph.nodes, person('person:third', 'Third Holder'), person('person:fourth', 'Fourth Holder'), person('person:fifth', 'Fifth Holder')],
      edges: [
        ...graph.edges,
        held('person:third', 'Minister', ['2024-05-01', '2024-08-01']),
        held('person:fourth', 'Minister', ['2024-06-15', '2024-07-15']),
        held('person:fifth', 'Minister', ['2024-06-20', '2024-07-02']),
      ],
    });
    const asked = { title: 'Minister', org: ORG, at: '2024-07-01' };
    const all = (await postPage(crowded, asked, undefined, undefined, { offset: 0, limit: 500 })).posts[0]!;
    expect(all.heldAt!.map((h) => h.person.id)).toEqual(['person:third', 'person:second', 'person:fourth', 'person:fifth']);
    const pages = await Promise.all([0, 3].map((offset) => postPage(crowded, asked, undefined, undefined, { offset, limit: 3 })));
    expect(pages.map((answer) => answer.heldAtPage)).toEqual([{ offset: 0, limit: 3 }, { offset: 3, limit: 3 }]);
    expect(pages.map((answer) => answer.posts[0]!.heldAtTotal)).toEqual([4, 4]);
    expect(pages.flatMap((answer) => answer.posts[0]!.heldAt!)).toEqual(all.heldAt);
  });

  it('lists a default page of those who held a post on a day unless asked for more, and no total when no day is asked', async () => {
    const many = Array.from({ length: 7 }, (_, i) => `person:p${i}`);
    const busy = createEmbeddedStore({
      ...graph,
      nodes: [...graph.nodes, ...many.map((id) => person(id, id))],
      edges: [...graph.edges, ...many.map((id) => held(id, 'Minister', ['2024-06-01', '2024-12-01']))],
    });
    const on = (await postPage(busy, { title: 'Minister', org: ORG, at: '2024-07-01' })).posts[0]!;
    expect([on.heldAt!.length, on.heldAtTotal]).toEqual([DEFAULT_HELD_AT_PAGE.limit, 8]);
    expect((await postPage(busy, { title: 'Minister', org: ORG })).posts[0]).toMatchObject({ heldAt: null, heldAtTotal: null });
  });

  it.each([
    ['2024-01-09', []],
    ['2024-02-01', [['person:first', 'seen']]],
    ['2024-03-15', [['person:first', 'before-successor']]],
    ['2024-06-01', [['person:second', 'seen']]],
    ['2024-10-01', []],
  ])('on %s the post was held by %j', async (at, expected) => {
    const [post] = (await postPage(store, { title: 'minister', org: 'Ministry of Examples', at })).posts;
    expect(post!.heldAt!.map((h) => [h.person.id, h.basis])).toEqual(expected);
  });
});
