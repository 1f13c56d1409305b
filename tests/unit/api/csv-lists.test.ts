import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellOf, columnsOf, COUNTRY_LISTS } from '../../../src/api/csv/index.js';
import type { GraphData } from '../../../src/domain/index.js';
import { API_SHAPES, type ApiShapeName } from '../../../src/query/index.js';
import { encode, startSeedApp, type Json, type RunningApp } from './app-harness.js';
import { parseCsv } from '../../support/parse-csv.js';

/**
 * Every list endpoint answers CSV with the same rows and columns as its JSON: the CSV is parsed
 * back and each cell compared with the JSON row's field (a spreadsheet opening it sees the same table).
 */
describe('CSV answers of the list endpoints over the seed graph', () => {
  let graph: GraphData;
  let app: RunningApp;
  beforeAll(async () => {
    ({ app, graph } = await startSeedApp());
  });
  afterAll(() => app?.close());

  const person = () => graph.nodes.find((n) => n.attributes.label === 'Person' && n.id.includes('kim-jung-kwan'))!.id;

  async function csvOf(path: string, init?: RequestInit): Promise<{ status: number; type: string | null; records: string[][]; raw: string; disposition: string | null }> {
    const response = await fetch(app.url + path, init);
    // fetch's text() drops a BOM; read the bytes to see what a spreadsheet gets.
    const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('content-type'), records: parseCsv(raw), raw, disposition: response.headers.get('content-disposition') };
  }

  /** The JSON row's value at a dotted column, written as the CSV writes a cell (formula starts aside). */
  const expectedCell = (row: Json, column: string): string => {
    const value = column.split('.').reduce((v: Json, key) => (v === null || v === undefined ? undefined : v[key]), row);
    const text = cellOf(value);
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  };

  it.each<[string, () => string, string, ApiShapeName]>([
    ['search hits', () => '/api/search?q=minister&limit=30', 'hits', 'SearchHit'],
    ['agreements', () => '/api/agreements', 'agreements', 'AgreementSummary'],
    ['posts at a day', () => '/api/posts?at=2025-11-20', 'posts', 'Post'],
    ['entities', () => '/api/entities?label=Person,Organization', 'entities', 'EntityListItem'],
    ["a person's meetings", () => `/api/persons/${encode(person())}/meetings`, 'meetings', 'Meeting'],
    ["a country's timeline", () => '/api/countries/KR?limit=50', 'timeline', 'TimelineEntry'],
    ["a country's meetings", () => '/api/countries/KR?limit=50&list=meetings', 'meetings', 'CountryMeeting'],
    ['meeting occasions', () => '/api/occasions?country=CN', 'occasions', 'Occasion'],
    ["an agreement's lifecycle stages", () => `/api/agreements/${encode('agreement:korea-asean-fta')}`, 'stages', 'LifecycleStage'],
  ])('answers %s as CSV with the rows and columns of the JSON', async (_name, pathOf, field, item) => {
    const path = pathOf();
    const json = await app.get(path);
    expect(json.status).toBe(200);
    const rows: Json[] = json.body[field];
    expect(rows.length).toBeGreaterThan(0);
    const csv = await csvOf(`${path}${path.includes('?') ? '&' : '?'}format=csv`);
    expect([csv.status, csv.type]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(csv.raw.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = csv.records;
    const columns = columnsOf(API_SHAPES[item]);
    expect(header).toEqual(columns);
    expect(records).toEqual(rows.map((row) => columns.map((column) => expectedCell(row, column))));
  });

  it('answers "who was trade minister" as a spreadsheet row: the post, its wordings, its holder then', async () => {
    const [header, ...records] = (await csvOf(`/api/posts?title=${encode('Minister for Trade')}&at=2025-11-20&format=csv`)).records as [string[], ...string[][]];
    const row = Object.fromEntries(header.map((column, i) => [column, records[0]![i]]));
    expect(records).toHaveLength(1);
    expect(row).toMatchObject({ title: 'Trade Minister', titles: 'Minister for Trade; Trade Minister', 'organization.id': 'org:ministry-of-trade-industry-and-resources', holders: 'Yeo Han-koo', heldAt: 'Yeo Han-koo' });
  });

  it('documents the format parameter and the text/csv answer of every list operation in OpenAPI', async () => {
    const { body: document } = await app.get('/api/openapi.json');
    for (const path of ['/api/search', '/api/agreements', '/api/posts', '/api/entities', '/api/persons/{id}/meetings', '/api/meetings', '/api/countries/{code}', '/api/occasions']) {
      const operation = document.paths[path].get;
      expect({ path, format: operation.parameters.find((p: { name: string }) => p.name === 'format')?.schema.enum }).toEqual({ path, format: ['json', 'csv'] });
      expect({ path, types: Object.keys(operation.responses['200'].content) }).toEqual({ path, types: ['application/json', 'text/csv'] });
    }
  });

  it('answers CSV to an Accept that prefers it, the same as ?format=csv, and says it varies by Accept', async () => {
    await app.get('/api/agreements'); // the JSON answer is now cached under this URL
    const accepted = await csvOf('/api/agreements', { headers: { accept: 'text/csv' } });
    const asked = await csvOf('/api/agreements?format=csv');
    expect(accepted.type).toBe('text/csv; charset=utf-8');
    expect(accepted.records).toEqual(asked.records);
    expect(asked.disposition).toBe('attachment; filename="agreements.csv"');
    expect((await app.get('/api/agreements')).headers.get('vary')).toMatch(/accept/i);
  });

  it('keeps JSON for a browser’s Accept and for ?format=json even when text/csv is accepted', async () => {
    const browser = await fetch(`${app.url}/api/posts`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(browser.headers.get('content-type')).toMatch(/^application\/json/);
    const json = await fetch(`${app.url}/api/posts?format=json`, { headers: { accept: 'text/csv' } });
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('puts every country list in CSV by the list parameter', async () => {
    for (const list of Object.keys(COUNTRY_LISTS)) {
      const csv = await csvOf(`/api/countries/KR?format=csv&list=${list}`);
      expect({ list, status: csv.status, header: csv.records[0] }).toEqual({ list, status: 200, header: columnsOf(API_SHAPES[COUNTRY_LISTS[list as keyof typeof COUNTRY_LISTS]]) });
    }
  });

  it.each([
    ['/api/posts?format=xml', 'BAD_PARAMETER'],
    ['/api/stats?format=csv', 'BAD_PARAMETER'],
    ['/api/countries/KR?format=csv&list=planets', 'BAD_PARAMETER'],
    ['/api/posts?format=csv&at=March', 'BAD_PARAMETER'],
    ['/api/countries/XX?format=csv', 'COUNTRY_NOT_FOUND'],
  ])('answers %s with a JSON error %s', async (path, code) => {
    const { status, body, headers } = await app.get(path);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.error.code).toBe(code);
  });
});
