import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphData } from '../../src/domain/index.js';
import { chromiumStatus, launchChromium, type Browser } from './support/chromium.js';
import { seedGraph } from './support/seed-graph.js';
import { clickElement, recordingPage, screenshot, settled } from './support/viewer-page.js';
import { startViewerServer, type ViewerServer } from './support/viewer-server.js';

const chromium = chromiumStatus();

const SERBIA = 'agreement:korea-serbia-comprehensive-economic-partnership-agreement';
const ASEAN = 'agreement:korea-asean-fta';
const UZBEKISTAN = 'agreement:korea-uzbekistan-mou';
/** Markup put into the data: it must show as these characters and run nothing. */
const HOSTILE = '<img src=x onerror="window.pwned=1">';

/** The seed graph with markup in one agreement's name and in the sentence of one release about it. */
function withMarkup(graph: GraphData): GraphData {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => (n.id === UZBEKISTAN ? { ...n, attributes: { ...n.attributes, name: `${n.attributes.name} ${HOSTILE}` } } : n)),
    edges: graph.edges.map((e) =>
      e.target === UZBEKISTAN && e.attributes.type === 'MENTIONS'
        ? { ...e, attributes: { ...e.attributes, evidence: e.attributes.evidence.map((ev) => ({ ...ev, sentence: `${ev.sentence} ${HOSTILE}` })) } }
        : e,
    ),
  };
}

/** The stages listed in the panel, as [stage, date]. */
function listedStages(page: Page): Promise<string[][]> {
  return page.locator('#panel .lc-stage').evaluateAll((items) => items.map((item) => [(item as HTMLElement).dataset.stage ?? '', (item as HTMLElement).dataset.date ?? '']));
}

/** "Where do the FTA upgrade talks stand?" answered by the agreement panel, on the seed graph. */
describe.runIf(chromium.run)('the agreement lifecycle in Chromium', () => {
  let browser: Browser;
  let server: ViewerServer;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const { graph } = await seedGraph();
    server = await startViewerServer(withMarkup(graph));
    browser = await launchChromium();
    page = await recordingPage(browser, errors, { dialogs: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a lifecycle from a shared link, above the country view it was shared from', async () => {
    await page.goto(`${server.url}?view=country&country=RS&agreement=${encodeURIComponent(SERBIA)}`);
    await settled(page);
    await page.locator('#panel .lifecycle').waitFor();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Agreement');
    expect(await listedStages(page)).toEqual([
      ['launch', '2025-12-01'],
      ['round', '2025-12-01'],
    ]);
    await expect(page.locator('#panel .agreement-current').textContent()).resolves.toMatch(/Negotiation round since 2025-12-01/);
    await expect(page.locator('#panel .lc-launch .lc-sentence').textContent()).resolves.toMatch(/first official round of negotiations/);
    await screenshot(page, 'lifecycle-01-shared-link-serbia');
    await page.locator('#panel-back').click();
    await page.locator('#panel .country').waitFor();
    expect(errors).toEqual([]);
  });

  it('opens a lifecycle from the country view’s agreement list, shares it, and links each stage to its release', async () => {
    await page.goto(`${server.url}?view=country&country=KR`);
    await settled(page);
    await page.locator('#panel .country button.node-link', { hasText: 'Korea–ASEAN FTA' }).first().click();
    await settled(page);
    await page.locator('#panel .lifecycle').waitFor();
    expect(new URL(page.url()).searchParams.get('agreement')).toBe(ASEAN);
    expect(await listedStages(page)).toEqual([
      ['in_force', '2025-11-17'],
      ['upgrade_planned', '2025-12-11'],
    ]);
    await expect(page.locator('#panel .lc-upgrade_planned .lc-name').textContent()).resolves.toBe('Upgrade planned');
    await screenshot(page, 'lifecycle-02-country-kr-asean');

    await page.locator('#panel .lc-upgrade_planned .lc-release').click();
    await settled(page);
    await page.locator('#panel .document #target').waitFor();
    await expect(page.locator('#panel .document #target').textContent()).resolves.toMatch(/ASEAN|FTA/);
    await page.locator('#panel-back').click();
    await page.locator('#panel .lifecycle').waitFor();
    expect(errors).toEqual([]);
  });

  it('opens the lifecycle when an agreement is clicked in the graph, with markup in the data shown as text', async () => {
    await page.goto(`${server.url}?entity=${encodeURIComponent('country:UZ')}`);
    await settled(page);
    await clickElement(page, UZBEKISTAN);
    await settled(page);
    await page.locator('#panel .lifecycle').waitFor();
    expect(await listedStages(page)).toEqual([['signed', '2025-09-30']]);
    await expect(page.locator('#panel .lc-signed .lc-head').textContent()).resolves.toMatch(/the day the release gives · 2 sources/);
    await expect(page.locator('#panel .entity-name').textContent()).resolves.toContain(HOSTILE);
    await expect(page.locator('#panel .lc-sentence').first().textContent()).resolves.toContain(HOSTILE);
    expect(await page.locator('#panel img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await screenshot(page, 'lifecycle-03-graph-click-uzbekistan');
    expect(errors).toEqual([]);
  });

  it('pins a drawn agreement from its lifecycle and keeps the lifecycle open, so the button reads Unpin', async () => {
    // Follows the previous test: the Uzbekistan MOU is drawn and its lifecycle is open.
    await page.locator('#panel .lifecycle').waitFor();
    await page.locator('#panel [data-action=pin]').click();
    await page.locator('#panel [data-action=pin]', { hasText: 'Unpin' }).waitFor();
    await expect(page.locator('#panel .lifecycle').count()).resolves.toBe(1);
    expect(await page.evaluate((id) => (window as unknown as { cy: { getElementById(id: string): { hasClass(c: string): boolean } } }).cy.getElementById(id).hasClass('pinned'), UZBEKISTAN)).toBe(true);
    expect(errors).toEqual([]);
  });
});
