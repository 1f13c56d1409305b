import { appendPosting, compareStrings, type DateRange, lowerBound, uniqueSortedEvidence, type EdgeRecord, type GraphStore, type NodeRecord } from '../domain/index.js';
import { activityFacts, codeOf, countriesOf, type ActivityFacts, type Occasion as Fact } from './analytics-facts.js';
import { resolveCountry } from './country-code.js';
import { pageOf, type Page } from './page.js';
import { summarize } from './presenters.js';
import { requireNode } from './require-node.js';
import type { Occasion, OccasionList } from './types.js';

export interface OccasionFilter extends DateRange {
  /** A person id: only occasions they took part in, with them as `a`. */
  readonly person?: string;
  /** A country as /api/countries/{code} takes it (ISO code, alpha-3, name): either participant represents it. */
  readonly country?: string;
}

/**
 * The first page when none is asked for: twenty rows, a screen of a table (each row quotes its
 * day's sentences, about 1.2 KB). A hundred made a hub country's year 127 KB on the 100× graph, and
 * the bytes written were most of an occasions request's cost; `total` and `offset` reach the rest,
 * and `limit` asks for up to 500 rows at once (the viewer's table and a spreadsheet's CSV ask their own).
 */
export const DEFAULT_OCCASION_PAGE: Page = Object.freeze({ offset: 0, limit: 20 });

/** People whose MET edges are read at once for a page: on Neo4j each is a round trip. */
const READ_AHEAD = 8;

type Participant = Occasion['a'];

/** An occasion placed in the list: its people in order, before its edge is read. */
interface Placed {
  readonly fact: Fact;
  readonly a: Participant;
  readonly b: Participant;
  /** Every country either participant represents. */
  readonly countries: readonly string[];
  /** The edge makes no other row: all its events are this occasion's. */
  readonly onlyRow: boolean;
}

/**
 * Meetings one row per occasion, as the analytics count them (a MET edge on each distinct day of
 * its evidence; one undated row for an edge no sentence dates), filtered by participant, by either
 * participant's country and by day (inclusive; an undated row only when no day is asked), sorted by
 * date (undated last), then the participants' names, then edge id; one page with the total. Over
 * the GraphStore interface only, so both backends answer the same.
 */
export async function occasionPage(store: GraphStore, filter: OccasionFilter = {}, page: Page = DEFAULT_OCCASION_PAGE): Promise<OccasionList> {
  const person = filter.person ? await requireNode(store, filter.person, 'Person') : null;
  const code = filter.country ? codeOf(await resolveCountry(store, filter.country)) : null;
  const facts = await activityFacts(store);
  const list = await placedOccasions(store, facts);
  const window = dayWindow(list.rows, filter);
  const { shown, total } = person ? personPage(list, person.id, code, window, page) : listPage(list, code, window, page);
  const edges = await edgesOfRows(store, shown);
  const events = new Map((await store.getNodes([...new Set([...edges.values()].flatMap((edge) => edge.attributes.eventIds ?? []))])).map((node) => [node.id, node]));
  const occasions = shown.flatMap((row): Occasion[] => {
    const edge = edges.get(row.fact.edgeId);
    return edge ? [describe(row, edge, events)] : [];
  });
  return { occasions, total, page: { offset: page.offset, limit: page.limit } };
}

/** Places and indexes every occasion now (the warm-up), so the first question about occasions does not. */
export async function warmOccasions(store: GraphStore): Promise<void> {
  await placedOccasions(store, await activityFacts(store));
}

/** Positions [start, end) of a list of placed rows. */
interface Window {
  readonly start: number;
  readonly end: number;
}

/** A page of a person's rows in the window, with the person as `a`; their rows are few, so each is checked and they are sorted again. */
function personPage(list: PlacedList, person: string, code: string | null, window: Window, page: Page): { shown: Placed[]; total: number } {
  const rows = (list.byPerson.get(person) ?? [])
    .filter((at) => at >= window.start && at < window.end)
    .map((at) => list.rows[at]!)
    .filter((row) => !code || row.countries.includes(code))
    .map((row) => (row.a.id === person ? row : { ...row, a: row.b, b: row.a }))
    .sort(inOrder);
  return { shown: pageOf(rows, page), total: rows.length };
}

