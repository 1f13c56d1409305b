import type { EdgeRecord, GraphStore, NodeRecord } from '../domain/index.js';
import { keptUntilLoad } from './derived.js';

/** People whose MET edges are asked for at once. */
const READ_AHEAD = 8;

/** One meeting: a pair of people (a MET edge) on one day its evidence gives; `date` null when no sentence is dated. */
export interface Occasion {
  readonly edgeId: string;
  readonly people: readonly [string, string];
  readonly date: string | null;
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
  for (const edge of met) {
    if (occasions.has(edge.id) || edge.source === edge.target) continue;
    const days = [...new Set(edge.attributes.evidence.map((e) => e.date).filter((day): day is string => Boolean(day)))].sort();
    const pair: [string, string] = [edge.source, edge.target];
    occasions.set(edge.id, days.length > 0 ? days.map((date) => ({ edgeId: edge.id, people: pair, date })) : [{ edgeId: edge.id, people: pair, date: null }]);
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

/** A Country node's ISO code: `country:KR` → `KR`. */
export function codeOf(country: NodeRecord): string {
  return country.id.slice('country:'.length);
}

/** The countries an occasion involves: every country either person represents, each once. */
export function countriesOf(facts: ActivityFacts, occasion: Occasion): string[] {
  return [...new Set(occasion.people.flatMap((person) => facts.personCountries.get(person) ?? []))];
}
