import type { EdgeRecord, NodeRecord } from '../domain/index.js';
import { sortById } from './presenters.js';
import type { Page } from './page.js';

/**
 * What a country's drawing is cut from, whatever the page: every node its lists name and every
 * relation between them, each numbered in id order once, each list as those numbers, and each
 * node's relations by the other end. A page's drawing is then a few marks and a sort of small
 * integers (drawnOf), where it was a map of ids, a walk over string-keyed maps and two sorts of
 * ids per request: on the 100× graph those were half the drawing's query time.
 */
export interface CountryDrawing {
  /** The country and every node of its lists, in id order (code-unit, as sortById). */
  readonly nodes: readonly NodeRecord[];
  /** The relations between those nodes that the lists kept, in id order. */
  readonly edges: readonly EdgeRecord[];
  /** The country's number in `nodes`. */
  readonly center: number;
  /** Each list (officials, organisations, counterparts, agreements, events) as numbers in `nodes`, in list order. */
  readonly lists: readonly Int32Array[];
  /**
   * Per node, its relations as pairs `[other, edge]` ordered by other then edge: a node's
   * relations to one other node are adjacent, so a hub's can be looked up by binary search.
   */
  readonly adjacency: readonly Int32Array[];
  /** Scratch marks of the nodes and edges a page shows, cleared after each page (answers are cut one at a time). */
  readonly nodeMarks: Uint8Array;
  readonly edgeMarks: Uint8Array;
}

/** The numbers of the nodes and edges one page draws, each in id order. */
export interface DrawnPage {
  readonly nodes: Int32Array;
  readonly edges: Int32Array;
}

/**
 * The drawing index of a country from its lists (each in list order) and the relations the lists
 * kept. A node named by several lists is numbered once; a relation with an end no list names is
 * never drawn, so it is left out.
 */
export function countryDrawing(country: NodeRecord, lists: readonly (readonly NodeRecord[])[], relations: Iterable<EdgeRecord>): CountryDrawing {
  const byId = new Map<string, NodeRecord>([[country.id, country]]);
  for (const list of lists) for (const node of list) if (!byId.has(node.id)) byId.set(node.id, node);
  const nodes = sortById([...byId.values()]);
  const numberOf = new Map<string, number>(nodes.map((node, i) => [node.id, i]));
  const edgeById = new Map<string, EdgeRecord>();
  for (const edge of relations) if (numberOf.has(edge.source) && numberOf.has(edge.target)) edgeById.set(edge.id, edge);
  const edges = sortById([...edgeById.values()]);
  const pairs: number[][] = nodes.map(() => []);
  edges.forEach((edge, e) => {
    const source = numberOf.get(edge.source)!;
    const target = numberOf.get(edge.target)!;
    pairs[source]!.push(target, e);
    if (target !== source) pairs[target]!.push(source, e);
  });
  return {
    nodes,
    edges,
    center: numberOf.get(country.id)!,
    lists: lists.map((list) => Int32Array.from(list, (node) => numberOf.get(node.id)!)),
    adjacency: pairs.map(byOtherThenEdge),
    nodeMarks: new Uint8Array(nodes.length),
    edgeMarks: new Uint8Array(edges.length),
  };
}

function byOtherThenEdge(flat: readonly number[]): Int32Array {
  const order = Array.from({ length: flat.length / 2 }, (_, i) => i).sort((a, b) => flat[2 * a]! - flat[2 * b]! || flat[2 * a + 1]! - flat[2 * b + 1]!);
  const sorted = new Int32Array(flat.length);
  order.forEach((from, to) => {
    sorted[2 * to] = flat[2 * from]!;
    sorted[2 * to + 1] = flat[2 * from + 1]!;
  });
  return sorted;
}

/**
 * The nodes one page draws — the country and the page of each list — and every relation between
 * them, each in id order. A relation is found from its end that is not the country (the country's
 * own relations run to thousands on a hub): a node with fewer relations than the page has nodes
 * walks them, a hub's official looks up each shown node among its relations instead.
 */
export function drawnOf(drawing: CountryDrawing, page: Page): DrawnPage {
  const { nodeMarks, edgeMarks, adjacency, center } = drawing;
  const shown: number[] = [center];
  nodeMarks[center] = 1;
  for (const list of drawing.lists) {
    const end = Math.min(list.length, page.offset + page.limit);
    for (let p = page.offset; p < end; p++) {
      const node = list[p]!;
      if (nodeMarks[node] === 0) {
        nodeMarks[node] = 1;
        shown.push(node);
      }
    }
  }
  const drawn: number[] = [];
  const draw = (edge: number) => {
    if (edgeMarks[edge] === 0) {
      edgeMarks[edge] = 1;
      drawn.push(edge);
    }
  };
  for (const node of shown) {
    if (node === center) continue;
    const pairs = adjacency[node]!;
    if (pairs.length / 2 <= shown.length) {
      for (let i = 0; i < pairs.length; i += 2) if (nodeMarks[pairs[i]!] === 1) draw(pairs[i + 1]!);
    } else {
      for (const other of shown) for (let i = firstPairWith(pairs, other); i < pairs.length && pairs[i] === other; i += 2) draw(pairs[i + 1]!);
    }
  }
  for (const node of shown) nodeMarks[node] = 0;
  for (const edge of drawn) edgeMarks[edge] = 0;
  return { nodes: Int32Array.from(shown).sort(), edges: Int32Array.from(drawn).sort() };
}

/** The index of the first pair whose other end is `other` (or where it would be), by binary search. */
function firstPairWith(pairs: Int32Array, other: number): number {
  let low = 0;
  let high = pairs.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (pairs[2 * mid]! < other) low = mid + 1;
    else high = mid;
  }
  return 2 * low;
}
