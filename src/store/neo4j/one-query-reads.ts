import neo4j from 'neo4j-driver';
import { type EdgeAttributes, type EdgeRecord, type NodeAttributes, type NodeRecord, RELATIONSHIP_TYPES, type RelationshipType, type ConnectionRecords, type NeighbourhoodQuery, type NeighbourhoodRecords, type PathQuery, compareStrings } from '../../domain/index.js';
import { assembledEvidence } from './records.js';
import { toPlain } from './plain-values.js';
import type { BatchedRead, BatchRecord } from './read-batches.js';
import { MAX_PATH_DEPTH } from './statements.js';

const WITHOUT_MENTIONS = RELATIONSHIP_TYPES.filter((type) => type !== 'MENTIONS');

/**
 * Types go into the pattern (`[r:MET|ATTENDED]`) rather than a WHERE, so a hub's thousands of
 * MENTIONS are never expanded (Neo4j reads a dense node's relationships by type). They come only
 * from RELATIONSHIP_TYPES, in its order, so each set makes one statement, planned once.
 */
function typePattern(types: readonly RelationshipType[]): string {
  const wanted = new Set(types);
  const known = RELATIONSHIP_TYPES.filter((type) => wanted.has(type));
  return known.join('|');
}

/**
 * An edge's dates overlap [$from, $to] as domain/date-range's overlaps() says, for a range with at
 * least one end (an undated edge overlaps only an open range, whose statement leaves this out).
 */
const OVERLAPS = (r: string) =>
  `coalesce(${r}.firstDate, ${r}.lastDate) IS NOT NULL ` +
  `AND ($from IS NULL OR coalesce(${r}.lastDate, ${r}.firstDate) >= $from) AND ($to IS NULL OR coalesce(${r}.firstDate, ${r}.lastDate) <= $to)`;

/** Each ask of a batched statement, by its index `i` in `$asks`. */
const EACH_ASK = 'UNWIND range(0, size($asks) - 1) AS i';

const statements = new Map<string, string>();
function memo(key: string, make: () => string): string {
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = make()));
  return statement;
}

/**
 * What a read filters on besides its types. An unfiltered read (no dates, no labels: nearly every
 * request) gets a statement without those predicates: they are a third of a neighbourhood
 * statement's text, and a statement over ~1,380 bytes leaves the driver in two socket writes (its
 * Bolt chunker flushes every 1,400 bytes), which cost the API a write syscall and Neo4j a second
 * read per request. Each combination is still one statement, planned once.
 */
interface Filters {
  readonly dated: boolean;
  readonly labelled: boolean;
}

/** `pattern` followed by the date and label predicates that apply, joined by AND (or nothing). */
function filtered(r: string, m: string, filters: Filters, ...pattern: string[]): string {
  const predicates = [...pattern, ...(filters.dated ? [OVERLAPS(r)] : []), ...(filters.labelled ? [`${m}.label IN $labels`] : [])];
  return predicates.length === 0 ? '' : ` WHERE ${predicates.join(' AND ')}`;
}

/**
 * The ego network in one statement. ANY SHORTEST from the centre over allowed, dated-in-range
 * relationships through nodes of the allowed labels is a breadth-first search that gives each
 * reached node once with its hop count; the nearest `keep` by (hop, id) are kept (one more is read
 * only to know the answer was cut: a top-k, so a hub's thousands are neither sorted nor
 * collected), then the
 * relationships among kept nodes are read from each one's outgoing side (each once, no
 * de-duplication needed). Depth 0 keeps the centre alone. One row per centre in $asks that exists
 * (see readBatches).
 */
