import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from '../../../src/api/index.js';
import { ERROR_CODE_MEANINGS, ERROR_CODES, type ErrorCode, type TradegraphError } from '../../../src/domain/index.js';
import { API_SHAPES, type ApiShapeName, type EntityDetail, type ErrorBody, type NodeSummary, type Stats } from '../../../src/query/index.js';

/** The object a shape is made of, under its `.readonly()`. */
function objectOf(schema: z.ZodType): z.ZodObject {
  const inner = schema instanceof z.ZodReadonly ? (schema.def.innerType as z.ZodType) : schema;
  if (!(inner instanceof z.ZodObject)) throw new Error('not an object shape');
  return inner;
}

interface Component {
  readonly properties: Record<string, unknown>;
  readonly required?: readonly string[];
}
const components = openApiDocument.components.schemas as unknown as Record<string, Component>;
const names = Object.keys(API_SHAPES) as ApiShapeName[];

describe('the API shapes are written once, in src/query/shapes', () => {
  it('gives the OpenAPI document one component per shape, and no other', () => {
    expect(Object.keys(components).sort()).toEqual([...names].sort());
  });

  it.each(names)('lists in the OpenAPI component %s every field of its zod shape, required exactly when not optional', (name) => {
    const fields = objectOf(API_SHAPES[name]).shape as Record<string, z.ZodType>;
    const optional = Object.keys(fields).filter((field) => fields[field]!.safeParse(undefined).success);
    expect(Object.keys(components[name]!.properties)).toEqual(Object.keys(fields));
    expect([...(components[name]!.required ?? [])].sort()).toEqual(Object.keys(fields).filter((field) => !optional.includes(field)).sort());
  });

  it('types the answers by inference from the same shapes', () => {
    expectTypeOf<NodeSummary>().toEqualTypeOf<z.infer<typeof API_SHAPES.NodeSummary>>();
    expectTypeOf<EntityDetail>().toEqualTypeOf<z.infer<typeof API_SHAPES.EntityDetail>>();
    expectTypeOf<Stats['backend']>().toEqualTypeOf<'embedded' | 'neo4j'>();
    expectTypeOf<NodeSummary['label']>().toEqualTypeOf<'Person' | 'Organization' | 'Country' | 'Agreement' | 'Event' | 'Document'>();
  });

  it('refers from every operation only to components that exist', () => {
    const refs = JSON.stringify(openApiDocument.paths).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
    for (const ref of new Set(refs)) expect(names).toContain(ref.split('/').pop());
  });
});

describe('the error codes are one union', () => {
  it('makes TradegraphError and the error body take only the listed codes', () => {
    expectTypeOf<TradegraphError['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<ErrorBody['error']['code']>().toEqualTypeOf<ErrorCode>();
  });

  it('documents every code in the OpenAPI Error schema: in its enum, with its meaning', () => {
    const code = (openApiDocument.components.schemas.Error as unknown as { properties: { error: { properties: { code: { enum: string[]; description: string } } } } })
      .properties.error.properties.code;
    expect(code.enum).toEqual(ERROR_CODES);
    for (const [name, meaning] of Object.entries(ERROR_CODE_MEANINGS)) expect(code.description).toContain(`\`${name}\`: ${meaning}`);
  });

  it('gives every code a meaning of its own', () => {
    const meanings = Object.values(ERROR_CODE_MEANINGS);
    expect(new Set(meanings).size).toBe(meanings.length);
    for (const meaning of meanings) expect(meaning).toMatch(/^[A-Z].*\.$/);
  });
});
