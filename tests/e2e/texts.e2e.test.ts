import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumStatus, launchChromium, type Browser } from './support/chromium.js';
import { seedGraph } from './support/seed-graph.js';
import { recordingPage, screenshot, settled } from './support/viewer-page.js';
import { startViewerServer, type ViewerServer } from './support/viewer-server.js';

const chromium = chromiumStatus();

/** "Which releases mention Barakah?" asked in the viewer's release-text search, on the seed graph. */
describe.runIf(chromium.run)('the release-text search in Chromium', () => {
  let browser: Browser;
  let server: ViewerServer;
  let page: Page;
  const errors: string[] = [];
  let expected: string[];

  beforeAll(async () => {
    const { graph } = await seedGraph();
    expected = graph.nodes.filter((n) => n.attributes.label === 'Document' && /barakah/i.test(n.attributes.text ?? '')).map((n) => n.id);
    server = await startViewerServer(graph);
    browser = await launchChromium();
    page = await recordingPage(browser, errors);
    await page.goto(server.url);
    await settled(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists every release that mentions Barakah with the word marked, and opens one', async () => {
    expect(expected.length).toBeGreaterThan(0);
    await page.fill('#text-search-input', 'barakah');
    await page.press('#text-search-input', 'Enter');
    await page.locator('#panel .text-hit').first().waitFor();
    await screenshot(page, 'texts-01-barakah');
    const ids = await page.locator('#panel .text-hit').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id));
    expect(ids.sort()).toEqual([...expected].sort());
    const marks = await page.locator('#panel .text-hit-snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toBe('barakah');

    await page.locator('#panel .text-hit-title').first().click();
    await page.locator('#panel .document').waitFor();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Document');
    await page.locator('#panel-back').click();
    await page.locator('#panel .text-hit').first().waitFor();
    expect(errors).toEqual([]);
  });
});