function neighbourhoodStatement(depth: number, types: readonly RelationshipType[], filters: Filters): string {
  const pattern = typePattern(types);
  const dated: Filters = { dated: filters.dated, labelled: false };
  // One hop needs no path search: a plain expansion of the centre's relationships is the same
  // set, and Neo4j plans it several times cheaper than a quantified ANY SHORTEST.
  const reach =
    depth === 0
      ? ['WITH i, c, [] AS reached']
      : depth === 1
        ? [
            'CALL (c) {',
            `  MATCH (c)-[r:${pattern}]-(m)${filtered('r', 'm', filters, 'm <> c')}`,
            '  WITH DISTINCT m ORDER BY m.id LIMIT $keep + 1',
            '  RETURN collect(m) AS reached',
            '}',
          ]
        : [
          'CALL (c) {',
          `  MATCH p = ANY SHORTEST (c) ((a)-[r:${pattern}]-(b)${filtered('r', 'b', filters)}){1,${depth}} (m)`,
          '  WHERE m <> c',
          '  WITH m, length(p) AS hop ORDER BY hop, m.id LIMIT $keep + 1',
          '  RETURN collect(m) AS reached',
          '}',
        ];
  return memo(`n${depth}:${pattern}:${filters.dated}:${filters.labelled}`, () =>
    [
      `${EACH_ASK} MATCH (c:Node {id: $asks[i]})`,
      ...reach,
      'WITH i, c, size(reached) > $keep AS truncated, [c] + reached[..$keep] AS ns',
      'CALL (ns) {',
      '  UNWIND ns AS a',
      `  MATCH (a)-[r:${pattern}]->(b)${filtered('r', 'b', dated, 'b IN ns')}`,
      `  RETURN collect([a.id, b.id, ${DRAWN_EDGE}]) AS edges`,
      '}',
      `RETURN i, [n IN ns | ${drawn('n')}] AS nodes, edges, truncated`,
    ].join('\n'),
  );
}

/**
 * A drawing needs neither a document's text nor an edge's evidence, which on a hub run to
 * megabytes: only the other properties are read (naming them, since `n {.*}` would read the big
 * ones from the store only to drop them). The records enumerate every other attribute, so a new
 * attribute fails to compile here until it is listed.
 */
const DRAWN_NODE_KEYS: Record<Exclude<keyof NodeAttributes, 'text' | 'sources' | 'docIds'>, true> = {
  label: true, name: true, aliases: true, kind: true, acronym: true, country: true, status: true, parties: true, date: true,
  endDate: true, location: true, category: true, url: true, firstSeen: true, lastSeen: true,
};
const DRAWN_EDGE_KEYS: Record<Exclude<keyof EdgeAttributes, 'evidence' | 'docIds'>, true> = {
  type: true, title: true, role: true, status: true, eventIds: true, date: true, firstDate: true, lastDate: true, count: true,
};
/**
 * A node or edge travels as a list of its values in the order of its columns, not as a map: a map
 * repeats its sixteen keys in every one of a hub's 300 nodes, and decoding those strings was the
 * largest share of the API's CPU on a hub's neighbourhood (--cpu-prof). Absent properties come back null and are left out.
 */
const NODE_COLUMNS = ['id', ...Object.keys(DRAWN_NODE_KEYS)];
const EDGE_COLUMNS = ['id', ...Object.keys(DRAWN_EDGE_KEYS)];
const values = (v: string, columns: readonly string[]) => columns.map((key) => `${v}.${key}`).join(', ');
/**
 * A node's documents are drawn as their number only (docCount), and a hub names thousands: the
 * server sends the number, and the records carry it as docCount (NeighbourhoodRecords). The number
 * is stored beside the list (records.ts), since size() reads the whole list; a node loaded before
 * it was stored is counted.
 */
const drawn = (n: string) => `[${values(n, NODE_COLUMNS)}, coalesce(${n}.docCount, size(${n}.docIds))]`;
const DRAWN_EDGE = `[${values('r', EDGE_COLUMNS)}]`;
/**
 * A path's hop shows its first sentences only: the first sentence alone when asked for one (the
 * path answer), the stored head of a long list when asked for a few more (records.ts; an edge with
 * appended chunks always keeps one), else the whole list and its appended chunks. One statement
 * each rather than a CASE on $evidenceLimit, which would be sent on every path.
 */
