import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { ConfigError } from '../../domain/index.js';

const require = createRequire(import.meta.url);

/**
 * The browser builds the viewer loads, by the name it asks for under `/vendor/`. Only these are
 * served: node_modules itself is never exposed. cose-base and layout-base are resolved from the
 * package that depends on them, so a nested install still finds the right copy.
 */
function vendorFiles(): ReadonlyMap<string, string> {
  const fcose = require.resolve('cytoscape-fcose');
  const coseBase = createRequire(fcose).resolve('cose-base');
  const layoutBase = createRequire(coseBase).resolve('layout-base');
  // chart.js exports no path to its UMD build: it sits beside the CommonJS entry in dist/.
  const chartUmd = join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  return new Map([
    ['cytoscape.min.js', require.resolve('cytoscape/dist/cytoscape.min.js')],
    ['layout-base.js', layoutBase],
    ['cose-base.js', coseBase],
    ['cytoscape-fcose.js', fcose],
    ['chart.umd.min.js', chartUmd],
  ]);
}

/**
 * Finds the `web/` folder of this checkout or install: the nearest ancestor of this module that
 * holds `web/index.html` (the same walk works from src/ under tsx and from dist/ after a build).
 */
export function defaultWebDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new ConfigError(
        'WEB_DIR_NOT_FOUND',
        `No web/index.html found above ${fileURLToPath(import.meta.url)}; expected the viewer folder next to src/ or dist/. Pass the folder to webAssetsRouter explicitly.`,
      );
    }
    dir = parent;
  }
}

/**
 * Serves the Cytoscape viewer: the files of `webDir` at `/` and the whitelisted browser builds at
 * `/vendor/<name>`. Anything else falls through to the next router (so `/api/...` is untouched).
 * Throws ConfigError `WEB_DIR_INVALID` when `webDir` holds no index.html.
 */
export function webAssetsRouter(webDir: string = defaultWebDir()): Router {
  const root = resolve(webDir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new ConfigError(
      'WEB_DIR_INVALID',
      `The viewer folder ${root} has no index.html; expected the repository's web/ folder. Check the path given to webAssetsRouter.`,
    );
  }
  const vendor = vendorFiles();
  const router = Router();
  router.get('/vendor/:name', (req, res, next) => {
    const file = vendor.get(req.params.name);
    if (!file) return next();
    res.type('application/javascript');
    res.sendFile(file, { maxAge: '1d' });
  });
  router.use(express.static(root, { index: 'index.html', fallthrough: true, maxAge: 0 }));
  return router;
}
