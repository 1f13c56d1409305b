import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphData } from '../../src/domain/index.js';
import { chromiumStatus, launchChromium, type Browser } from './support/chromium.js';
import { graphFacts } from './support/graph-facts.js';
import { seedGraph } from './support/seed-graph.js';
import { clickElement, drawnCounts, drawnNodeIds, screenshot, settled } from './support/viewer-page.js';
import { startViewerServer, type ViewerServer } from './support/viewer-server.js';
import { FIXTURE_IDS, viewerFixtureGraph, XSS_NAME } from './fixtures/viewer-graph.js';

const chromium = chromiumStatus();
if (!chromium.run) console.log(`e2e: ${chromium.mustFail ? 'FAILING' : 'skipping'} the viewer's browser tests: ${chromium.reason}`);

if (chromium.mustFail) {
  describe('the viewer under CI', () => {
    it('needs Chromium at /usr/bin/chromium', () => {
      throw new Error(chromium.reason);
    });
  });
}

/** Ids of the drawn nodes hidden as hubs. */
function hiddenHubs(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cy: { $(s: string): { map(f: (n: { id(): string }) => string): string[] } } }).cy.$('node.hub').map((n) => n.id()));
}

/** A page on the viewer with dialogs and script errors recorded. */
async function openPage(browser: Browser, url: string) {
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await settled(page);
  return { page, dialogs, errors };
}