const drawnHop = (evidence: HopEvidence) => `[${values('r', EDGE_COLUMNS)}, ${HOP_EVIDENCE[evidence]}]`;

/**
 * How much of a hop's stored evidence a path statement reads: 'first' its first sentence (the path
 * answer quotes one), 'head' the stored head (up to records.ts' EVIDENCE_HEAD), 'all' every part.
 */
type HopEvidence = 'first' | 'head' | 'all';

/** The stored head of a long list, else the whole (short) list. */
const HEAD = 'coalesce(r.evidenceHeadJson, r.evidenceJson)';

/**
 * The first sentence cut from the head's JSON text, which is an array of flat evidence objects
 * (EvidenceSchema: scalars only). A quote inside a JSON string is always escaped, so `},{"` either
 * starts the next element's first key or, after a string value that ends in `},{`, closes that
 * string: then a comma or brace follows, never a key's first letter. Where the text after the
 * first `},{"` starts with neither, the text before it closed with `}]` is the first element alone;
 * otherwise (a single sentence, or that odd string) the whole text comes back and hopEdge cuts it.
 * The heads were three quarters of a path answer's bytes (9.5 of 13 KB over 300 drawn ×100 pairs)
 * for the one sentence shown: Neo4j wrote them, the API decoded and parsed them.
 */
const HOP_EVIDENCE: Record<HopEvidence, string> = {
  first:
    `[[parts IN [split(${HEAD}, '},{"')] | ` +
    `CASE WHEN size(parts) > 1 AND NOT left(parts[1], 1) IN [',', '}', ':'] THEN parts[0] + '}]' ELSE ${HEAD} END][0]]`,
  head: `[${HEAD}]`,
  all: "[r.evidenceJson] + [i IN range(1, coalesce(r.evidenceChunks, 0)) | r['evidence' + toString(i)]]",
};

/**
 * A cell as plain JSON: strings (nearly every cell) as they are, anything else through toPlain.
 * A hub's neighbourhood has ~20,000 cells; going through toPlain, then copying the record twice to
 * drop nulls and evidence, was a fifth of the API's CPU on it (--cpu-prof).
 */
const plainCell = (cell: unknown): unknown => (typeof cell === 'string' ? cell : toPlain(cell));

/** The attributes a drawn row holds after its id (cell 0), as plain JSON, absent properties (null) left out. */
function drawnAttributes(cells: readonly unknown[], columns: readonly string[]): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (let i = 1; i < columns.length; i++) {
    const cell = cells[i];
    if (cell !== null && cell !== undefined) attributes[columns[i]!] = plainCell(cell);
  }
  return attributes;
}

/** A node as drawn, from drawn()'s row, in one pass: absent properties (null) left out, docCount from the last cell. */
function drawnNode(row: unknown): NodeRecord {
  const cells = row as unknown[];
  const attributes = drawnAttributes(cells, NODE_COLUMNS);
  const node: NodeRecord = { id: String(cells[0]), attributes: attributes as unknown as NodeAttributes };
  const docCount = cells[NODE_COLUMNS.length];
  return docCount === null || docCount === undefined ? node : { ...node, docCount: Number(docCount) };
}

/** An edge as drawn, from a [source, target, DRAWN_EDGE] row, in one pass: nulls left out, no documents or evidence. */
function drawnEdge([source, target, cells]: [unknown, unknown, unknown[]]): EdgeRecord {
  const attributes = drawnAttributes(cells, EDGE_COLUMNS);
  attributes.evidence = [];
  attributes.docIds = [];
  return { id: String(cells[0]), source: String(source), target: String(target), attributes: attributes as unknown as EdgeAttributes };
}

/**
 * The neighbourhood of `id` as one ask of a batched statement (readBatches), as drawn (see
 * NeighbourhoodRecords); null when there is no such node.
 */
