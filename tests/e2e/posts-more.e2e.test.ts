import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { edgeKey, type EdgeRecord, type GraphData, type NodeRecord } from '../../src/domain/index.js';
import type { PostList } from '../../src/query/types.js';
import { chromiumStatus, launchChromium, type Browser } from './support/chromium.js';
import { seedGraph } from './support/seed-graph.js';
import { recordingPage, screenshot, settled } from './support/viewer-page.js';
import { startViewerServer, type ViewerServer } from './support/viewer-server.js';

const chromium = chromiumStatus();

const ORG = 'org:ministry-of-examples';
const DAY = '2024-07-01';
/** More holders than a page lists, all seen around DAY: the post's holders and who held it then both run past one page. */
const PEOPLE = Array.from({ length: 8 }, (_, i) => ({ id: `person:example-minister-${i + 1}`, name: `Example Minister ${i + 1}` }));

/** The seed graph and one post with eight holders, each seen from a month of 2024 to its end. */
function withCrowdedPost(graph: GraphData): GraphData {
  const held = (person: string, month: number): EdgeRecord => {
    const dates = [`2024-0${month}-01`, '2024-12-01'];
    return {
      id: edgeKey('HOLDS_POSITION', person, ORG, 'Minister'),
      source: person,
      target: ORG,
      attributes: {
        type: 'HOLDS_POSITION',
        title: 'Minister',
        firstDate: dates[0]!,
        lastDate: dates[1]!,
        docIds: dates.map((date) => `doc:${date}`),
        count: 2,
        evidence: dates.map((date) => ({ docId: `doc:${date}`, date, sentence: `${person} is Minister.`, sentenceStart: 0, start: 0, end: 5 })),
      },
    };
  };
  const nodes: NodeRecord[] = [
    { id: ORG, attributes: { label: 'Organization', name: 'Ministry of Examples', aliases: [] } },
    ...PEOPLE.map(({ id, name }): NodeRecord => ({ id, attributes: { label: 'Person', name, aliases: [] } })),
  ];
  return { ...graph, nodes: [...graph.nodes, ...nodes], edges: [...graph.edges, ...PEOPLE.map(({ id }, i) => held(id, 1 + (i % 6)))] };
}

/**
 * A post with more holders than the API lists at once, in the posts view: each "more" control
 * adds the next page of that post's holders, or of who held it on the day, until every one is shown.
 */
describe.runIf(chromium.run)('the posts view’s “more” controls in Chromium', () => {
  let browser: Browser;
  let server: ViewerServer;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const { graph } = await seedGraph();
    server = await startViewerServer(withCrowdedPost(graph));
    browser = await launchChromium();
    page = await recordingPage(browser, errors, { viewport: { width: 1280, height: 720 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists a page of the holders and of who held the post on the day, and adds the rest on request, in the API’s order', async () => {
    const everyone = (await server.json<PostList>(`api/posts?org=${encodeURIComponent(ORG)}&at=${DAY}&holderLimit=500&heldAtLimit=500`)).posts[0]!;
    const first = (await server.json<PostList>(`api/posts?org=${encodeURIComponent(ORG)}&at=${DAY}`)).posts[0]!;
    expect([everyone.holderTotal, everyone.heldAtTotal]).toEqual([8, 8]);
    expect(first.holders.length).toBeLessThan(8);
    expect(first.heldAt!.length).toBeLessThan(8);

    await page.goto(`${server.url}?view=posts&org=${encodeURIComponent(ORG)}&at=${DAY}`);
    await settled(page);
    await page.locator('.posts-table .more-holders-button').waitFor();
    const holders = () => page.locator('.posts-table tbody .holder').allTextContents();
    expect(await holders()).toEqual(first.holders.map((h) => h.person.name));
    expect(await page.locator('.posts-table .more-holders-button').textContent()).toContain(`${8 - first.holders.length} more holders (8 in all)`);
    expect(await page.locator('.posts-table .held-names').textContent()).toBe(first.heldAt!.map((i) => `${i.person.name} (Minister, Ministry of Examples)`).join('; '));
    // The post's title cell spans its holders' rows and the "more" row.
    const titleSpan = () => page.locator('.posts-table tbody tr:first-child td:first-child').evaluate((cell) => (cell as HTMLTableCellElement).rowSpan);
    expect(await titleSpan()).toBe(first.holders.length + 1);
    await screenshot(page, 'posts-more-01-first-page');

    await page.click('.posts-table .more-holders-button');
    await settled(page);
    expect(await holders()).toEqual(everyone.holders.map((h) => h.person.name));
    expect(await page.locator('.posts-table .more-holders-button').count()).toBe(0);
    expect(await titleSpan()).toBe(8);
    // Every holder is marked as holding the post on the day, those added as the first ones.
    expect(await page.locator('.posts-table tr.held .holder').allTextContents()).toEqual(everyone.heldAt!.map((i) => i.person.name));

    expect(await page.locator('.posts-table .more-held').textContent()).toBe(`+${8 - first.heldAt!.length} more (Minister, Ministry of Examples)`);
    await page.click('.posts-table .more-held');
    await settled(page);
    expect(await page.locator('.posts-table .held-names').textContent()).toBe(everyone.heldAt!.map((i) => `${i.person.name} (Minister, Ministry of Examples)`).join('; '));
    expect(await page.locator('.posts-table .more-held').count()).toBe(0);
    await screenshot(page, 'posts-more-02-every-holder');
    expect(errors).toEqual([]);
  });
});