describe.runIf(chromium.run)('the viewer in Chromium, browsing the seed graph', () => {
  let browser: Browser;
  let server: ViewerServer;
  let graph: GraphData;
  let page: Page;
  let errors: string[];
  let yeoId: string;
  let facts: ReturnType<typeof graphFacts>;

  beforeAll(async () => {
    ({ graph } = await seedGraph());
    facts = graphFacts(graph);
    const yeo = facts.byName('Yeo Han-koo');
    if (!yeo) throw new Error('The served graph has no node named "Yeo Han-koo"; the seeds name him in several releases.');
    yeoId = yeo.id;
    server = await startViewerServer(graph);
    browser = await launchChromium();
    ({ page, errors } = await openPage(browser, server.url));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('suggests Yeo Han-koo while typing "yeo han" and draws his neighbourhood when picked with Enter', async () => {
    await page.fill('#search-input', 'yeo han');
    await page.locator('#search-list .option', { hasText: 'Yeo Han-koo' }).first().waitFor();
    await screenshot(page, '01-search-suggestions');
    const first = await page.locator('#search-list .option').first().locator('.option-name').textContent();
    if (first === 'Yeo Han-koo') await page.keyboard.press('Enter');
    else await page.locator('#search-list .option', { hasText: 'Yeo Han-koo' }).first().click();
    await settled(page);
    await screenshot(page, '02-yeo-han-koo');

    await expect(page.locator('#panel .entity-name').textContent()).resolves.toBe('Yeo Han-koo');
    const drawn = await drawnNodeIds(page);
    expect(drawn).toContain(yeoId);
    // Hubs (nodes mentioned in most documents) are drawn but hidden; the Hubs list names them.
    const hubs = await hiddenHubs(page);
    expect(drawn.length + hubs.length).toBe(Math.min(facts.neighbours(yeoId).length, 150) + 1);
    expect(new URL(page.url()).searchParams.get('entity')).toBe(yeoId);
  });

  it('expands a neighbour by clicking it, then collapses it again from its panel', async () => {
    const drawn = new Set(await drawnNodeIds(page));
    const hubs = new Set(await hiddenHubs(page));
    const neighbour = facts.neighbours(yeoId).find((id) => drawn.has(id) && facts.neighbours(id).some((n) => !drawn.has(n) && !hubs.has(n)));
    if (!neighbour) throw new Error("No neighbour of Yeo Han-koo has neighbours of its own; the graph is too thin to test expansion.");
    const before = await drawnCounts(page);

    await clickElement(page, neighbour);
    await settled(page);
    await screenshot(page, '03-expanded');
    const expanded = await drawnCounts(page);
    expect(expanded.nodes).toBeGreaterThan(before.nodes);
    await expect(page.locator('#panel .entity-name').textContent()).resolves.toBe(facts.node(neighbour)!.attributes.name);
    await expect(page.locator('#status').textContent()).resolves.toContain('Expanded');

    await page.locator('#panel [data-action="expand"]', { hasText: 'Collapse' }).click();
    await settled(page);
    expect(await drawnCounts(page)).toEqual(before);
  });

  it('opens the evidence of a clicked edge and the document it comes from, with the mention marked', async () => {
    const edge = facts.edgesOf(yeoId)[0]!;
    await page.evaluate((id) => {
      const cy = (window as unknown as { cy: { fit(e: unknown, p: number): void; getElementById(id: string): unknown } }).cy;
      cy.fit(cy.getElementById(id), 200);
    }, edge.id);
    await clickElement(page, edge.id);
    await settled(page);
    await screenshot(page, '04-edge-evidence');

    const evidence = edge.attributes.evidence[0]!;
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Evidence');
    await expect(page.locator('#panel .evidence li').first().locator('.sentence').textContent()).resolves.toBe(evidence.sentence);
    await expect(page.locator('#panel .evidence li').first().locator('mark.hit').textContent()).resolves.toBe(
      evidence.sentence.slice(evidence.start - evidence.sentenceStart, evidence.end - evidence.sentenceStart),
    );
    const doc = facts.node(evidence.docId);
    expect(doc, `evidence.docId ${evidence.docId} names no Document node, so the panel cannot title or open it`).toBeDefined();
    if (!doc) return;
    await expect(page.locator('#panel .evidence li').first().locator('.doc-title').textContent()).resolves.toBe(doc.attributes.name);

    await page.locator('#panel .evidence li').first().getByRole('button', { name: 'Read in document' }).click();
    await settled(page);
    await screenshot(page, '05-document');
    await expect(page.locator('#panel .doc-heading').textContent()).resolves.toBe(doc.attributes.name);
    const marked = await page.locator('#panel .target').allTextContents();
    expect(marked.join('')).toBe(doc.attributes.text!.slice(evidence.start, evidence.end).replace(/\n\s*\n/g, ''));
    await expect(page.locator('#panel #target').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#panel').isHidden()).resolves.toBe(true);
  });

  it('finds the shortest path between Yeo Han-koo and an entity two hops away and highlights it', async () => {
    const distances = facts.distances(yeoId);
    const [targetId] = [...distances].find(([id, d]) => d === 2 && facts.node(id)!.attributes.label !== 'Document') ?? [];
    if (!targetId) throw new Error('Nothing lies two hops from Yeo Han-koo.');
    const target = facts.node(targetId)!.attributes.name;

    await page.locator('[data-view="path"]').click();
    await page.fill('#path-from', 'yeo han');
    await page.locator('#path-from-list .option', { hasText: 'Yeo Han-koo' }).first().click();
    await page.fill('#path-to', target.slice(0, 40));
    await page.locator('#path-to-list .option .option-name', { hasText: target }).first().click();
    await settled(page);
    await screenshot(page, '06-path');

    await expect(page.locator('#panel-title').textContent()).resolves.toBe(`Path: Yeo Han-koo → ${target}`);
    await expect(page.locator('#panel .path h3').first().textContent()).resolves.toMatch(new RegExp(`^Path 1: Yeo Han-koo → .+ → ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator('#panel .path').first().locator('.hop').count()).resolves.toBe(2);
    const onPath = await page.evaluate(() => (window as unknown as { cy: { $(s: string): { length: number } } }).cy.$('.on-path').length);
    expect(onPath).toBe(5);
  });

  it('restricts the drawing to a date range with the time slider', async () => {
    await page.goto(`${server.url}?entity=${encodeURIComponent(yeoId)}`);
    await settled(page);
    // Start the range at the second-earliest end date among his edges, so the earliest ones go.
    const ends = [...new Set(facts.edgesOf(yeoId).map((e) => e.attributes.lastDate).filter((d): d is string => Boolean(d)))].sort();
    if (ends.length < 2) throw new Error("Yeo Han-koo's relations all end on one date; the time slider would hide nothing.");
    const from = ends[1]!;
    const before = await drawnCounts(page);

    await page.evaluate((iso) => {
      const input = document.querySelector<HTMLInputElement>('#time-from')!;
      input.value = String(Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, from);
    await settled(page);
    await screenshot(page, '07-time-range');

    const after = await drawnCounts(page);
    expect(after.edges).toBeLessThan(before.edges);
    const lastDates = await page.evaluate(() =>
      (window as unknown as { cy: { edges(): { not(s: string): { map(f: (e: { data(k: string): string }) => string): string[] } } } }).cy
        .edges()
        .not('.filtered')
        .map((e) => e.data('lastDate')),
    );
    for (const last of lastDates) expect(last >= from).toBe(true);
    await expect(page.locator('#time-label').textContent()).resolves.toContain(from);
    expect(new URL(page.url()).searchParams.get('from')).toBe(from);
  });

  it('reopens a shared link on the same view: entity and date range from the URL', async () => {
    const shared = page.url();
    const counts = await drawnCounts(page);
    const other = await openPage(browser, shared);
    await expect(other.page.locator('#panel .entity-name').textContent()).resolves.toBe('Yeo Han-koo');
    expect(await drawnCounts(other.page)).toEqual(counts);
    await other.page.close();
  });

  it('shows a country view with its timeline', async () => {
    const country = graph.nodes.filter((n) => n.attributes.label === 'Country').sort((a, b) => facts.edgesOf(b.id).length - facts.edgesOf(a.id).length)[0]!;
    await page.goto(`${server.url}?view=country&country=${country.attributes.country ?? country.id.slice('country:'.length)}`);
    await settled(page);
    await screenshot(page, '08-country');
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(`Country: ${country.attributes.name}`);
    expect((await drawnNodeIds(page))).toContain(country.id);
  });

  it('raised no script error on the way', () => {
    expect(errors).toEqual([]);
  });
});

describe.runIf(chromium.run)('the viewer with an entity whose name is markup', () => {
  let browser: Browser;
  let server: ViewerServer;

  beforeAll(async () => {
    server = await startViewerServer(viewerFixtureGraph());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows `<img src=x onerror=alert(1)>` as text everywhere and runs nothing', async () => {
    const { page, dialogs, errors } = await openPage(browser, server.url);
    await page.fill('#search-input', 'img src');
    const option = page.locator('#search-list .option .option-name', { hasText: XSS_NAME });
    await option.first().waitFor();
    await expect(option.first().textContent()).resolves.toBe(XSS_NAME);
    await page.keyboard.press('Enter');
    await settled(page);
    await expect(page.locator('#panel .entity-name').textContent()).resolves.toBe(XSS_NAME);

    const edgeId = `MET:${FIXTURE_IDS.xss}->${FIXTURE_IDS.yeo}`;
    await page.evaluate((id) => {
      const cy = (window as unknown as { cy: { fit(e: unknown, p: number): void; getElementById(id: string): unknown } }).cy;
      cy.fit(cy.getElementById(id), 200);
    }, edgeId);
    await clickElement(page, edgeId);
    await settled(page);
    await expect(page.locator('#panel .evidence .sentence').first().textContent()).resolves.toContain(XSS_NAME);
    await page.getByRole('button', { name: 'Read in document' }).first().click();
    await settled(page);
    await expect(page.locator('#panel .doc-text').textContent()).resolves.toContain(XSS_NAME);
    await screenshot(page, '09-markup-as-text');

    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
