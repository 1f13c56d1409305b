import { keptJson, keptListJson } from './kept-json.js';
import type { PathResult } from './types.js';

/**
 * The text `JSON.stringify(result)` writes, put together from each summary's, hop's and element
 * data's text kept once (keptJson): these are the presenters' shared objects, the same for every
 * answer through the same hubs, and serialising them anew was a third of a path question's CPU on
 * the 1000× graph (0.07 of 0.24 ms, in-process). Only the arrays and the `{"data":…}` wrappers
 * are written per answer.
 */
export function pathJson(result: PathResult): string {
  let text = `{"from":${keptJson(result.from)},"to":${keptJson(result.to)},"paths":[`;
  result.paths.forEach((path, i) => {
    text += `${i > 0 ? ',' : ''}{"nodes":${keptListJson(path.nodes)},"hops":${keptListJson(path.hops)}}`;
  });
  return `${text}],"elements":{"nodes":${elementsOf(result.elements.nodes)},"edges":${elementsOf(result.elements.edges)}}}`;
}

function elementsOf(elements: readonly { readonly data: object }[]): string {
  let text = '[';
  for (let i = 0; i < elements.length; i++) text += `${i > 0 ? ',' : ''}{"data":${keptJson(elements[i]!.data)}}`;
  return `${text}]`;
}
