import { z } from 'zod';
import { API_SHAPES, apiShapeRegistry, type ApiShapeName } from '../../query/index.js';

/** Where a component schema lives in the document, as a `$ref`. */
export const componentRef = (name: ApiShapeName) => `#/components/schemas/${name}` as const;

type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The component schemas of the OpenAPI document (JSON Schema 2020-12, as OpenAPI 3.1 uses),
 * generated from the API's zod shapes: nothing here restates a field. Responses are described as
 * the server writes them (`output`), the one request body as the server reads it (`input`: extra
 * members are ignored, not refused).
 */
export function componentSchemas(): Record<ApiShapeName, JsonSchema> {
  const options = {
    uri: componentRef as (id: string) => string,
    // `.readonly()` is a TypeScript promise of ours, not a JSON Schema `readOnly` property.
    override: ({ jsonSchema }: { jsonSchema: JsonSchema }) => void delete jsonSchema.readOnly,
  };
  const { schemas } = z.toJSONSchema(apiShapeRegistry, options);
  const request = z.toJSONSchema(API_SHAPES.CypherRequest, { ...options, io: 'input' });
  const all = { ...schemas, CypherRequest: request };
  return Object.fromEntries(Object.entries(all).map(([name, schema]) => [name, component(schema)])) as Record<ApiShapeName, JsonSchema>;
}

/** A generated schema as a component: its place in the document is its identity, so no `$id` or `$schema`. */
function component(schema: JsonSchema): JsonSchema {
  const { $id: _id, $schema: _schema, ...rest } = schema;
  return rest;
}
