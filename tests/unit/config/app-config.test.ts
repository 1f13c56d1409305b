import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { ConfigError } from '../../../src/domain/errors.js';

describe('loadConfig', () => {
  it('uses the embedded snapshot when NEO4J_URI is not set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toBeNull();
    expect(config.snapshotPath).toBe('data/graph.json');
    expect(config.port).toBe(3000);
  });

  it('reads the Neo4j settings under the names Neo4j users already know', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NEO4J_USER: 'alice', NEO4J_PASSWORD: 'secret-pass', NEO4J_DATABASE: 'trade' });
    expect(config.neo4j).toEqual({ uri: 'bolt://127.0.0.1:7688', user: 'alice', password: 'secret-pass', database: 'trade' });
  });

  it('defaults the Neo4j user and database to neo4j', () => {
    expect(loadConfig({ NEO4J_URI: 'bolt://x:7687' }).neo4j).toMatchObject({ user: 'neo4j', database: 'neo4j' });
  });

  it('lets command-line overrides win over the environment', () => {
    expect(loadConfig({ PORT: '4000' }, { port: 5000 }).port).toBe(5000);
  });

  it('splits CORS_ORIGINS on commas and drops blanks', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, ,https://b.example' }).corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it.each([['PORT', { PORT: 'eighty' }, 'CONFIG_PORT'], ['PORT', { PORT: '70000' }, 'CONFIG_PORT'], ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, 'CONFIG_LOG_LEVEL']])(
    'refuses a bad %s with a ConfigError that names it',
    (_name, env, code) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      try {
        loadConfig(env);
      } catch (error) {
        expect((error as ConfigError).code).toBe(code);
      }
    },
  );

  it('returns a frozen object so no stage can change configuration behind the others', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});

describe('loadConfig: extraction threads and input limits', () => {
  it('defaults the workers to the available parallelism and reads TRADEGRAPH_WORKERS', async () => {
    const { availableParallelism } = await import('node:os');
    expect(loadConfig({}).workers).toBe(availableParallelism());
    expect(loadConfig({ TRADEGRAPH_WORKERS: '1' }).workers).toBe(1);
  });

  it.each(['0', 'two', '1.5', '-3'])('refuses TRADEGRAPH_WORKERS=%s with CONFIG_WORKERS', (value) => {
    expect(() => loadConfig({ TRADEGRAPH_WORKERS: value })).toThrow(expect.objectContaining({ code: 'CONFIG_WORKERS' }));
  });

  it('carries the documented input limits by default', () => {
    expect(loadConfig({}).limits).toEqual({ maxTokenChars: 256, maxSentenceChars: 4_000, maxRecordChars: 2_000_000 });
  });
});
