import { paths } from './openapi/paths.js';
import { componentSchemas } from './openapi/components.js';

/**
 * The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. The web viewer builds
 * against these shapes and the API tests validate every response against them.
 */
export const openApiDocument = {
  openapi: '3.1.0',
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  info: {
    title: 'tradegraph API',
    version: '0.1.0',
    description:
      'Who met whom, when and where; agreements by country; positions held; connections between officials — each relation with the sentences that support it. Ids contain `:` and must be URL-encoded in paths.',
  },
  paths,
  components: { schemas: componentSchemas() },
} as const;
