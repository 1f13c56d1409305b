import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { StoreError } from '../../domain/index.js';
import { AWAIT_INDEXES, STORE_SCHEMA } from './statements.js';

const SCHEMA_FILE = join('graph-schema', 'constraints.cypher');

/**
 * Finds graph-schema/constraints.cypher by walking up from this module, so it is found from src/
 * under tsx and from dist/ after a build alike.
 */
export function defaultSchemaFile(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, SCHEMA_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Splits a .cypher file into statements: `//` comments dropped, `;` ends a statement. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*\/\/.*$/, ''))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/**
 * Applies the store's own constraints, then the project's graph schema. Every statement says
 * IF NOT EXISTS, so connecting again changes nothing. Schema commands cannot share a transaction
 * with anything else, hence one auto-commit run each.
 */
export async function applySchema(driver: Driver, database: string, schemaFile: string | null): Promise<void> {
  if (!schemaFile || !existsSync(schemaFile)) {
    throw new StoreError(
      'NEO4J_SCHEMA_MISSING',
      `The graph schema ${schemaFile ?? SCHEMA_FILE} was not found; expected the repository's graph-schema/constraints.cypher next to src/. Run tradegraph from a full checkout or package.`,
    );
  }
  const statements = [...STORE_SCHEMA, ...splitStatements(readFileSync(schemaFile, 'utf8'))];
  const session = driver.session({ database });
  try {
    for (const statement of statements) await session.run(statement);
    await session.run(AWAIT_INDEXES);
  } finally {
    await session.close();
  }
}
