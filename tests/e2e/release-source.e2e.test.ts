import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphData } from '../../src/domain/index.js';
import type { DocumentView } from '../../src/query/types.js';
import { chromiumStatus, launchChromium, type Browser } from './support/chromium.js';
import { seedGraph } from './support/seed-graph.js';
import { recordingPage, screenshot, settled } from './support/viewer-page.js';
import { startViewerServer, type ViewerServer } from './support/viewer-server.js';

const chromium = chromiumStatus();

const SOURCE = 'https://www.motir.go.kr/eng/example/nuclear-release';
/** An address no parser would keep, as a store written by other means may hold it. */
const SCRIPT = 'javascript:window.pwned=1';

/**
 * The seeds are plain-text files without addresses: two releases that mention nuclear power are given one,
 * the first a web page, the second a script address that must never become a link.
 */
function withAddresses(graph: GraphData): { graph: GraphData; linked: string; scripted: string } {
  const [linked, scripted] = graph.nodes.filter((n) => n.attributes.label === 'Document' && /nuclear/i.test(n.attributes.text ?? '')).map((n) => n.id);
  const url = new Map([
    [linked, SOURCE],
    [scripted, SCRIPT],
  ]);
  return {
    graph: { ...graph, nodes: graph.nodes.map((n) => (url.has(n.id) ? { ...n, attributes: { ...n.attributes, url: url.get(n.id) } } : n)) },
    // Two releases are needed: a seed change that leaves fewer fails here, not as a timeout later.
    linked: linked ?? expect.fail('no release mentions nuclear power in the seeds'),
    scripted: scripted ?? expect.fail('only one release mentions nuclear power in the seeds'),
  };
}

/** "Open the release at its source": the document panel links the address /api/documents/{id} gives. */
describe.runIf(chromium.run)("a release's source address in Chromium", () => {
  let browser: Browser;
  let server: ViewerServer;
  let page: Page;
  let linked = '';
  let scripted = '';
  const errors: string[] = [];

  beforeAll(async () => {
    const seeded = withAddresses((await seedGraph()).graph);
    ({ linked, scripted } = seeded);
    server = await startViewerServer(seeded.graph);
    browser = await launchChromium();
    page = await recordingPage(browser, errors, { viewport: { width: 1280, height: 720 } });
    await page.goto(server.url);
    await settled(page);
    await page.fill('#text-search-input', 'nuclear');
    await page.press('#text-search-input', 'Enter');
    await page.locator('#panel .text-hit').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a release from the search hits and returns the document panel's links. */
  async function openFromHits(id: string): Promise<{ href: string | null; text: string }[]> {
    await page.locator(`#panel .text-hit[data-id="${id}"] .text-hit-title`).click();
    await page.locator('#panel .document').waitFor();
    await settled(page);
    return page.locator('#panel .document a').evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href'), text: a.textContent ?? '' })));
  }

  it('links a release to the address the API gives, opening in a new tab', async () => {
    const doc = await server.json<DocumentView>(`api/documents/${encodeURIComponent(linked)}`);
    expect(doc.url).toBe(SOURCE);
    expect(await openFromHits(linked)).toEqual([{ href: doc.url, text: 'Original page' }]);
    expect(await page.locator('#panel .doc-url').getAttribute('target')).toBe('_blank');
    expect(await page.locator('#panel .doc-url').getAttribute('rel')).toContain('noopener');
    await screenshot(page, 'source-01-release-link');
    await page.locator('#panel-back').click();
    await page.locator('#panel .text-hit').first().waitFor();
  });

  it('makes no link of a script address, and runs nothing', async () => {
    expect(await openFromHits(scripted)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
