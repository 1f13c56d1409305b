import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphData } from '../../src/domain/index.js';
import { chromiumStatus, launchChromium, type Browser } from './support/chromium.js';
import { graphFacts } from './support/graph-facts.js';
import { seedGraph } from './support/seed-graph.js';
import { drawnNodeIds, settled } from './support/viewer-page.js';
import { startViewerServer, type ViewerServer } from './support/viewer-server.js';

const chromium = chromiumStatus();
const SHOTS = join('test-results', 'screenshots');

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A page at `size` with script errors recorded. */
async function openAt(browser: Browser, url: string, size: { width: number; height: number }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  await settled(page);
  return { page, errors };
}

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/**
 * The page-coordinate boxes of the node labels Cytoscape draws now: visible nodes whose label is
 * not hidden and whose font, zoomed, reaches min-zoomed-font-size.
 */
function drawnLabelBoxes(page: Page): Promise<{ id: string; text: string; box: Box }[]> {
  return page.evaluate(() => {
    type Node = {
      id(): string;
      style(k: string): string;
      renderedBoundingBox(o: object): Box;
      visible(): boolean;
    };
    const cy = (window as unknown as { cy: { zoom(): number; nodes(): { filter(f: (n: Node) => boolean): { map<T>(f: (n: Node) => T): T[] } } } }).cy;
    const origin = document.querySelector('#cy')!.getBoundingClientRect();
    const zoom = cy.zoom();
    return cy
      .nodes()
      .filter((n) => n.visible() && n.style('label') !== '' && parseFloat(n.style('font-size')) * zoom >= parseFloat(n.style('min-zoomed-font-size')))
      .map((n) => {
        const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
        return { id: n.id(), text: n.style('label'), box: { x1: b.x1 + origin.left, y1: b.y1 + origin.top, x2: b.x2 + origin.left, y2: b.y2 + origin.top } };
      });
  });
}

/** Page-coordinate boxes of the visible nodes (bodies only). */
function drawnNodeBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    type Node = { visible(): boolean; renderedBoundingBox(o: object): Box };
    const cy = (window as unknown as { cy: { nodes(): { filter(f: (n: Node) => boolean): { map<T>(f: (n: Node) => T): T[] } } } }).cy;
    const origin = document.querySelector('#cy')!.getBoundingClientRect();
    return cy
      .nodes()
      .filter((n) => n.visible())
      .map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        return { x1: b.x1 + origin.left, y1: b.y1 + origin.top, x2: b.x2 + origin.left, y2: b.y2 + origin.top };
      });
  });
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function overlappingPairs(labels: { id: string; box: Box }[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i]!.box, labels[j]!.box)) pairs.push(`${labels[i]!.id} × ${labels[j]!.id}`);
  return pairs;
}

const hiddenHubIds = (page: Page) => page.evaluate(() => (window as unknown as { cy: { $(s: string): { map(f: (n: { id(): string }) => string): string[] } } }).cy.$('node.hub').map((n) => n.id()).sort());

async function domBox(page: Page, selector: string): Promise<Box | null> {
  const b = await page.locator(selector).boundingBox();
  return b ? { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height } : null;
}