/**
 * A page of the rows in the window, of a country's when `code` is given. The rows are in date
 * order, so the window is one run of any list of positions: the page is cut and counted without
 * a scan (a hub's rows number in the thousands on the 100× graph).
 */
function listPage(list: PlacedList, code: string | null, window: Window, page: Page): { shown: readonly Placed[]; total: number } {
  const positions = code ? (list.byCountry.get(code) ?? []) : null;
  const first = positions ? lowerBound(positions, window.start) : window.start;
  const end = positions ? lowerBound(positions, window.end) : window.end;
  const from = Math.min(first + page.offset, end);
  const to = Math.min(from + page.limit, end);
  return { shown: positions ? positions.slice(from, to).map((at) => list.rows[at]!) : list.rows.slice(from, to), total: end - first };
}

/** Every occasion placed in list order, with the positions of those each person and each country take part in. */
interface PlacedList {
  readonly rows: readonly Placed[];
  /** Positions in `rows` by participant id, ascending. */
  readonly byPerson: ReadonlyMap<string, readonly number[]>;
  /** Positions in `rows` by the ISO code of a country either participant represents, ascending. */
  readonly byCountry: ReadonlyMap<string, readonly number[]>;
}

/** The placed list of each facts read: kept as long as the facts are (once per load, on either backend). */
const placedOf = new WeakMap<ActivityFacts, Promise<PlacedList>>();

/**
 * Every occasion with its participants named and ordered (the name that sorts first is `a`), its
 * countries and whether its edge makes only this row, in list order, with positions by person and
 * by country. Read with the facts and kept with them, so a request cuts a page from a sorted list
 * instead of checking every occasion (on Neo4j too, where naming them is a round trip).
 */
function placedOccasions(store: GraphStore, facts: ActivityFacts): Promise<PlacedList> {
  let placed = placedOf.get(facts);
  if (!placed) {
    placed = placeOccasions(store, facts).then(indexed);
    placedOf.set(facts, placed);
    placed.catch(() => placedOf.delete(facts));
  }
  return placed;
}

function indexed(rows: readonly Placed[]): PlacedList {
  const byPerson = new Map<string, number[]>();
  const byCountry = new Map<string, number[]>();
  rows.forEach((row, at) => {
    for (const id of row.fact.people) appendPosting(byPerson, id, at);
    for (const code of row.countries) appendPosting(byCountry, code, at);
  });
  return { rows, byPerson, byCountry };
}

/**
 * The positions [start, end) of the rows a day range keeps: the rows are in date order with the
 * undated last, so they are one run; all of them when no day is asked, none undated when one is.
 */
