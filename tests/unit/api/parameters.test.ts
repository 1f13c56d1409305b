import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../src/api/index.js';
import { parametersOf } from '../../../src/api/openapi/parameters.js';
import { agreementsQuery, csvFormatQuery, countryPath, neighbourhoodQuery, searchQuery } from '../../../src/api/requests.js';

describe('parametersOf', () => {
  it('makes one parameter per field of the request schema the route parses, in order', () => {
    expect(parametersOf(agreementsQuery, 'query').map((p) => p.name)).toEqual(Object.keys(agreementsQuery.shape));
  });

  it.each([
    ['a field that must be sent', searchQuery, 'q', true],
    ['an optional field', searchQuery, 'labels', false],
    ['a field with a default', searchQuery, 'limit', false],
  ] as const)('marks %s required exactly when it has to be sent', (_what, request, name, required) => {
    expect(parametersOf(request, 'query').find((p) => p.name === name)?.required).toBe(required);
  });

  it('takes the description from the field and leaves it out of the schema', () => {
    const [q] = parametersOf(searchQuery, 'query');
    expect(q).toMatchObject({ description: 'What to look for.' });
    expect(q!.schema).not.toHaveProperty('description');
  });

  it('describes a query-string integer as an integer with its bounds and default, not as the digits zod reads first', () => {
    const depth = parametersOf(neighbourhoodQuery, 'query').find((p) => p.name === 'depth');
    expect(depth!.schema).toEqual({ type: 'integer', minimum: 1, maximum: 3, default: 1 });
  });

  it('describes text counted in code points with JSON Schema lengths and a not-blank pattern', () => {
    const [code] = parametersOf(countryPath, 'path');
    expect(code).toMatchObject({ in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 100, pattern: expect.any(String) } });
  });

  it('is what the OpenAPI document lists for the operation, a list operation with its `format`', () => {
    expect(openApiDocument.paths['/api/agreements'].get.parameters).toEqual([...parametersOf(agreementsQuery, 'query'), ...parametersOf(csvFormatQuery, 'query')]);
  });
});