export function neighbourhoodRead(id: string, query: NeighbourhoodQuery): BatchedRead<string, NeighbourhoodRecords | null> {
  const types = query.types ?? WITHOUT_MENTIONS;
  // With nothing to follow, the centre stands alone (a type list cannot be empty in a pattern).
  const filters = { dated: query.from !== undefined || query.to !== undefined, labelled: query.labels !== undefined };
  const statement = types.length === 0 ? neighbourhoodStatement(0, WITHOUT_MENTIONS, filters) : neighbourhoodStatement(Math.max(0, Math.floor(query.depth)), types, filters);
  const params = {
    keep: neo4j.int(Math.max(0, Math.floor(query.limit) - 1)),
    ...(filters.labelled ? { labels: [...query.labels!] } : {}),
    ...(filters.dated ? { from: query.from ?? null, to: query.to ?? null } : {}),
  };
  return { statement, params, ask: id, decode: (record) => (record ? drawnNeighbourhood(record, types.length > 0) : null) };
}

function drawnNeighbourhood(record: BatchRecord, withEdges: boolean): NeighbourhoodRecords {
  const nodes = (record.get('nodes') as unknown[]).map(drawnNode).sort((a, b) => compareStrings(a.id, b.id));
  const edges = withEdges ? (record.get('edges') as [unknown, unknown, unknown[]][]).map(drawnEdge).sort((a, b) => compareStrings(a.id, b.id)) : [];
  return { nodes, edges, truncated: record.get('truncated') as boolean };
}

/** A path's hop from a [source, target, HOP_EDGE] row, in one pass: nulls and docIds left out (as drawn), evidence at most `limit` (the head may hold more). */
function hopEdge([source, target, cells]: [unknown, unknown, unknown[]], limit: number | null): EdgeRecord {
  const attributes = drawnAttributes(cells, EDGE_COLUMNS);
  const id = String(cells[0]);
  const evidence = assembledEvidence(id, cells[EDGE_COLUMNS.length] as unknown[]);
  attributes.docIds = [];
  attributes.evidence = limit !== null && evidence.length > limit ? evidence.slice(0, limit) : evidence;
  return { id, source: String(source), target: String(target), attributes: attributes as unknown as EdgeAttributes };
}

/**
 * Every shortest path with the nodes and relationships on them, in one statement, ordered and cut
 * as the embedded store does (node-id sequence, then edge-id sequence). The paths' relationships
 * and inner nodes are listed once each by folding the (at most `limit`) paths in a list rather
 * than by two subqueries that unwind, de-duplicate and collect them: the same rows for ~13% less
 * Neo4j CPU per path request (A/B on a warm server, 100×). The two ends lead the list of nodes, so
 * that the statement names the drawn columns once (see Filters on a statement's length). One row
 * per [from, to] in $asks whose ends both exist (see readBatches).
 */
function connectionStatement(depth: number, types: readonly RelationshipType[], evidence: HopEvidence): string {
  const pattern = typePattern(types);
  return memo(`p${depth}:${pattern}:${evidence}`, () =>
    [
      `${EACH_ASK} MATCH (a:Node {id: $asks[i][0]}), (b:Node {id: $asks[i][1]})`,
      'CALL (a, b) {',
      `  MATCH p = allShortestPaths((a)-[:${pattern}*..${depth}]-(b))`,
      '  WITH p, [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS edgeIds',
      '  ORDER BY nodeIds, edgeIds LIMIT $limit',
      '  RETURN collect([nodeIds, edgeIds]) AS paths, collect(p) AS found',
      '}',
      // A shortest path repeats no node or relationship, so each path adds those not seen before.
      'WITH i, paths,',
      '  reduce(rs = [], p IN found | rs + [r IN relationships(p) WHERE NOT r IN rs]) AS rs,',
      '  reduce(ns = [a, b], p IN found | ns + [n IN nodes(p) WHERE NOT n IN ns]) AS ns',
      'RETURN i, paths,',
      `  [r IN rs | [startNode(r).id, endNode(r).id, ${drawnHop(evidence)}]] AS edges,`,
      `  [n IN ns | ${drawn('n')}] AS nodes`,
    ].join('\n'),
  );
}

