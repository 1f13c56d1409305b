import { type EdgeRecord, type NodeRecord, type Evidence, type GraphStore, compareEvidence, groupBy, appendTo } from '../domain/index.js';
import { nodesToShow } from './nodes-to-show.js';
import { pageOf, type Page } from './page.js';
import { summarize } from './presenters.js';
import { requireNode } from './require-node.js';
import type { Meeting, PairMeetings, PersonMeetings } from './types.js';

/** The first page when none is asked for: an envoy of a big corpus meets hundreds of people. */
export const DEFAULT_MEETINGS_PAGE: Page = Object.freeze({ offset: 0, limit: 50 });

/**
 * Everyone a person met: one entry per other person, from their MET edges, with the events named
 * on those edges and the events both attended (when, where, at which occasion) and every sentence.
 * One page of them (`offset`, `limit`); `total` says how many there are. Only the page is
 * described: a minister of the 1000× graph met thousands, whose sentences, dates and events were
 * all gathered and sorted for the fifty an answer shows.
 */
export async function personMeetings(store: GraphStore, personId: string, page: Page = DEFAULT_MEETINGS_PAGE): Promise<PersonMeetings> {
  const person = await requireNode(store, personId, 'Person');
  const order = await counterpartsInOrder(store, personId);
  // A MET edge's ends are stored nodes (both stores refuse an edge without them), so every counterpart counts.
  return { person: summarize(person), meetings: await describeAll(store, pageOf(order, page)), total: order.length, page: { offset: page.offset, limit: page.limit } };
}

/** Every meeting between two people, as seen from `a`; empty when they never met. */
export async function pairMeetings(store: GraphStore, a: string, b: string): Promise<PairMeetings> {
  const [nodeA, nodeB] = await Promise.all([requireNode(store, a, 'Person'), requireNode(store, b, 'Person')]);
  return { a: summarize(nodeA), b: summarize(nodeB), meetings: await meetingsOf(store, a, b) };
}

/** The meetings of a person (with only `other`, when given), ordered by first date then id. */
export async function meetingsOf(store: GraphStore, personId: string, other?: string): Promise<Meeting[]> {
  return describeAll(store, await counterpartsInOrder(store, personId, other));
}

