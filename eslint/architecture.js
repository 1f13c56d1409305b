// The design card's arrows as lint rules. Every folder of src/ is a layer; LAYERS says which other
// layers its files may import, always through the layer's index.ts. ENGINES confines each engine
// package to the one folder that wraps it. The options are generated per directory (ESLint has no
// notion of "the folder this file sits in"), so a new folder is covered the day it is created.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Layer → layers it may import (values and types). `typesFrom` may be imported with `import type` only. */
export const LAYERS = {
  domain: { uses: [] },
  config: { uses: ['domain'] },
  parse: { uses: ['domain'] },
  dedupe: { uses: ['domain'] },
  extract: { uses: ['domain'] },
  resolve: { uses: ['domain'] },
  build: { uses: ['domain'] },
  export: { uses: ['domain'] },
  store: { uses: ['domain'], typesFrom: ['config'] },
  query: { uses: ['domain'] },
  api: { uses: ['domain', 'query'], typesFrom: ['config'] },
  pipeline: { uses: ['domain', 'config', 'parse', 'dedupe', 'extract', 'resolve', 'build'] },
  cli: { uses: ['domain', 'config', 'parse', 'dedupe', 'extract', 'resolve', 'build', 'export', 'store', 'query', 'api', 'pipeline'] },
};

/** Engine package → the only directory (under the repository) allowed to import it. */
export const ENGINES = {
  'wink-nlp': 'src/extract/nlp',
  'wink-eng-lite-web-model': 'src/extract/nlp',
  'neo4j-driver': 'src/store/neo4j',
  cytoscape: 'web',
  'cytoscape-fcose': 'web',
  graphology: ['src/build', 'src/store/embedded', 'src/export'],
  express: 'src/api',
};

/** Folders inside one layer that must not know each other: the two store backends share only store/'s own modules. */
export const SEPARATE = [['src/store/neo4j', 'src/store/embedded']];

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const escape = (text) => text.replace(ESCAPE, '\\$&');

function separationRules(dir) {
  return SEPARATE.flatMap((group) => {
    const own = group.find((home) => dir === home || dir.startsWith(`${home}/`));
    if (!own) return [];
    return group.filter((other) => other !== own).map((other) => ({
      regex: `^${escape(relative(dir, other))}/`,
      message: `${own} must not import ${other}; what both need belongs in their parent folder.`,
    }));
  });
}

function engineRules(dir) {
  return Object.entries(ENGINES)
    .filter(([, homes]) => ![homes].flat().some((home) => dir === home || dir.startsWith(`${home}/`)))
    .map(([engine, homes]) => ({
      regex: `^${escape(engine)}(/.*)?$`,
      message: `${engine} is an engine confined to ${[homes].flat().join(' and ')}; call it through that folder's index.ts.`,
    }));
}

/** Patterns for a file in `dir` (e.g. `src/extract/passes`): every import that leaves its layer the wrong way. */
export function restrictedImportPatterns(dir) {
  const [, layer, ...rest] = dir.split('/');
  const rule = LAYERS[layer] ?? { uses: [] };
  const up = escape('../'.repeat(rest.length + 1));
  const others = Object.keys(LAYERS).filter((name) => name !== layer);
  const allowed = new Set(rule.uses);
  const typeOnly = new Set(rule.typesFrom ?? []);
  const patterns = [];
  const forbidden = others.filter((name) => !allowed.has(name) && !typeOnly.has(name));
  if (forbidden.length > 0) {
    patterns.push({
      regex: `^${up}(${forbidden.join('|')})/`,
      message: `${layer}/ may import only ${[...rule.uses, ...[...typeOnly].map((t) => `${t} (types)`)].join(', ') || 'nothing outside itself'}; this is a back-edge or a skipped stage of the pipeline (see docs/design.md).`,
    });
  }
  if (typeOnly.size > 0) {
    patterns.push({
      regex: `^${up}(${[...typeOnly].join('|')})/`,
      allowTypeImports: true,
      message: `${layer}/ may import only types from ${[...typeOnly].join(', ')}; take values as arguments.`,
    });
  }
  if (allowed.size > 0) {
    patterns.push({
      regex: `^${up}(${[...allowed].join('|')})/(?!index\\.js$).+`,
      message: 'Import another folder through its index.ts, never a file inside it.',
    });
  }
  return [...patterns, ...separationRules(dir), ...engineRules(dir)];
}

function directories(root, dir) {
  const entries = readdirSync(join(root, dir), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return [dir, ...entries.flatMap((entry) => directories(root, `${dir}/${entry.name}`))];
}

const PROCESS_ENV_IMPORTS = ['process', 'node:process'].map((name) => ({
  name,
  importNames: ['env'],
  message: 'Read settings in src/config only (loadConfig, processEnvironment); pass them down as arguments.',
}));

/** One flat-config block per directory of src/, plus the engine rule for web/ and the process.env rule. */
export function architectureConfig(root) {
  const srcBlocks = directories(root, 'src').filter((dir) => dir !== 'src').map((dir) => ({
    files: [`${dir}/*.ts`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: restrictedImportPatterns(dir), paths: dir.startsWith('src/config') ? [] : PROCESS_ENV_IMPORTS }] },
  }));
  const webBlock = {
    files: ['web/**/*.js'],
    rules: { 'no-restricted-imports': ['error', { patterns: engineRules('web') }] },
  };
  const envMessage = 'Read settings in src/config only (loadConfig, processEnvironment); pass them down as arguments.';
  const envBlock = {
    files: ['src/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: envMessage }],
      'no-restricted-syntax': ['error', { selector: 'VariableDeclarator[init.name="process"] > ObjectPattern > Property[key.name="env"]', message: envMessage }],
    },
  };
  return [...srcBlocks, webBlock, envBlock];
}

