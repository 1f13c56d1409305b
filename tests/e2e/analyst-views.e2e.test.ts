import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CountryActivity, CountryGraph, CountryProfile, OccasionList, PostList } from '../../src/query/types.js';
import { parseCsv } from '../support/parse-csv.js';
import { chromiumStatus, launchChromium, type Browser } from './support/chromium.js';
import { seedGraph } from './support/seed-graph.js';
import { recordingPage, screenshot, settled } from './support/viewer-page.js';
import { startViewerServer, type ViewerServer } from './support/viewer-server.js';

const chromium = chromiumStatus();

/**
 * The analyst's everyday questions asked in the viewer on the seed graph, each answered by one view
 * that shows what one API request answers: who held a post on a day, the meetings with a country's
 * officials as a table (and its CSV), a country's activity over time as a chart.
 */
describe.runIf(chromium.run)('the analyst views in Chromium', () => {
  let browser: Browser;
  let server: ViewerServer;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const { graph } = await seedGraph();
    server = await startViewerServer(graph);
    browser = await launchChromium();
    page = await recordingPage(browser, errors, { viewport: { width: 1280, height: 720 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers "who was the trade minister on 2025-10-15?" from the posts form, as /api/posts does', async () => {
    const answer = await server.json<PostList>('api/posts?title=Trade%20Minister&org=MOTIR&at=2025-10-15');
    const held = answer.posts.flatMap((p) => (p.heldAt ?? []).map((i) => i.person.name));
    // MOTIR's Minister for Trade (the trade minister), not its Minister (of Trade, Industry and Resources).
    expect(held).toEqual(['Yeo Han-koo']);

    await page.goto(server.url);
    await settled(page);
    await page.click('[data-view="posts"]');
    await page.fill('#posts-title', 'Trade Minister');
    await page.fill('#posts-org', 'MOTIR');
    await page.fill('#posts-at', '2025-10-15');
    await page.click('#posts-form button[type="submit"]');
    await page.locator('.posts-table tr.held').first().waitFor();
    await settled(page);
    await screenshot(page, 'analyst-01-posts');
    expect(await page.locator('.posts-table tr.held .holder').allTextContents()).toEqual(held);
    expect(await page.locator('.posts-table .answer').textContent()).toContain('Yeo Han-koo');
    expect(new URL(page.url()).searchParams.get('view')).toBe('posts');
    expect(new URL(page.url()).searchParams.get('at')).toBe('2025-10-15');
  });

  it('shows the meetings with Chinese officials since 2025-01-01 from a shared link, one row per occasion, with the CSV of the same rows', async () => {
    const list = await server.json<OccasionList>('api/occasions?country=CN&from=2025-01-01&limit=100');
    expect(list.total).toBeGreaterThan(0);
    for (const o of list.occasions) expect([o.a.country, o.b.country]).toContain('CN');

    await page.goto(`${server.url}?view=meetings&country=CN&from=2025-01-01`);
    await settled(page);
    await page.locator('.meetings-table tbody tr').first().waitFor();
    await screenshot(page, 'analyst-02-meetings-cn');
    const rows = await page.locator('.meetings-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).slice(0, 5).map((td) => td.textContent ?? '')),
    );
    expect(rows).toEqual(list.occasions.map((o) => [o.date ?? '—', o.a.name, o.a.country ?? '', o.b.name, o.b.country ?? '']));
    expect(await page.locator('.table-count').textContent()).toContain(`of ${list.total} occasions`);
    expect(await page.inputValue('#meetings-country')).toBe('CN');

    const href = await page.locator('.table-csv').getAttribute('href');
    const csv = parseCsv(await (await fetch(new URL(href!, server.url))).text());
    const [header, ...records] = csv;
    const at = (name: string) => header!.indexOf(name);
    expect(records.map((r) => [r[at('date')], r[at('a.name')], r[at('b.name')]])).toEqual(list.occasions.map((o) => [o.date ?? '', o.a.name, o.b.name]));
  });

  it("draws a country's activity over time from /api/countries/{code}/activity in the country view", async () => {
    const activity = await server.json<CountryActivity>('api/countries/CN/activity?by=quarter');
    expect(activity.series.length).toBeGreaterThan(0);

    await page.goto(`${server.url}?view=country&country=CN`);
    await settled(page);
    await page.locator('#panel .activity canvas').waitFor();
    await screenshot(page, 'analyst-03-country-activity');
    const drawn = await page.evaluate(() => {
      type Drawn = { data: { labels: unknown[]; datasets: { label: string; data: unknown[] }[] } };
      const { Chart } = window as unknown as { Chart: { getChart(canvas: Element): Drawn | undefined } };
      const canvas = document.querySelector('#panel .activity canvas');
      const chart = canvas ? Chart.getChart(canvas) : undefined;
      return chart ? { labels: chart.data.labels, data: chart.data.datasets.map((d) => [d.label, d.data]) } : null;
    });
    expect(drawn).toEqual({
      labels: activity.series.map((p) => p.period),
      data: [
        ['meetings', activity.series.map((p) => p.meetings)],
        ['agreements', activity.series.map((p) => p.agreements)],
        ['releases', activity.series.map((p) => p.mentions)],
      ],
    });
    expect(await page.locator('#panel .activity canvas').getAttribute('aria-label')).toContain(`${activity.totals.meetings} meetings`);
  });

  it('shows the first page of a country’s lists with their totals, and more on asking, and leads to its meetings table', async () => {
    const first = await server.json<CountryProfile>('api/countries/KR');
    const total = first.totals.officials;
    expect(total).toBeGreaterThan(first.officials.length);

    await page.goto(`${server.url}?view=country&country=KR`);
    await settled(page);
    // The drawing comes from its own request, /api/countries/{code}/graph of the same page: all of its nodes are on the canvas (hubs perhaps hidden, not left out).
    const drawing = await server.json<CountryGraph>('api/countries/KR/graph');
    expect(drawing.elements.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining([first.country.id, ...first.officials.map((o) => o.id)]));
    const onCanvas = await page.evaluate(() => (window as unknown as { cy: { nodes(): { map(f: (n: { id(): string }) => string): string[] } } }).cy.nodes().map((n) => n.id()));
    expect(onCanvas.sort()).toEqual(drawing.elements.nodes.map((n) => n.data.id).sort());
    const officials = page.locator('#panel section', { has: page.locator('h3', { hasText: /^Officials/ }) });
    await officials.waitFor();
    expect(await officials.locator('h3').textContent()).toBe(`Officials (${first.officials.length} of ${total})`);
    await officials.locator('.show-more').click();
    const shown = Math.min(total, 100);
    const officialsListed = () =>
      page.evaluate(() => {
        const section = Array.from(document.querySelectorAll('#panel section')).find((s) => s.querySelector('h3')?.textContent?.startsWith('Officials'));
        return section?.querySelectorAll('li').length ?? 0;
      });
    await expect.poll(officialsListed, { timeout: 10_000 }).toBe(shown);
    expect(await page.locator('#panel .all-meetings').getAttribute('href')).toBe('?view=meetings&country=KR');
  });

  it('leaves a table view for the graph views, and raised no page error on the way', async () => {
    await page.goto(`${server.url}?view=meetings&country=CN`);
    await settled(page);
    await page.locator('.meetings-table').waitFor();
    await page.click('[data-view="explore"]');
    expect(await page.locator('#table-view').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });
});
