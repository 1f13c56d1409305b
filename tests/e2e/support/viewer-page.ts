import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser } from './chromium.js';

export const SCREENSHOT_DIR = join('test-results', 'e2e');

export interface RecordingOptions {
  /** The page's viewport; the browser's own (1280×800) when left out. */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Also record (and dismiss) every dialog: data that made the page open one would be markup run. */
  readonly dialogs?: boolean;
}

/** A new page of `browser` that pushes its page errors (and, when asked, its dialogs) onto `errors`, which the tests assert empty. */
export async function recordingPage(browser: Browser, errors: string[], options: RecordingOptions = {}): Promise<Page> {
  const page = await browser.context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.dialogs) {
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }
  return page;
}

/** Waits until the viewer has no request or layout in flight (`body[data-busy=false]`). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.busy === 'false', null, { timeout: 20_000 });
}

/** Visible (not filtered) node and edge counts of the drawing, read from window.cy. */
export function drawnCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: { nodes(s?: string): { not(s: string): { length: number } }; edges(): { not(s: string): { length: number } } } }).cy;
    return { nodes: cy.nodes().not('.filtered').length, edges: cy.edges().not('.filtered').length };
  });
}

/** Ids of the drawn, visible nodes. */
export function drawnNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cy: { nodes(): { not(s: string): { map(f: (n: { id(): string }) => string): string[] } } } }).cy.nodes().not('.filtered').map((n) => n.id()));
}

/** Where an element of the graph is drawn, in page coordinates. */
function drawnAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const cy = (window as unknown as { cy: { getElementById(id: string): { isNode(): boolean; renderedPosition(): { x: number; y: number }; renderedMidpoint(): { x: number; y: number } } } }).cy;
    const el = cy.getElementById(elementId);
    const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
    const box = document.querySelector('#cy')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/**
 * Clicks an element of the graph where it is drawn, as a user would, once it has stopped moving:
 * on a loaded machine the drawing's last fit can still be animating when the page reports itself
 * settled, and a click at the position read a moment before lands on empty canvas.
 */
export async function clickElement(page: Page, id: string): Promise<void> {
  let point = await drawnAt(page, id);
  for (let tries = 0; tries < 50; tries++) {
    await page.waitForTimeout(100);
    const now = await drawnAt(page, id);
    if (Math.abs(now.x - point.x) < 0.5 && Math.abs(now.y - point.y) < 0.5) break;
    point = now;
  }
  await page.mouse.click(point.x, point.y);
}

/** Saves a screenshot of the page under test-results/e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}
