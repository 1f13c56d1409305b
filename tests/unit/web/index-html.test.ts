import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEB = fileURLToPath(new URL('../../../web', import.meta.url));
const html = readFileSync(join(WEB, 'index.html'), 'utf8');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modules(join(dir, entry.name)) : entry.name.endsWith('.js') ? [relative(WEB, join(dir, entry.name))] : [],
  );
}

describe('web/index.html', () => {
  it('preloads every module under web/js so the browser fetches them in one round', () => {
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]).sort();
    expect(preloaded).toEqual(modules(join(WEB, 'js')).sort());
  });

  it('has no inline script or inline event handler, so a strict CSP can forbid them', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it.each(['cytoscape.min.js', 'layout-base.js', 'cose-base.js', 'cytoscape-fcose.js', 'chart.umd.min.js'])('loads the vendor build %s before the app', (file) => {
    expect(html.indexOf(`vendor/${file}`)).toBeGreaterThan(0);
    expect(html.indexOf(`vendor/${file}`)).toBeLessThan(html.indexOf('src="app.js"'));
  });
});

describe('the viewer scripts', () => {
  it.each(modules(WEB).map((file) => [file]))('%s never writes markup from strings (no innerHTML, outerHTML, insertAdjacentHTML)', (file) => {
    const source = readFileSync(join(WEB, file), 'utf8');
    expect(source).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/);
  });
});