function dayWindow(rows: readonly Placed[], range: DateRange): Window {
  if (!range.from && !range.to) return { start: 0, end: rows.length };
  const firstWhere = (past: (date: string | null) => boolean) => {
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (past(rows[middle]!.fact.date)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const start = range.from ? firstWhere((date) => date === null || date >= range.from!) : 0;
  const end = firstWhere((date) => date === null || (range.to !== undefined && date > range.to));
  return { start, end: Math.max(start, end) };
}

async function placeOccasions(store: GraphStore, facts: ActivityFacts): Promise<readonly Placed[]> {
  const people = new Map((await store.getNodes([...new Set(facts.occasions.flatMap((fact) => fact.people))])).map((node) => [node.id, node]));
  const rowsOfEdge = new Map<string, number>();
  for (const fact of facts.occasions) rowsOfEdge.set(fact.edgeId, (rowsOfEdge.get(fact.edgeId) ?? 0) + 1);
  const placed = facts.occasions.flatMap((fact): Placed[] => {
    const [first, second] = fact.people.map((id) => people.get(id));
    if (!first || !second) return [];
    const [x, y] = [participant(facts, first), participant(facts, second)];
    const [a, b] = compareParticipants(x, y) <= 0 ? [x, y] : [y, x];
    return [{ fact, a, b, countries: countriesOf(facts, fact), onlyRow: rowsOfEdge.get(fact.edgeId) === 1 }];
  });
  return placed.sort(inOrder);
}

function inOrder(p: Placed, q: Placed): number {
  return compareDays(p.fact.date, q.fact.date) || compareParticipants(p.a, q.a) || compareParticipants(p.b, q.b) || compareStrings(p.fact.edgeId, q.fact.edgeId);
}

function describe(row: Placed, edge: EdgeRecord, events: ReadonlyMap<string, NodeRecord>): Occasion {
  const evidence = uniqueSortedEvidence(row.fact.date === null ? edge.attributes.evidence : edge.attributes.evidence.filter((e) => e.date !== null && row.fact.docIds.includes(e.docId)));
  const docIds = [...new Set(evidence.map((e) => e.docId))].sort();
  const named = (edge.attributes.eventIds ?? [])
    .map((id) => events.get(id))
    .filter((event): event is NodeRecord => Boolean(event) && (row.onlyRow || (event!.attributes.docIds ?? []).some((doc) => docIds.includes(doc))))
    .sort((x, y) => compareDays(x.attributes.date ?? null, y.attributes.date ?? null) || compareStrings(x.id, y.id));
  const nearest = [...named].sort((x, y) => nearness(x, row.fact.date) - nearness(y, row.fact.date) || compareStrings(x.id, y.id));
  const placedAt = nearest.find((event) => event.attributes.location);
  return {
    date: row.fact.date,
    event: nearest[0]?.attributes.name ?? null,
    place: placedAt?.attributes.location ?? null,
    placeCountry: placedAt?.attributes.country ?? null,
    a: row.a,
    b: row.b,
    events: named.map(summarize),
    evidence,
    docIds,
    edgeId: edge.id,
  };
}

/**
 * How far an event's date lies from the occasion's day, as a rank: on or before the day nearest
 * first (a release reports a meeting after it), then after it, then undated.
 */
function nearness(event: NodeRecord, day: string | null): number {
  const date = event.attributes.date;
  if (!date) return Number.MAX_SAFE_INTEGER;
  if (!day) return 0;
  const gap = Math.round((Date.parse(day) - Date.parse(date)) / 86_400_000);
  return Number.isFinite(gap) ? (gap >= 0 ? gap : 1_000_000 - gap) : Number.MAX_SAFE_INTEGER - 1;
}

function participant(facts: ActivityFacts, node: NodeRecord): Participant {
  return { id: node.id, name: node.attributes.name, country: node.attributes.country ?? facts.personCountries.get(node.id)?.[0] ?? null };
}

function compareParticipants(x: Participant, y: Participant): number {
  return x.name.localeCompare(y.name, 'en') || compareStrings(x.id, y.id);
}

/** Days in order, a missing day last. */
function compareDays(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}

/**
 * The MET edges of a page's rows, read by person: a few people's MET edges cover the page (the
 * person asked for covers all of it), where an edge at a time would be a round trip per row on Neo4j;
 * by id on the embedded store.
 */
async function edgesOfRows(store: GraphStore, rows: readonly Placed[]): Promise<Map<string, EdgeRecord>> {
  const wanted = new Map(rows.map((row) => [row.fact.edgeId, row.fact.people] as const));
  if (store.backend === 'embedded') {
    // In memory an edge by id costs nothing, and a hub's every MET edge would.
    const read = await Promise.all([...wanted.keys()].map((id) => store.getEdge(id)));
    return new Map(read.filter((edge): edge is EdgeRecord => edge !== null).map((edge) => [edge.id, edge]));
  }
  const readers: string[] = [];
  const left = new Map(wanted);
  while (left.size > 0) {
    const touching = new Map<string, number>();
    for (const people of left.values()) for (const id of people) touching.set(id, (touching.get(id) ?? 0) + 1);
    const [most] = [...touching].sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]))[0]!;
    readers.push(most);
    for (const [id, people] of left) if (people.includes(most)) left.delete(id);
  }
  const edges = new Map<string, EdgeRecord>();
  for (let i = 0; i < readers.length; i += READ_AHEAD) {
    const batch = await Promise.all(readers.slice(i, i + READ_AHEAD).map((id) => store.edgesOf(id, { types: ['MET'] })));
    for (const edge of batch.flat()) if (wanted.has(edge.id)) edges.set(edge.id, edge);
  }
  return edges;
}
