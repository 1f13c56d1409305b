import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphData } from '../../src/domain/index.js';
import type { Counterparts, CountriesAnalytics } from '../../src/query/types.js';
import { chromiumStatus, launchChromium, type Browser } from './support/chromium.js';
import { seedGraph } from './support/seed-graph.js';
import { recordingPage, screenshot, settled } from './support/viewer-page.js';
import { startViewerServer, type ViewerServer } from './support/viewer-server.js';

const chromium = chromiumStatus();

const CHINA = 'country:CN';
const OFFICIAL = 'person:kim-jung-kwan';
/** Markup put into the data: it must show as these characters and run nothing. */
const HOSTILE = '<img src=x onerror="window.pwned=1">';

type Row = CountriesAnalytics['countries'][number];
type Measure = 'meetings' | 'agreements';

/** The seed graph with markup in China's name and in the name of one counterpart of the official. */
function withMarkup(graph: GraphData, counterpart: string): GraphData {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => (n.id === CHINA || n.id === counterpart ? { ...n, attributes: { ...n.attributes, name: `${n.attributes.name} ${HOSTILE}` } } : n)),
  };
}

/** What the partners chart should draw, worked out here from the API's rows: the 8 with the most of the measure. */
function expectedCharted(rows: readonly Row[], measure: Measure, leftOut: readonly string[] = []): Row[] {
  const kept = rows.filter((r) => r[measure] > 0 && !leftOut.includes(r.country.id));
  return [...kept].sort((a, b) => b[measure] - a[measure] || kept.indexOf(a) - kept.indexOf(b)).slice(0, 8);
}

/** The partners chart as chart.js holds it: period labels and one [country, counts] per dataset. */
function drawnChart(page: Page) {
  return page.evaluate(() => {
    type Drawn = { data: { labels: unknown[]; datasets: { label: string; data: unknown[] }[] } };
    const { Chart } = window as unknown as { Chart: { getChart(canvas: Element): Drawn | undefined } };
    const canvas = document.querySelector('#table-view .partners canvas');
    const chart = canvas ? Chart.getChart(canvas) : undefined;
    return chart ? { labels: chart.data.labels, data: chart.data.datasets.map((d) => [d.label, d.data]) } : null;
  });
}

/** The partners table's rows as text: country, total, then one cell per period. */
function tableRows(page: Page): Promise<string[][]> {
  return page.locator('#table-view .partners-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th .node-link')?.textContent ?? '', ...Array.from(tr.querySelectorAll('td.num')).map((td) => td.textContent ?? '')]),
  );
}

/**
 * Issue 12's analytics in the viewer on the seed graph: meetings and agreements per partner country
 * per period (the partners chart and its table) and an official's most frequent counterparts (the
 * entity panel), each view showing what one API request answers.
 */
