import { z } from 'zod';

type JsonSchema = z.core.JSONSchema.BaseSchema;

export interface Parameter {
  readonly name: string;
  readonly in: 'query' | 'path';
  readonly required: boolean;
  readonly description: string;
  readonly schema: JsonSchema;
}

/**
 * The OpenAPI parameters of a request schema (src/api/requests.ts), one per field: required unless
 * the field may be absent, described by its `.describe()`, its schema what a client may send
 * (`input`: before the route's transforms turn `a,b` into a list or `20` into a number).
 */
export function parametersOf(request: z.ZodObject, where: 'query' | 'path'): Parameter[] {
  return Object.entries(request.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const { description = '', ...schema } = toParameterSchema(field);
    return { name, in: where, required: where === 'path' || !field.safeParse(undefined).success, description, schema };
  });
}

function toParameterSchema(field: z.ZodType): JsonSchema {
  const { $schema: _schema, ...json } = z.toJSONSchema(field, {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // intIn checks digits as a string first; the document says integer, which a pattern cannot constrain.
      if (jsonSchema.type === 'integer') delete jsonSchema.pattern;
      if (zodSchema instanceof z.ZodDefault) jsonSchema.default = zodSchema.def.defaultValue;
    },
  });
  return json;
}