describe.runIf(chromium.run)('the viewer stays readable on the seed graph', () => {
  let browser: Browser;
  let server: ViewerServer;
  let graph: GraphData;
  let facts: ReturnType<typeof graphFacts>;
  let yeoId: string;
  let hubs: string[];

  beforeAll(async () => {
    ({ graph } = await seedGraph());
    facts = graphFacts(graph);
    yeoId = facts.byName('Yeo Han-koo')!.id;
    // The automatic rule: nodes mentioned in three quarters of the documents or more.
    const documents = graph.nodes.filter((n) => n.attributes.label === 'Document').length;
    const threshold = Math.max(3, Math.ceil(documents * 0.75));
    hubs = graph.nodes.filter((n) => (n.attributes.docIds?.length ?? 0) >= threshold).map((n) => n.id).sort();
    server = await startViewerServer(graph);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has hubs to hide in the seeds: the home country and the home ministry are mentioned nearly everywhere', () => {
    expect(hubs.length).toBeGreaterThanOrEqual(2);
    expect(hubs.length).toBeLessThan(graph.nodes.length / 20);
  });

  it.each([
    ['1280x720', { width: 1280, height: 720 }],
    ['800x600', { width: 800, height: 600 }],
  ])('at %s: hubs hidden and listed, no two labels overlap, the legend covers no node, no page error', async (name, size) => {
    const { page, errors } = await openAt(browser, `${server.url}?entity=${encodeURIComponent(yeoId)}`, size);
    await shot(page, `readable-ego-${name}`);

    const neighbourHubs = hubs.filter((id) => facts.neighbours(yeoId).includes(id));
    expect(neighbourHubs.length).toBeGreaterThan(0);
    expect(await hiddenHubIds(page)).toEqual(neighbourHubs);
    const drawn = await drawnNodeIds(page);
    for (const hub of neighbourHubs) expect(drawn).not.toContain(hub);
    await expect(page.locator('#hub-list [data-hub]').evaluateAll((items) => items.map((li) => li.getAttribute('data-hub')).sort())).resolves.toEqual(neighbourHubs);

    const labels = await drawnLabelBoxes(page);
    expect(labels.length).toBeGreaterThan(3);
    expect(overlappingPairs(labels)).toEqual([]);
    // The root's label is always drawn, shortened to 22 characters at most.
    expect(labels.map((l) => l.id)).toContain(yeoId);
    for (const label of labels) expect(label.text.length).toBeLessThanOrEqual(22);

    const legend = (await domBox(page, '#legend'))!;
    const cyBox = (await domBox(page, '#cy'))!;
    expect(overlap(legend, cyBox)).toBe(false);
    for (const node of await drawnNodeBoxes(page)) expect(overlap(node, legend)).toBe(false);

    // The legend folds and unfolds; the graph takes the room back.
    await page.locator('#legend summary').click();
    await page.locator('#legend summary').click();
    expect(overlap((await domBox(page, '#legend'))!, (await domBox(page, '#cy'))!)).toBe(false);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('at 800x600 the graph keeps most of the width, the panel stacks below and the controls fold behind a toggle', async () => {
    const { page, errors } = await openAt(browser, `${server.url}?entity=${encodeURIComponent(yeoId)}`, { width: 800, height: 600 });
    const cyBox = (await domBox(page, '#cy'))!;
    expect(cyBox.x2 - cyBox.x1).toBeGreaterThanOrEqual(0.95 * 800);
    expect(cyBox.y2 - cyBox.y1).toBeGreaterThanOrEqual(220);
    const panel = (await domBox(page, '#panel'))!;
    expect(panel.y1).toBeGreaterThanOrEqual(cyBox.y2 - 1);
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    await page.locator('#controls-toggle').click();
    await expect(page.locator('#hub-threshold').isVisible()).resolves.toBe(true);
    await shot(page, 'readable-800-controls');
    await page.locator('#controls-toggle').click();
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a hidden hub on request, hides a node by name, and a shared link reproduces both', async () => {
    const { page, errors } = await openAt(browser, `${server.url}?entity=${encodeURIComponent(yeoId)}`, { width: 1280, height: 720 });
    const [shown] = await hiddenHubIds(page);
    await page.locator(`#hub-list [data-hub="${shown}"] button`).click();
    await settled(page);
    expect(await drawnNodeIds(page)).toContain(shown);
    expect(new URL(page.url()).searchParams.get('show')).toBe(shown);

    // Hide a neighbour from its panel.
    const drawn = await drawnNodeIds(page);
    const victim = drawn.find((id) => id !== yeoId && id !== shown && !hubs.includes(id))!;
    await page.evaluate((id) => (window as unknown as { viewer: { controller: { hideHub(id: string): Promise<void> } } }).viewer.controller.hideHub(id), victim);
    await settled(page);
    expect(await drawnNodeIds(page)).not.toContain(victim);
    expect(new URL(page.url()).searchParams.get('hide')).toBe(victim);
    await expect(page.locator(`#hub-list [data-hub="${victim}"]`).count()).resolves.toBe(1);

    const shared = page.url();
    const ids = (await drawnNodeIds(page)).sort();
    const hidden = await hiddenHubIds(page);
    const other = await openAt(browser, shared, { width: 1280, height: 720 });
    expect((await drawnNodeIds(other.page)).sort()).toEqual(ids);
    expect(await hiddenHubIds(other.page)).toEqual(hidden);

    // Threshold 0 turns hub hiding off; only the node hidden by name stays hidden.
    await other.page.fill('#hub-threshold', '0');
    await other.page.locator('#hub-threshold').dispatchEvent('change');
    await settled(other.page);
    expect(await hiddenHubIds(other.page)).toEqual([victim]);
    expect(new URL(other.page.url()).searchParams.get('hubs')).toBe('0');
    expect([...errors, ...other.errors]).toEqual([]);
    await other.page.close();
    await page.close();
  });

  it('path view: relation-type filter and hub hiding, from a shared link', async () => {
    // A target two hops from Yeo Han-koo avoiding the hubs, and the relation types of that route.
    const near = new Map<string, { to: string; type: string }[]>();
    for (const e of graph.edges) {
      if (e.attributes.type === 'MENTIONS' || hubs.includes(e.source) || hubs.includes(e.target)) continue;
      near.set(e.source, [...(near.get(e.source) ?? []), { to: e.target, type: e.attributes.type }]);
      near.set(e.target, [...(near.get(e.target) ?? []), { to: e.source, type: e.attributes.type }]);
    }
    const direct = new Set(facts.neighbours(yeoId));
    const route = (near.get(yeoId) ?? [])
      .flatMap((a) => (near.get(a.to) ?? []).map((b) => ({ target: b.to, types: [a.type, b.type] })))
      .find((r) => r.target !== yeoId && !direct.has(r.target) && facts.node(r.target)?.attributes.label !== 'Document');
    if (!route) throw new Error('Nothing lies two hops from Yeo Han-koo without a hub; the seeds changed.');
    const types = [...new Set(route.types)].sort();
    const target = route.target;

    const url = `${server.url}?view=path&pathFrom=${encodeURIComponent(yeoId)}&pathTo=${encodeURIComponent(target)}&types=${types.join(',')}`;
    const { page, errors } = await openAt(browser, url, { width: 1280, height: 720 });
    await shot(page, 'readable-path');
    const drawnTypes = await page.evaluate(() => (window as unknown as { cy: { edges(): { not(s: string): { map(f: (e: { data(k: string): string }) => string): string[] } } } }).cy.edges().not('.filtered').map((e) => e.data('type')));
    expect(drawnTypes.length).toBeGreaterThan(0);
    for (const type of drawnTypes) expect(types).toContain(type);
    const drawn = await drawnNodeIds(page);
    for (const hub of hubs) expect(drawn).not.toContain(hub);
    await expect(page.locator('#panel .path').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#panel .path .hop').count()).resolves.toBeGreaterThanOrEqual(2);
    // The Relationships filter shows the URL's types checked, and only them.
    const checked = await page.locator('#filter-types input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).sort());
    expect(checked).toEqual(types);
    expect(overlappingPairs(await drawnLabelBoxes(page))).toEqual([]);

    // The same link again gives the same drawing.
    const again = await openAt(browser, page.url(), { width: 1280, height: 720 });
    expect((await drawnNodeIds(again.page)).sort()).toEqual([...drawn].sort());
    await expect(again.page.locator('#panel-title').textContent()).resolves.toBe(await page.locator('#panel-title').textContent());
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('path view: paths through a hidden hub are left out and come back with hub hiding off', async () => {
    // A target two hops from Yeo Han-koo reached both through a hub and around it.
    const viaOf = new Map<string, Set<string>>();
    for (const middle of facts.neighbours(yeoId))
      for (const end of facts.neighbours(middle)) {
        if (end === yeoId || facts.neighbours(yeoId).includes(end) || facts.node(end)?.attributes.label === 'Document') continue;
        viaOf.set(end, (viaOf.get(end) ?? new Set()).add(middle));
      }
    const found = [...viaOf].find(([, via]) => [...via].some((m) => hubs.includes(m)) && [...via].some((m) => !hubs.includes(m)));
    if (!found) throw new Error('No target two hops from Yeo Han-koo is reached both through a hub and around it; the seeds changed.');
    const [target, via] = found;
    const hub = [...via].find((m) => hubs.includes(m))!;

    const url = `${server.url}?view=path&pathFrom=${encodeURIComponent(yeoId)}&pathTo=${encodeURIComponent(target)}`;
    const { page, errors } = await openAt(browser, url, { width: 1280, height: 720 });
    await shot(page, 'readable-path-hubs-hidden');
    expect(await drawnNodeIds(page)).not.toContain(hub);
    const paths = await page.locator('#panel .path h3').allTextContents();
    expect(paths.length).toBeGreaterThan(0);
    const stops = (text: string) => text.replace(/^Path \d+: /, '').split(' → ');
    for (const text of paths) expect(stops(text)).not.toContain(facts.node(hub)!.attributes.name);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/through hidden hubs left out/);

    await page.fill('#hub-threshold', '0');
    await page.locator('#hub-threshold').dispatchEvent('change');
    await settled(page);
    await shot(page, 'readable-path-hubs-shown');
    expect(await drawnNodeIds(page)).toContain(hub);
    expect(new URL(page.url()).searchParams.get('hubs')).toBe('0');
    const all = await page.locator('#panel .path h3').allTextContents();
    expect(all.some((text) => stops(text).includes(facts.node(hub)!.attributes.name))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the home country itself (a hub as the view root) without overlapping labels', async () => {
    const { page, errors } = await openAt(browser, `${server.url}?entity=${encodeURIComponent(hubs[0]!)}`, { width: 1280, height: 720 });
    await shot(page, 'readable-hub-root');
    expect(await drawnNodeIds(page)).toContain(hubs[0]);
    const labels = await drawnLabelBoxes(page);
    expect(labels.length).toBeGreaterThan(5);
    expect(overlappingPairs(labels)).toEqual([]);
    // Zoomed in, more labels find room.
    await page.evaluate(() => {
      const cy = (window as unknown as { cy: { zoom(o?: object): number; width(): number; height(): number } }).cy;
      cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.waitForTimeout(400);
    const closer = await drawnLabelBoxes(page);
    expect(overlappingPairs(closer)).toEqual([]);
    await shot(page, 'readable-hub-root-zoomed');
    expect(errors).toEqual([]);
    await page.close();
  });
});