describe.runIf(chromium.run)('the analytics views in Chromium', () => {
  let browser: Browser;
  let server: ViewerServer;
  let page: Page;
  let counterpart = '';
  /** A person in no MET relation: no one to list as met. */
  let loner: string | undefined;
  const errors: string[] = [];

  const param = (name: string) => new URL(page.url()).searchParams.get(name);

  beforeAll(async () => {
    const { graph } = await seedGraph();
    const meeting = new Set(graph.edges.filter((e) => e.attributes.type === 'MET').flatMap((e) => [e.source, e.target]));
    loner = graph.nodes.find((n) => n.attributes.label === 'Person' && !meeting.has(n.id))?.id;
    // The official's first counterpart by the seed graph's own API, named with markup afterwards.
    const plain = await startViewerServer(graph);
    const first = await plain.json<Counterparts>(`api/persons/${encodeURIComponent(OFFICIAL)}/counterparts?limit=1`);
    await plain.close();
    counterpart = first.counterparts[0]?.person.id ?? '';
    server = await startViewerServer(withMarkup(graph, counterpart));
    browser = await launchChromium();
    page = await recordingPage(browser, errors, { viewport: { width: 1280, height: 720 }, dialogs: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('charts meetings per quarter with the most active partner countries from a shared link, as /api/analytics/countries answers', async () => {
    const answer = await server.json<CountriesAnalytics>('api/analytics/countries?by=quarter');
    const charted = expectedCharted(answer.countries, 'meetings');
    expect(charted.length).toBeGreaterThan(1);

    await page.goto(`${server.url}?view=partners&by=quarter`);
    await settled(page);
    await page.locator('#table-view .partners canvas').waitFor();
    await screenshot(page, 'analytics-01-partners-meetings-by-quarter');
    expect(await page.locator('[data-view="partners"]').getAttribute('aria-pressed')).toBe('true');
    expect(await drawnChart(page)).toEqual({ labels: answer.periods, data: charted.map((r) => [r.country.name, r.series.meetings]) });
    expect(await tableRows(page)).toEqual(charted.map((r) => [r.country.name, String(r.meetings), ...r.series.meetings.map(String)]));
    expect(await page.locator('#table-view .partners-table thead th.num').allTextContents()).toEqual(answer.periods);
    // The caption gives the totals to readers who cannot see the canvas.
    expect(await page.locator('#table-view .partners canvas').getAttribute('aria-label')).toContain(`${charted[0]!.country.name} ${charted[0]!.meetings}`);
  });

  it('counts agreements per year when asked, keeps the choice in the link, and leaves a hub country out and puts it back', async () => {
    const answer = await server.json<CountriesAnalytics>('api/analytics/countries?by=year');
    await page.locator('.partners-measure').selectOption('agreements');
    await settled(page);
    await page.locator('.partners-by').selectOption('year');
    await settled(page);
    expect(param('measure')).toBe('agreements');
    expect(param('by')).toBe('year');
    const charted = expectedCharted(answer.countries, 'agreements');
    expect(await drawnChart(page)).toEqual({ labels: answer.periods, data: charted.map((r) => [r.country.name, r.series.agreements]) });

    const hub = charted[0]!.country;
    await page.locator(`.partners-table tr[data-country="${hub.id}"] .leave-out`).click();
    await settled(page);
    expect(param('hide')).toBe(hub.id);
    expect(await drawnChart(page)).toEqual({ labels: answer.periods, data: expectedCharted(answer.countries, 'agreements', [hub.id]).map((r) => [r.country.name, r.series.agreements]) });
    await screenshot(page, 'analytics-02-partners-agreements-by-year-hub-left-out');
    await page.locator('.partners-left-out .put-back').click();
    await settled(page);
    expect(param('hide')).toBeNull();
    expect((await drawnChart(page))?.data[0]?.[0]).toBe(hub.name);
  });

  it("opens a country's view from its name in the table and from its bar in the chart", async () => {
    await page.goto(`${server.url}?view=partners&by=quarter`);
    await settled(page);
    await page.locator(`.partners-table tr[data-country="${CHINA}"] .node-link`).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'country');
    await settled(page);
    expect(param('view')).toBe('country');
    expect(param('country')).toBe('CN');
    await page.locator('#panel .country').waitFor();

    await page.goBack();
    await settled(page);
    await page.locator('#table-view .partners canvas').waitFor();
    // The first charted country's tallest bar, clicked where chart.js drew it. The chart is
    // responsive: it may be laid out again a frame or two after it appears (a resize observer), so
    // the bar is read until two frames agree, in the canvas's own coordinates, and playwright
    // places the click on the canvas where it is at that moment.
    const barCentre = () =>
      page.evaluate(
        () =>
          new Promise<{ x: number; y: number }>((resolve) =>
            requestAnimationFrame(() => {
              type Bar = { x: number; y: number; base: number };
              const { Chart } = window as unknown as { Chart: { getChart(canvas: Element): { getDatasetMeta(i: number): { data: Bar[] }; data: { datasets: { data: number[] }[] } } | undefined } };
              const chart = Chart.getChart(document.querySelector('#table-view .partners canvas')!)!;
              const counts = chart.data.datasets[0]!.data;
              const bar = chart.getDatasetMeta(0).data[counts.indexOf(Math.max(...counts))]!;
              resolve({ x: bar.x, y: (bar.y + bar.base) / 2 });
            }),
          ),
      );
    let point = await barCentre();
    for (let again = await barCentre(); again.x !== point.x || again.y !== point.y; again = await barCentre()) point = again;
    const first = expectedCharted((await server.json<CountriesAnalytics>('api/analytics/countries?by=quarter')).countries, 'meetings')[0]!;
    await page.locator('#table-view .partners canvas').click({ position: point });
    // The click opens the view asynchronously: wait for the link to change before the page settles.
    await page.waitForURL((url) => url.searchParams.get('view') === 'country');
    await settled(page);
    expect(param('view')).toBe('country');
    expect(param('country')).toBe(first.country.id.replace('country:', ''));
  });

  it("lists an official's most frequent counterparts in their panel, as /api/persons/{id}/counterparts answers, each opening that person", async () => {
    const answer = await server.json<Counterparts>(`api/persons/${encodeURIComponent(OFFICIAL)}/counterparts?limit=10`);
    expect(answer.counterparts.length).toBeGreaterThan(1);

    await page.goto(`${server.url}?entity=${encodeURIComponent(OFFICIAL)}`);
    await settled(page);
    await page.locator('#panel .counterparts').waitFor();
    await screenshot(page, 'analytics-03-counterparts');
    const listed = await page.locator('#panel .counterparts li').evaluateAll((items) =>
      items.map((li) => [(li as HTMLElement).dataset.id ?? '', li.querySelector('.node-link')?.textContent ?? '', li.querySelector('.counterpart-days')?.textContent ?? '']),
    );
    expect(listed).toEqual(
      answer.counterparts.map((c) => [
        c.person.id,
        c.person.name,
        ` ${c.meetings} day${c.meetings === 1 ? '' : 's'}, ${c.firstDate === c.lastDate ? c.firstDate : `${c.firstDate} – ${c.lastDate}`}`,
      ]),
    );
    expect(await page.locator('#panel .counterparts h3').textContent()).toContain(String(answer.total));

    const other = answer.counterparts[1]!.person;
    await page.locator(`#panel .counterparts li[data-id="${other.id}"] .node-link`).click();
    await settled(page);
    expect(param('entity')).toBe(other.id);
    await expect.poll(() => page.locator('#panel .entity-name').textContent()).toBe(other.name);
  });

  it('shows no counterparts section for a person who met no one, nor for other entities', async () => {
    expect(loner).toBeDefined();
    expect((await server.json<Counterparts>(`api/persons/${encodeURIComponent(loner!)}/counterparts`)).total).toBe(0);
    for (const id of [loner!, CHINA]) {
      await page.goto(`${server.url}?entity=${encodeURIComponent(id)}`);
      await settled(page);
      await page.locator('#panel .entity-name').waitFor();
      expect(await page.locator('#panel .counterparts').count()).toBe(0);
    }
  });

  it('shows markup in a country or person name as text and runs nothing', async () => {
    await page.goto(`${server.url}?view=partners`);
    await settled(page);
    await page.locator('#table-view .partners-table').waitFor();
    expect(await page.locator(`.partners-table tr[data-country="${CHINA}"] .node-link`).textContent()).toContain(HOSTILE);
    await page.goto(`${server.url}?entity=${encodeURIComponent(OFFICIAL)}`);
    await settled(page);
    await page.locator('#panel .counterparts').waitFor();
    expect(await page.locator(`#panel .counterparts li[data-id="${counterpart}"] .node-link`).textContent()).toContain(HOSTILE);
    expect(await page.locator('#table-view img, #panel img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('keeps the partners chart and its table usable 800 px wide, the controls column folded', async () => {
    await page.setViewportSize({ width: 800, height: 720 });
    await page.goto(`${server.url}?view=partners&by=quarter`);
    await settled(page);
    await page.locator('#table-view .partners canvas').waitFor();
    await page.click('[data-view="partners"]');
    await settled(page);
    await screenshot(page, 'analytics-04-partners-800px');
    const layout = await page.evaluate(() => {
      const canvas = document.querySelector('#table-view .partners canvas')!.getBoundingClientRect();
      return { pageWidth: document.documentElement.scrollWidth, canvasWidth: canvas.width, canvasHeight: canvas.height, controlsOpen: document.body.classList.contains('controls-open') };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(800);
    expect(layout.canvasWidth).toBeGreaterThan(600);
    expect(layout.canvasHeight).toBeGreaterThanOrEqual(200);
    expect(layout.controlsOpen).toBe(false);
    expect(await page.locator('.partners-measure').isVisible()).toBe(true);
  });

  it('raised no page error on the way', () => {
    expect(errors).toEqual([]);
  });
});