/**
 * Shortest paths between two nodes with every node and relationship on them, as one ask of a
 * batched statement (readBatches); null when either end is unknown. The paths are shortestPaths'
 * (the embedded store's order and cut).
 */
export function connectionRead(from: string, to: string, query: PathQuery): BatchedRead<readonly [string, string], ConnectionRecords | null> {
  const types = query.types ?? WITHOUT_MENTIONS;
  const depth = Math.min(Math.floor(query.maxDepth), MAX_PATH_DEPTH);
  // allShortestPaths refuses a node to itself; nothing to search also needs only the two ends.
  const searching = from !== to && depth >= 1 && query.limit > 0 && types.length > 0;
  const evidenceLimit = query.evidenceLimit === undefined ? null : Math.max(0, Math.floor(query.evidenceLimit));
  const decode = (record: BatchRecord | undefined): ConnectionRecords | null => {
    if (!record) return null;
    const drawnNodes = (record.get('nodes') as unknown[]).map(drawnNode);
    const nodes = [...new Map(drawnNodes.map((n) => [n.id, n])).values()].sort((a, b) => compareStrings(a.id, b.id));
    if (!searching) return { paths: from === to && query.limit > 0 ? [{ nodes: [from], edges: [] }] : [], nodes, edges: [] };
    const paths = (record.get('paths') as [string[], string[]][]).map(([nodeIds, edgeIds]) => ({ nodes: nodeIds, edges: edgeIds }));
    const edges = (record.get('edges') as [unknown, unknown, unknown[]][]).map((row) => hopEdge(row, evidenceLimit)).sort((a, b) => compareStrings(a.id, b.id));
    return { paths, nodes, edges };
  };
  return searching
    ? { statement: connectionStatement(depth, types, hopEvidence(evidenceLimit)), params: { limit: neo4j.int(Math.max(0, Math.floor(query.limit))) }, ask: [from, to], decode }
    : { statement: ENDS_ONLY, params: {}, ask: [from, to], decode };
}

/** The least of a hop's evidence that holds its first `limit` sentences (null: all of them). */
function hopEvidence(limit: number | null): HopEvidence {
  return limit === null ? 'all' : limit <= 1 ? 'first' : 'head';
}

/**
 * Nodes as drawn (GraphStore.drawnNodes), each once: what getNodes reads but a release's text, its
 * sources and a node's document ids, which summaries and document references do not show.
 */
export const DRAWN_NODES = `UNWIND $ids AS id MATCH (n:Node {id: id}) WITH DISTINCT n RETURN ${drawn('n')} AS node`;

/** DRAWN_NODES' records as NodeRecords, sorted by id as getNodes sorts them. */
export function drawnNodes(records: readonly BatchRecord[]): NodeRecord[] {
  return records.map((record) => drawnNode(record.get('node'))).sort((a, b) => compareStrings(a.id, b.id));
}

/** Every edge touching a node as drawn (GraphStore.drawnEdgesOf); a self-loop comes back from both ends. */
export const DRAWN_EDGES_OF = `MATCH (:Node {id: $id})-[r]-() RETURN startNode(r).id AS source, endNode(r).id AS target, ${DRAWN_EDGE} AS cells`;

/** DRAWN_EDGES_OF's records as EdgeRecords (evidence and docIds empty), in the order they came. */
export function drawnEdges(records: readonly BatchRecord[]): EdgeRecord[] {
  return records.map((record) => drawnEdge([record.get('source'), record.get('target'), record.get('cells') as unknown[]]));
}

const ENDS_ONLY = `${EACH_ASK} MATCH (a:Node {id: $asks[i][0]}), (b:Node {id: $asks[i][1]}) RETURN i, [n IN [a, b] | ${drawn('n')}] AS nodes`;
