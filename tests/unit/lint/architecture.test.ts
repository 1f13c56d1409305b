import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The lint config is the design card's arrows made executable: each case below is a line a
 * newcomer might write, and the rule that must catch it (or let it through).
 */
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const IMPORT_RULE = '@typescript-eslint/no-restricted-imports';

describe('lint: pipeline arrows', () => {
  it.each([
    ['build importing resolve (a later stage reaching back)', 'src/build/x.ts', "import { resolve } from '../resolve/index.js';\nexport const y = resolve;\n"],
    ['extract importing the store', 'src/extract/passes/x.ts', "import { openStore } from '../../store/index.js';\nexport const y = openStore;\n"],
    ['domain importing anything', 'src/domain/x.ts', "import { parseDumpText } from '../parse/index.js';\nexport const y = parseDumpText;\n"],
    ['anything importing cli', 'src/pipeline/x.ts', "import { main } from '../cli/index.js';\nexport const y = main;\n"],
    ['the query stage importing the store', 'src/query/x.ts', "import { openStore } from '../store/index.js';\nexport const y = openStore;\n"],
    ['the Neo4j backend importing the embedded backend', 'src/store/neo4j/x.ts', "import { createEmbeddedStore } from '../embedded/index.js';\nexport const y = createEmbeddedStore;\n"],
    ['the embedded backend importing the Neo4j backend', 'src/store/embedded/x.ts', "import { Neo4jStore } from '../neo4j/index.js';\nexport const y = Neo4jStore;\n"],
  ])('refuses %s', async (_what, filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain(IMPORT_RULE);
  });

  it('refuses a file inside another folder; the folder is entered through its index.ts', async () => {
    expect(await ruleIdsFor('src/build/x.ts', "import { slug } from '../domain/keys.js';\nexport const y = slug;\n")).toContain(IMPORT_RULE);
    expect(await ruleIdsFor('src/extract/passes/x.ts', "import { slug } from '../../domain/keys.js';\nexport const y = slug;\n")).toContain(IMPORT_RULE);
    expect(await ruleIdsFor('src/extract/passes/x.ts', "import { slug } from '../../domain/index.js';\nexport const y = slug;\n")).toEqual([]);
  });

  it('lets a stage import the domain, the pipeline the stages and the cli everything', async () => {
    expect(await ruleIdsFor('src/resolve/x.ts', "import { slug } from '../domain/index.js';\nexport const y = slug;\n")).toEqual([]);
    expect(await ruleIdsFor('src/pipeline/x.ts', "import { resolve } from '../resolve/index.js';\nexport const y = resolve;\n")).toEqual([]);
    expect(await ruleIdsFor('src/cli/commands/x.ts', "import { openStore } from '../../store/index.js';\nexport const y = openStore;\n")).toEqual([]);
  });

  it('lets the store take the config as a type, but not call into it', async () => {
    expect(await ruleIdsFor('src/store/x.ts', "import type { AppConfig } from '../config/index.js';\nexport type Y = AppConfig;\n")).toEqual([]);
    expect(await ruleIdsFor('src/store/x.ts', "import { loadConfig } from '../config/index.js';\nexport const y = loadConfig;\n")).toContain(IMPORT_RULE);
  });
});

describe('lint: engines stay in their folder', () => {
  it.each([
    ['neo4j-driver', 'src/query/x.ts', 'src/store/neo4j/x.ts'],
    ['wink-nlp', 'src/extract/passes/x.ts', 'src/extract/nlp/x.ts'],
    ['cytoscape', 'src/api/x.ts', null],
    ['express', 'src/query/x.ts', 'src/api/x.ts'],
  ])('%s only where it is wrapped', async (engine, outside, inside) => {
    const code = `import engine from '${engine}';\nexport const y = engine;\n`;
    expect(await ruleIdsFor(outside, code)).toContain(IMPORT_RULE);
    if (inside) expect(await ruleIdsFor(inside, code)).toEqual([]);
  });

  it('keeps the viewer off server engines', async () => {
    expect(await ruleIdsFor('web/x.js', "import neo4j from 'neo4j-driver';\nexport const y = neo4j;\n")).toContain('no-restricted-imports');
  });
});

describe('lint: process.env is read in src/config only', () => {
  it.each([
    ['a property read', 'export const y = process.env.PORT;\n', 'no-restricted-properties'],
    ['a destructuring', 'const { env } = process;\nexport const y = env;\n', 'no-restricted-syntax'],
    ['an import of env', "import { env } from 'node:process';\nexport const y = env;\n", IMPORT_RULE],
  ])('refuses %s outside config', async (_what, code, rule) => {
    expect(await ruleIdsFor('src/query/x.ts', code)).toContain(rule);
    expect(await ruleIdsFor('src/config/x.ts', code)).toEqual([]);
  });
});

describe('lint: the tree as it stands', () => {
  it('has no violations in src/, web/ or eslint/', async () => {
    const results = await eslint.lintFiles(['src', 'web', 'eslint']);
    const problems = results.flatMap((result) => result.messages.map((m) => `${result.filePath}:${m.line} ${m.ruleId} ${m.message}`));
    expect(problems).toEqual([]);
  }, 60_000);
});
