import type { CountryDrawing, DrawnPage } from './country-drawing.js';
import { KEPT_POSITIONS } from './country-json.js';
import type { Page } from './page.js';
import { edgeData, nodeData } from './presenters.js';
import type { Elements } from './types.js';

type NodeData = Elements['nodes'][number]['data'];
type EdgeData = Elements['edges'][number]['data'];

// A node's drawn data is the same object for as long as its attributes are (presenters keep it), so its lean copy is kept beside it.
const leanDataOf = new WeakMap<NodeData, NodeData>();

/**
 * A node's data as a country draws it: the element data without the aliases. An agreement gathers
 * hundreds of wordings at 1000× ("Memorandum of Understanding on Friday, August 10", …): they made
 * 85% of Korea's drawing (43 of 50 KB) and nothing draws them; the entity panel reads them from
 * `GET /api/entities/{id}`, as every other attribute it shows.
 */
function leanData(data: NodeData): NodeData {
  if (data.aliases === undefined) return data;
  let lean = leanDataOf.get(data);
  if (!lean) {
    const { aliases: _aliases, ...rest } = data;
    leanDataOf.set(data, (lean = rest));
  }
  return lean;
}

/** The Cytoscape elements of a drawn page, in id order, node data without aliases. */
export function countryElements(drawing: CountryDrawing, drawn: DrawnPage): Elements {
  const nodes: Elements['nodes'][number][] = [];
  const edges: Elements['edges'][number][] = [];
  for (const i of drawn.nodes) nodes.push({ data: leanData(nodeData(drawing.nodes[i]!)) });
  for (const i of drawn.edges) edges.push({ data: edgeData(drawing.edges[i]!) });
  return { nodes, edges };
}

// The JSON of an element as UTF-8 bytes, kept by its data object (immutable, and the same object while
// the graph is): written and encoded once, where each answer serialised a hub's officials again for
// every page that shows them, then encoded the whole text again to send it.
const jsonOf = new WeakMap<NodeData | EdgeData, Buffer>();

function elementJson(data: NodeData | EdgeData): Buffer {
  let json = jsonOf.get(data);
  if (json === undefined) jsonOf.set(data, (json = Buffer.from(JSON.stringify({ data }))));
  return json;
}

/** An element's bytes written for one answer and not kept: a page beyond KEPT_POSITIONS. */
function freshElementJson(data: NodeData | EdgeData): Buffer {
  return jsonOf.get(data) ?? Buffer.from(JSON.stringify({ data }));
}

/** Each drawing's elements' JSON by their numbers, filled as pages draw them: one array read per element, no lookup by object. */
const drawnJsonOf = new WeakMap<CountryDrawing, { readonly nodes: (Buffer | undefined)[]; readonly edges: (Buffer | undefined)[] }>();

const COMMA = Buffer.from(',');

/**
 * The UTF-8 bytes of `JSON.stringify(countryElements(drawing, drawn))`, byte for byte, put together
 * from each element's bytes kept once, between `before` and `after` (the answer's other fields):
 * serialising the drawing and encoding its text were as much of a request's CPU as cutting it, and
 * the bytes of an element do not change while the graph does not. Only the elements a page has
 * drawn are kept, and only for pages within the lists' first KEPT_POSITIONS items: a crawler's
 * deeper pages are written anew.
 */
export function countryElementsJson(drawing: CountryDrawing, drawn: DrawnPage, page: Page, before: string, after: string): Buffer {
  if (page.offset + page.limit > KEPT_POSITIONS) {
    return elementsJson(drawn, before, after, (i) => freshElementJson(leanData(nodeData(drawing.nodes[i]!))), (i) => freshElementJson(edgeData(drawing.edges[i]!)));
  }
  let kept = drawnJsonOf.get(drawing);
  // Slots made at once, filled with undefined (packed, not sparse: a hub's thousands of numbers are written out of order).
  if (!kept) drawnJsonOf.set(drawing, (kept = { nodes: new Array<Buffer | undefined>(drawing.nodes.length).fill(undefined), edges: new Array<Buffer | undefined>(drawing.edges.length).fill(undefined) }));
  const { nodes, edges } = kept;
  return elementsJson(
    drawn,
    before,
    after,
    (i) => (nodes[i] ??= elementJson(leanData(nodeData(drawing.nodes[i]!)))),
    (i) => (edges[i] ??= elementJson(edgeData(drawing.edges[i]!))),
  );
}

/** `before{"nodes":[…],"edges":[…]}after`, each drawn element's bytes as the caller gives them (kept or fresh). */
function elementsJson(drawn: DrawnPage, before: string, after: string, nodeJson: (i: number) => Buffer, edgeJson: (i: number) => Buffer): Buffer {
  const parts: Buffer[] = [Buffer.from(`${before}{"nodes":[`)];
  listInto(parts, drawn.nodes, nodeJson);
  parts.push(Buffer.from('],"edges":['));
  listInto(parts, drawn.edges, edgeJson);
  parts.push(Buffer.from(`]}${after}`));
  return Buffer.concat(parts);
}

function listInto(parts: Buffer[], numbers: Int32Array, json: (i: number) => Buffer): void {
  for (let k = 0; k < numbers.length; k++) {
    if (k > 0) parts.push(COMMA);
    parts.push(json(numbers[k]!));
  }
}
