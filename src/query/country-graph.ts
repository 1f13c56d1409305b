import type { GraphStore } from '../domain/index.js';
import { resolveCountry } from './country-code.js';
import { drawnOf } from './country-drawing.js';
import { DEFAULT_COUNTRY_PAGE, listsOf } from './country.js';
import { countryElements, countryElementsJson } from './country-elements.js';
import type { Page } from './page.js';
import type { CountryGraph } from './types.js';

/**
 * The drawing of a country's page (`GET /api/countries/{code}/graph`): the country and what the
 * same page of its lists shows (officials, organisations, counterparts, agreements, events), with
 * every relation between them, as Cytoscape elements without the nodes' aliases (countryElements).
 * It was the `elements` of the country answer and half its bytes; apart, the lists answer (the
 * panel, the CSV, a script) no longer carries a drawing it does not use, and the viewer asks both
 * at once. `code` is an ISO code or a country's name (see resolveCountry).
 */
export async function countryGraph(store: GraphStore, code: string, page: Page = DEFAULT_COUNTRY_PAGE): Promise<CountryGraph> {
  const country = await resolveCountry(store, code);
  const { drawing } = await listsOf(store, country);
  return { center: country.id, elements: countryElements(drawing, drawnOf(drawing, page)), page: { offset: page.offset, limit: page.limit } };
}

/**
 * countryGraph's answer as the API sends it: the UTF-8 bytes of `JSON.stringify(await
 * countryGraph(…))`, byte for byte, put together from each element's bytes kept once
 * (countryElementsJson). The route sends them as they are, where serialising and encoding the
 * drawing anew cost a request more than cutting it.
 */
export async function countryGraphJson(store: GraphStore, code: string, page: Page = DEFAULT_COUNTRY_PAGE): Promise<Buffer> {
  const country = await resolveCountry(store, code);
  const { drawing } = await listsOf(store, country);
  return countryElementsJson(drawing, drawnOf(drawing, page), page, `{"center":${JSON.stringify(country.id)},"elements":`, `,"page":${JSON.stringify({ offset: page.offset, limit: page.limit })}}`);
}