/** A counterpart before it is described: its MET edges, the events of the meeting and its first day. */
interface Counterpart {
  readonly id: string;
  readonly edges: readonly EdgeRecord[];
  /** The events named on the edges and those both attended that are stored nodes, each once, by date then id. */
  readonly events: readonly NodeRecord[];
  /** The meeting's first and last day: its edges' days and its known events' days. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

/**
 * A person's counterparts (with only `other`, when given) in the meetings' order — first day,
 * then id — with what describing them needs: the events read in one request for all.
 */
async function counterpartsInOrder(store: GraphStore, personId: string, other?: string): Promise<Counterpart[]> {
  const met = (await store.edgesOf(personId, { types: ['MET'] })).filter((edge) => !other || edge.source === other || edge.target === other);
  const counterpartOf = (edge: EdgeRecord) => (edge.source === personId ? edge.target : edge.source);
  const byPerson = groupBy(
    met.filter((edge) => counterpartOf(edge) !== personId),
    counterpartOf,
  );
  if (byPerson.size === 0) return [];
  const sharedWith = await sharedEvents(store, await attendedEvents(store, personId), byPerson.size);
  const planned: { id: string; edges: EdgeRecord[]; eventIds: string[] }[] = [];
  // Asked together: a store that batches reads (Neo4j) answers a minister's hundred counterparts in a few statements.
  const sharedByPerson = await Promise.all([...byPerson.keys()].map(sharedWith));
  [...byPerson].forEach(([id, edges], i) => {
    planned.push({ id, edges, eventIds: [...new Set([...edges.flatMap((edge) => edge.attributes.eventIds ?? []), ...sharedByPerson[i]!])] });
  });
  const eventById = new Map((await nodesToShow(store, [...new Set(planned.flatMap((p) => p.eventIds))])).map((event) => [event.id, event]));
  const counterparts = planned.map(({ id, edges, eventIds }): Counterpart => {
    const events = eventIds.flatMap((event) => eventById.get(event) ?? []).sort(byDateThenId);
    let first: string | null = null;
    let last: string | null = null;
    const see = (day: string | null | undefined) => {
      if (!day) return;
      if (first === null || day < first) first = day;
      if (last === null || day > last) last = day;
    };
    for (const edge of edges) {
      see(edge.attributes.firstDate);
      see(edge.attributes.lastDate);
    }
    for (const event of events) see(event.attributes.date);
    return { id, edges, events, firstDate: first, lastDate: last };
  });
  return counterparts.sort((x, y) => (x.firstDate ?? '').localeCompare(y.firstDate ?? '') || (x.id < y.id ? -1 : 1));
}

/** The meetings of these counterparts, in their order; a counterpart that is no stored node is left out. */
async function describeAll(store: GraphStore, counterparts: readonly Counterpart[]): Promise<Meeting[]> {
  const people = new Map((await nodesToShow(store, counterparts.map((c) => c.id))).map((node) => [node.id, node]));
  const meetings: Meeting[] = [];
  for (const known of counterparts) {
    const counterpart = people.get(known.id);
    if (counterpart) meetings.push(describe(counterpart, known));
  }
  return meetings;
}

function describe(counterpart: NodeRecord, { edges, events, firstDate, lastDate }: Counterpart): Meeting {
  const evidence: Evidence[] = edges.flatMap((edge) => edge.attributes.evidence).sort(compareEvidence);
  return {
    person: summarize(counterpart),
    edgeIds: edges.map((edge) => edge.id).sort(),
    firstDate,
    lastDate,
    events: events.map(summarize),
    evidence,
  };
}

/** Events attended by this few are read from the events' side on the embedded store. */
const FEW_EVENTS = 64;

/**
 * The events of `attended` (a person's, possibly repeated) that a counterpart attended too. A
 * person who attended no event shares none: nothing is read then (on the 1000× graph the
 * counterparts' lookups were 5.5 of the countries warm-up's 13.4 s). On the embedded store a person
 * of few events has their attendees read once, event by event: a counterpart's own list is a
 * minister's thousands of events, read again for everyone who met them. Elsewhere (a round trip
 * per read) each counterpart's list is read and held against the person's events, kept as a set
 * for many counterparts; for one (a pair's meetings, half the questions) the smaller list is the
 * set and the larger only looked up: a minister's thousands of events made a set each time before.
 */
async function sharedEvents(store: GraphStore, attended: readonly string[], counterparts: number): Promise<(counterpart: string) => Promise<readonly string[]>> {
  if (attended.length === 0) return async () => [];
  if (store.backend !== 'embedded' || attended.length > FEW_EVENTS) {
    if (counterparts === 1) {
      return async (counterpart) => {
        const theirs = await attendedEvents(store, counterpart);
        const [small, large] = theirs.length < attended.length ? [theirs, attended] : [attended, theirs];
        const inSmall = new Set(small);
        return large.filter((event) => inSmall.has(event));
      };
    }
    const mine = new Set(attended);
    return async (counterpart) => (await attendedEvents(store, counterpart)).filter((event) => mine.has(event));
  }
  const byAttendee = new Map<string, string[]>();
  for (const event of new Set(attended)) {
    for (const edge of await store.edgesOf(event, { types: ['ATTENDED'], direction: 'in' })) appendTo(byAttendee, edge.source, event);
  }
  return async (counterpart) => byAttendee.get(counterpart) ?? [];
}

/** The events a person attended, one per ATTENDED edge (an event twice when two edges name it). */
async function attendedEvents(store: GraphStore, personId: string): Promise<string[]> {
  const attended = { types: ['ATTENDED'], direction: 'out' } as const;
  if (store.linkedIds) return store.linkedIds(personId, attended);
  return (await store.edgesOf(personId, attended)).map((edge) => edge.target);
}

function byDateThenId(a: NodeRecord, b: NodeRecord): number {
  return (a.attributes.date ?? '').localeCompare(b.attributes.date ?? '') || (a.id < b.id ? -1 : 1);
}
