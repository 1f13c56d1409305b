import type { EdgeRecord, GraphStore, NodeRecord } from '../domain/index.js';
import { keptUntilLoad } from './derived.js';

/** People whose MET edges are asked for at once. */
const READ_AHEAD = 8;

/**
 * One meeting: a pair of people (a MET edge) on one day. The day is the meeting's own when a release
 * names a dated event of the pair on or before its release date (the nearest such), else the
 * release's date; `date` is null when no sentence is dated. Releases reporting the same meeting make
 * one occasion, and a release about an earlier meeting puts it on that meeting's day.
 */
export interface Occasion {
  readonly edgeId: string;
  readonly people: readonly [string, string];
  readonly date: string | null;
  /** The releases whose sentences make this occasion (all of the edge's for an undated one). */
  readonly docIds: readonly string[];
}

/** An agreement with the day it is placed on (its date, else first seen) and its party countries. */
export interface DatedAgreement {
  readonly node: NodeRecord;
  readonly date: string | null;
  readonly parties: readonly string[];
}

/** What the analytics count, read once from the store. */
export interface ActivityFacts {
  readonly countries: readonly NodeRecord[];
  /** Person id → the ISO codes of the countries they represent (REPRESENTS, or their `country`). */
  readonly personCountries: ReadonlyMap<string, readonly string[]>;
  /** Every meeting occasion, by edge id then date. */
  readonly occasions: readonly Occasion[];
  readonly agreements: readonly DatedAgreement[];
}

/**
 * The facts behind every analytics answer, through the GraphStore interface only (so both
 * backends count alike): MET edges split into one occasion per distinct evidence day, people's
 * countries, and agreements with their parties (the `parties` attribute or a country's PARTY_TO).
 * Read once per load on either backend, as the search indexes are: on Neo4j, reading them costs
 * a round trip per person and country.
 */
export function activityFacts(store: GraphStore): Promise<ActivityFacts> {
  return keptUntilLoad(store, 'activity-facts', () => readFacts(store));
}

async function readFacts(store: GraphStore): Promise<ActivityFacts> {
  const countries = await store.listNodes(['Country']);
  const people = await store.listNodes(['Person']);
  const personCountries = new Map<string, Set<string>>();
  const add = (person: string, code: string) => personCountries.set(person, (personCountries.get(person) ?? new Set()).add(code));
  for (const person of people) if (person.attributes.country) add(person.id, person.attributes.country);
  const partyEdges = new Map<string, Set<string>>();
  for (const country of countries) {
    const code = codeOf(country);
    for (const edge of await store.edgesOf(country.id, { types: ['REPRESENTS'], direction: 'in' })) add(edge.source, code);
    for (const edge of await store.edgesOf(country.id, { types: ['PARTY_TO'], direction: 'out' })) {
      partyEdges.set(edge.target, (partyEdges.get(edge.target) ?? new Set()).add(code));
    }
  }
  const occasions = new Map<string, Occasion[]>();
  const met: EdgeRecord[] = [];
  // A few requests at a time: on Neo4j each is a round trip, and people number in the thousands on a big graph.
  for (let i = 0; i < people.length; i += READ_AHEAD) {
    const batch = await Promise.all(people.slice(i, i + READ_AHEAD).map((person) => store.edgesOf(person.id, { types: ['MET'] })));
    met.push(...batch.flat());
  }
  const events = new Map((await store.listNodes(['Event'])).map((node) => [node.id, node]));
  for (const edge of met) {
    if (occasions.has(edge.id) || edge.source === edge.target) continue;
    const pair: [string, string] = [edge.source, edge.target];
    const ofEdge = (edge.attributes.eventIds ?? []).map((id) => events.get(id)).filter((event): event is NodeRecord => Boolean(event?.attributes.date));
    const releasesByDay = new Map<string, Set<string>>();
    for (const e of edge.attributes.evidence) {
      if (!e.date) continue;
      const day = meetingDay(ofEdge, e.docId, e.date);
      releasesByDay.set(day, (releasesByDay.get(day) ?? new Set()).add(e.docId));
    }
    const days = [...releasesByDay.keys()].sort();
    occasions.set(
      edge.id,
      days.length > 0
        ? days.map((date) => ({ edgeId: edge.id, people: pair, date, docIds: [...releasesByDay.get(date)!].sort() }))
        : [{ edgeId: edge.id, people: pair, date: null, docIds: [...new Set(edge.attributes.evidence.map((e) => e.docId))].sort() }],
    );
  }
  const agreements = (await store.listNodes(['Agreement'])).map((node) => ({
    node,
    date: node.attributes.date ?? node.attributes.firstSeen ?? null,
    parties: [...new Set([...(node.attributes.parties ?? []), ...(partyEdges.get(node.id) ?? [])])].sort(),
  }));
  return {
    countries,
    personCountries: new Map([...personCountries].map(([id, codes]) => [id, [...codes].sort()])),
    occasions: [...occasions.keys()].sort().flatMap((id) => occasions.get(id)!),
    agreements,
  };
}

/**
 * The day a release dated `released` reports the pair met: the date of the nearest of the pair's
 * events that this release names and that lies on or before its date (a release reports a meeting
 * after it, or recalls an earlier one), else the release date.
 */
function meetingDay(events: readonly NodeRecord[], docId: string, released: string): string {
  let day: string | null = null;
  for (const event of events) {
    const date = event.attributes.date!;
    if (date <= released && (event.attributes.docIds ?? []).includes(docId) && (day === null || date > day)) day = date;
  }
  return day ?? released;
}

/** A Country node's ISO code: `country:KR` → `KR`. */
export function codeOf(country: NodeRecord): string {
  return country.id.slice('country:'.length);
}

/** The countries an occasion involves: every country either person represents, each once. */
export function countriesOf(facts: ActivityFacts, occasion: Occasion): string[] {
  return [...new Set(occasion.people.flatMap((person) => facts.personCountries.get(person) ?? []))];
}
