import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

interface Service {
  readonly environment?: Record<string, string>;
  readonly ports?: string[];
  readonly volumes?: string[];
  readonly healthcheck?: { test: string[] };
}

let compose: { services: Record<string, Service> };
let dockerfile = '';

beforeAll(async () => {
  compose = load(await readFile('docker-compose.yml', 'utf8'), { filename: 'docker-compose.yml' }) as typeof compose;
  dockerfile = await readFile('Dockerfile', 'utf8');
});

describe('docker-compose.yml', () => {
  it('parses as YAML with the neo4j and app services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'neo4j']);
  });

  it.each(['neo4j', 'app'])('publishes %s on 127.0.0.1 only', (name) => {
    const ports = compose.services[name]?.ports ?? [];
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it.each([
    ['neo4j', 'NEO4J_AUTH'],
    ['app', 'NEO4J_PASSWORD'],
  ])('makes %s take the Neo4j password from the environment, with no default (%s)', (name, variable) => {
    const value = compose.services[name]?.environment?.[variable] ?? '';
    expect(value).toMatch(/\$\{NEO4J_PASSWORD:\?[^}]+\}/);
    expect(value).not.toMatch(/:-/);
  });

  it('has an app healthcheck that asks the API for its stats', () => {
    expect(compose.services.app?.healthcheck?.test.join(' ')).toContain('/api/stats');
  });

  it('mounts a releases folder, RELEASES_DIR or the sample, where the image builds from', () => {
    const mount = (compose.services.app?.volumes ?? []).find((volume) => volume.includes(':/app/releases'));
    expect(mount).toMatch(/^\$\{RELEASES_DIR:-\.\/seeds\}:\/app\/releases(:ro)?$/);
    expect(dockerfile).toMatch(/^WORKDIR \/app$/m);
    expect(dockerfile).toMatch(/^CMD .*main\.js build releases /m);
  });
});
