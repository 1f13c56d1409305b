import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { API_SHAPES } from '../../../src/query/index.js';
import { api } from '../../../web/js/api.js';

type Answer<Name extends keyof typeof API_SHAPES> = z.infer<(typeof API_SHAPES)[Name]>;

describe("the viewer's API client is typed by the API's zod shapes", () => {
  it('resolves each call to the type inferred from the shape the OpenAPI document is generated from', () => {
    expectTypeOf(api.search).returns.resolves.toEqualTypeOf<Answer<'SearchResult'>>();
    expectTypeOf(api.entity).returns.resolves.toEqualTypeOf<Answer<'EntityDetail'>>();
    expectTypeOf(api.neighbourhood).returns.resolves.toEqualTypeOf<Answer<'Neighbourhood'>>();
    expectTypeOf(api.edge).returns.resolves.toEqualTypeOf<Answer<'EdgeDetail'>>();
    expectTypeOf(api.document).returns.resolves.toEqualTypeOf<Answer<'DocumentView'>>();
    expectTypeOf(api.country).returns.resolves.toEqualTypeOf<Answer<'CountryProfile'>>();
    expectTypeOf(api.path).returns.resolves.toEqualTypeOf<Answer<'PathResult'>>();
    expectTypeOf(api.stats).returns.resolves.toEqualTypeOf<Answer<'Stats'>>();
    expectTypeOf(api.cypher).returns.resolves.toEqualTypeOf<Answer<'CypherResponse'>>();
  });
});
