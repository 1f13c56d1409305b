import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphData } from '../../src/domain/graph.js';
import type { GraphStore, StoreCounts } from '../../src/domain/store.js';
import { runPipeline } from '../../src/pipeline/index.js';
import { chromiumStatus, launchChromium, type Browser } from '../e2e/support/chromium.js';
import { drawnCounts, drawnNodeIds, screenshot, settled } from '../e2e/support/viewer-page.js';
import { describeWithNeo4j, openNeo4jStore } from '../setup/neo4j.js';
import { serveStore, type ApiServer } from './support/api-server.js';

/*
 * A browser test kept under integration/ on purpose: the global setup starts Neo4j only for runs
 * that include *.int.test.ts files, and the console needs Neo4j behind the server.
 */
const chromium = chromiumStatus();
if (!chromium.run) console.log(`cypher console: ${chromium.mustFail ? 'FAILING' : 'skipping'} the browser tests: ${chromium.reason}`);

if (chromium.mustFail) {
  describe('the Cypher console under CI', () => {
    it('needs Chromium at /usr/bin/chromium', () => {
      throw new Error(chromium.reason);
    });
  });
}

const MET_QUERY = 'MATCH (p:Person)-[r:MET]-(q:Person) RETURN p, r, q LIMIT 5';

/** Types a query into the console and runs it, as graph or as table. */
async function runQuery(page: Page, query: string, as: 'graph' | 'table'): Promise<void> {
  await page.locator(`input[name="cypher-as"][value="${as}"]`).check();
  await page.fill('#cypher-input', query);
  await page.click('#cypher-run');
  await settled(page);
}

describe.runIf(chromium.run)('the viewer in Chromium', () => {
  describeWithNeo4j("the viewer's Cypher console, served over Neo4j holding the seed graph", (target) => {
    let graph: GraphData;
    let store: GraphStore;
    let countsAsLoaded: StoreCounts;
    let server: ApiServer;
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      graph = (await runPipeline(['seeds'])).graph;
      store = await openNeo4jStore(target);
      await store.clear();
      await store.load(graph);
      countsAsLoaded = await store.counts();
      server = await serveStore(store);
      browser = await launchChromium();
      page = await browser.context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/`);
      await settled(page);
      await page.click('[data-view="cypher"]');
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await store?.close();
    });

    it('opens the console ready to run read-only Cypher', async () => {
      await screenshot(page, 'cypher-01-console');
      await expect(page.locator('[data-view-panel="cypher"]').isVisible()).resolves.toBe(true);
      await expect(page.locator('#cypher-note').textContent()).resolves.toContain('Read-only Cypher against Neo4j');
      await expect(page.locator('#cypher-run').isEnabled()).resolves.toBe(true);
    });

    it('draws the people of five MET rows and the meetings between them', async () => {
      await runQuery(page, MET_QUERY, 'graph');
      await screenshot(page, 'cypher-02-met-graph');

      const drawn = await drawnNodeIds(page);
      const people = new Set(graph.nodes.filter((n) => n.attributes.label === 'Person').map((n) => n.id));
      expect(drawn.length).toBeGreaterThanOrEqual(2);
      expect(drawn.filter((id) => !people.has(id))).toEqual([]);
      expect((await drawnCounts(page)).edges).toBeGreaterThan(0);
      const drawnEdgeTypes = await page.evaluate(() =>
        (window as unknown as { cy: { edges(): { map(f: (e: { data(k: string): string }) => string): string[] } } }).cy.edges().map((e) => e.data('type')),
      );
      expect(new Set(drawnEdgeTypes)).toEqual(new Set(['MET']));
      await expect(page.locator('#status').textContent()).resolves.toBe('5 row(s)');
    });

    it('shows the same query as a table of five rows under the columns p, r and q', async () => {
      await runQuery(page, MET_QUERY, 'table');
      await screenshot(page, 'cypher-03-met-table');

      await expect(page.locator('#table-view').isVisible()).resolves.toBe(true);
      await expect(page.locator('#table-view thead th').allTextContents()).resolves.toEqual(['p', 'r', 'q']);
      const rows = page.locator('#table-view tbody tr');
      await expect(rows.count()).resolves.toBe(5);
      const relationships = await page.locator('#table-view tbody tr td:nth-child(2)').allTextContents();
      for (const cell of relationships) expect(cell).toMatch(/^person:\S+ -\[MET\]-> person:\S+$/);
    });

    // Known bug, reported rather than fixed here (web/ is not this file's owner): cellText in
    it('names each person cell of the table by name and label, e.g. "Yeo Han-koo (Person)"', async () => {
      const people = await page.locator('#table-view tbody tr td:is(:nth-child(1), :nth-child(3))').allTextContents();
      expect(people).toHaveLength(10);
      for (const cell of people) expect(cell).toMatch(/^[^{}]+ \(Person\)$/);
    });

    it('shows the refusal of a write query and leaves the graph as loaded', async () => {
      await runQuery(page, "MATCH (p:Person) SET p.name = 'pwned' RETURN p", 'table');
      await screenshot(page, 'cypher-04-write-refused');

      const status = await page.locator('#status').textContent();
      expect(status).toMatch(/^CYPHER_NOT_READ_ONLY: Only read-only Cypher is accepted/);
      expect(await store.counts()).toEqual(countsAsLoaded);
      const renamed = await store.cypher("MATCH (p:Person {name: 'pwned'}) RETURN count(p) AS n", {}, { timeoutMs: 5000, rowLimit: 1 });
      expect(renamed.rows).toEqual([[0]]);
    });

    it('raised no script error on the way', () => {
      expect(errors).toEqual([]);
    });
  });
});
