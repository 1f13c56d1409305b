import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TextSearchResult } from '../../src/query/types.js';
import { chromiumStatus, launchChromium, type Browser } from './support/chromium.js';
import { seedGraph } from './support/seed-graph.js';
import { drawnNodeIds, recordingPage, screenshot, settled } from './support/viewer-page.js';
import { startViewerServer, type ViewerServer } from './support/viewer-server.js';

const chromium = chromiumStatus();

const YEO = 'person:yeo-han-koo';

/** The release ids the panel lists, in order. */
function listedHits(page: Page): Promise<string[]> {
  return page.locator('#panel .text-hit').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id ?? ''));
}

/** "Which releases mention …?" shared as a link (`?q=`): the hits /api/documents/search gives, over any view. */
describe.runIf(chromium.run)('the release-text search from a shared link in Chromium', () => {
  let browser: Browser;
  let server: ViewerServer;
  let page: Page;
  const errors: string[] = [];

  const search = async (q: string, filter: Record<string, string> = {}): Promise<TextSearchResult> =>
    server.json<TextSearchResult>(`api/documents/search?${new URLSearchParams({ q, ...filter }).toString()}`);
  const param = (name: string) => new URL(page.url()).searchParams.get(name);

  beforeAll(async () => {
    server = await startViewerServer((await seedGraph()).graph);
    browser = await launchChromium();
    page = await recordingPage(browser, errors, { viewport: { width: 1280, height: 720 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the hits of ?q= as the API ranks them, the words back in the search field', async () => {
    const answer = await search('nuclear');
    expect(answer.hits.length).toBeGreaterThan(1);
    await page.goto(`${server.url}?q=nuclear`);
    await settled(page);
    await page.locator('#panel .text-hit').first().waitFor();
    expect(await listedHits(page)).toEqual(answer.hits.map((hit) => hit.document.id));
    expect(await page.inputValue('#text-search-input')).toBe('nuclear');
    expect(await page.locator('#panel-title').textContent()).toBe('Release texts');
  });

  it('writes a search into the link, and an entity opened afterwards takes its place', async () => {
    await page.fill('#text-search-input', 'barakah');
    await page.press('#text-search-input', 'Enter');
    await settled(page);
    await expect.poll(() => param('q')).toBe('barakah');
    expect(await listedHits(page)).toEqual((await search('barakah')).hits.map((hit) => hit.document.id));

    await page.goBack();
    await settled(page);
    expect(param('q')).toBe('nuclear');
    await expect.poll(() => listedHits(page)).toEqual((await search('nuclear')).hits.map((hit) => hit.document.id));

    await page.fill('#search-input', 'yeo han');
    await page.locator('#search-list .option', { hasText: 'Yeo Han-koo' }).first().click();
    await settled(page);
    expect(param('entity')).toBe(YEO);
    expect(param('q')).toBeNull();
  });

  it('keeps the drawing a link names under the hits, and a release opened from them goes back to them', async () => {
    await page.goto(`${server.url}?entity=${encodeURIComponent(YEO)}&q=nuclear`);
    await settled(page);
    await page.locator('#panel .text-hit').first().waitFor();
    expect(await drawnNodeIds(page)).toContain(YEO);
    await screenshot(page, 'texts-02-shared-link-over-entity');
    const first = (await listedHits(page))[0]!;
    await page.locator(`#panel .text-hit[data-id="${first}"] .text-hit-title`).click();
    await page.locator('#panel .document').waitFor();
    await page.locator('#panel-back').click();
    await page.locator('#panel .text-hit').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('narrows the hits by release days, a country and an entity from the filter fields, and shares them in the link', async () => {
    const all = await search('korea');
    const days = all.hits.map((hit) => hit.document.date ?? '').filter(Boolean).sort();
    const from = days[Math.floor(days.length / 2)]!;
    const byDays = await search('korea', { from });
    expect(byDays.total).toBeGreaterThan(0);
    expect(byDays.total).toBeLessThan(all.total);

    await page.goto(`${server.url}?q=korea&qfrom=${from}`);
    await settled(page);
    await page.locator('#panel .text-hit').first().waitFor();
    expect(await listedHits(page)).toEqual(byDays.hits.map((hit) => hit.document.id));
    expect(await page.inputValue('#panel .text-filters input[name="from"]')).toBe(from);
    expect(await page.locator('#panel .text-search-count').textContent()).toContain(`released on or after ${from}`);

    // The entity is picked from the suggestions; the link then carries its id.
    await page.fill('#panel .text-filters input[name="entity"]', 'yeo han');
    await page.locator('#panel .text-filters .option', { hasText: 'Yeo Han-koo' }).first().click();
    await page.fill('#panel .text-filters input[name="from"]', '');
    await page.locator('#panel .text-filters button[type="submit"]').click();
    await settled(page);
    await expect.poll(() => param('qentity')).toBe(YEO);
    expect(param('qfrom')).toBeNull();
    const byEntity = await search('korea', { entity: YEO });
    expect(byEntity.total).toBeGreaterThan(0);
    await expect.poll(() => listedHits(page)).toEqual(byEntity.hits.map((hit) => hit.document.id));
    expect(await page.locator('#panel .text-search-count').textContent()).toContain('mentioning Yeo Han-koo');
    await screenshot(page, 'texts-03-filtered-by-entity');

    await page.fill('#panel .text-filters input[name="country"]', 'US');
    await page.locator('#panel .text-filters button[type="submit"]').click();
    await settled(page);
    await expect.poll(() => param('qcountry')).toBe('US');
    await expect.poll(() => listedHits(page)).toEqual((await search('korea', { entity: YEO, country: 'US' })).hits.map((hit) => hit.document.id));
    expect(errors).toEqual([]);
  });

  it('keeps the filter fields when the API refuses a filter, with the reason shown', async () => {
    await page.goto(`${server.url}?q=korea&qcountry=Atlantis`);
    await settled(page);
    await page.locator('#panel .text-filters').waitFor();
    expect(await page.inputValue('#panel .text-filters input[name="country"]')).toBe('Atlantis');
    expect(await page.locator('#panel').textContent()).toMatch(/Atlantis/);
    expect(await page.locator('#panel .text-hit').count()).toBe(0);
  });
});
