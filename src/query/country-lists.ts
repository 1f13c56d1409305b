import { groupBy, type EdgeRecord, type NodeRecord, type GraphStore } from '../domain/index.js';
import { agreementsOfCountry, summarizeAgreements } from './agreements.js';
import { countryDrawing, type CountryDrawing } from './country-drawing.js';
import { countryTimeline } from './country-timeline.js';
import { derived } from './derived.js';
import { meetingsOf } from './meetings.js';
import { sortById, summarize } from './presenters.js';
import type { AgreementSummary, CountryAgreement, CountryMeeting, TimelineEntry } from './types.js';
import type { DatedMeeting } from './country-timeline.js';
import { nextTurn, SLICE_MS } from './event-loop-turn.js';


/** Everything involving one country, each list in its answer order; pages are cut from these. */
export interface CountryLists {
  readonly officials: readonly NodeRecord[];
  readonly organizations: readonly NodeRecord[];
  readonly meetings: readonly CountryMeeting[];
  readonly counterparts: readonly NodeRecord[];
  readonly agreements: readonly CountryAgreement[];
  readonly agreementsByKind: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly events: readonly NodeRecord[];
  readonly timeline: readonly TimelineEntry[];
  /** What the drawing of any page of these lists is cut from (countryGraph). */
  readonly drawing: CountryDrawing;
}

/**
 * A country's officials (REPRESENTS, or a person's country), organisations (BASED_IN, or an
 * organisation's country), the meetings of its officials with people from elsewhere (for Korea's
 * partners: their Korean counterparts), the agreements it is party to, the events held there.
 */
export async function countryLists(store: GraphStore, country: NodeRecord): Promise<CountryLists> {
  const code = country.id.slice('country:'.length);
  const edges = new Map<string, EdgeRecord>();
  const keep = (list: readonly EdgeRecord[]) => list.forEach((edge) => edges.set(edge.id, edge));

  const incoming = await store.edgesOf(country.id, { types: ['REPRESENTS', 'BASED_IN', 'HELD_IN'], direction: 'in' });
  keep(incoming);
  const from = (type: string) => incoming.filter((edge) => edge.attributes.type === type).map((edge) => edge.source);
  const officials = await byEdgeOrAttribute(store, 'Person', code, from('REPRESENTS'));
  const organizations = await byEdgeOrAttribute(store, 'Organization', code, from('BASED_IN'));

  const meetings: DatedMeeting[] = [];
  let slice = performance.now();
  for (const official of officials) {
    // A hub's officials take seconds on the 1000× graph (Korea: 18 s under load): let requests in between.
    if (performance.now() - slice > SLICE_MS) {
      await nextTurn();
      slice = performance.now();
    }
    for (const meeting of await meetingsOf(store, official.id)) {
      if (meeting.person.country === code) continue;
      // The sentences are the MET edge's to give (the answer counts them): not kept for every meeting of every country.
      const { person: counterpart, evidence, ...rest } = meeting;
      meetings.push({ official: summarize(official), counterpart, ...rest, evidenceTotal: evidence.length });
    }
  }
  const counterparts = sortById(await store.getNodes(meetings.map((m) => m.counterpart.id)));
  for (const meeting of meetings) keep(await Promise.all(meeting.edgeIds.map((id) => store.getEdge(id))).then((list) => list.filter((e) => e !== null)));

  keep(await store.edgesOf(country.id, { types: ['PARTY_TO'], direction: 'out' }));
  const agreementNodes = await store.getNodes([...(await agreementsOfCountry(store, code))]);
  const agreements = await summarizeAgreements(store, agreementNodes);
  const agreementsByKind: Record<string, Record<string, number>> = {};
  for (const a of agreements) {
    const byStatus = (agreementsByKind[a.kind ?? 'other'] ??= {});
    byStatus[a.status ?? 'mentioned'] = (byStatus[a.status ?? 'mentioned'] ?? 0) + 1;
  }
  const eventIds = new Set([...from('HELD_IN'), ...meetings.flatMap((m) => m.events.map((e) => e.id))]);
  const events = sortById(await store.getNodes([...eventIds]));

  const meetingOrder = (x: DatedMeeting, y: DatedMeeting) =>
    (x.firstDate ?? '').localeCompare(y.firstDate ?? '') || x.official.id.localeCompare(y.official.id) || x.counterpart.id.localeCompare(y.counterpart.id);
  meetings.sort(meetingOrder);
  return {
    officials,
    organizations,
    meetings: meetings.map(countryMeeting),
    counterparts,
    agreements: agreements.map(countryAgreement),
    agreementsByKind,
    events,
    timeline: countryTimeline(meetings, agreements, events),
    drawing: countryDrawing(country, [officials, organizations, counterparts, agreementsInOrder(agreements, agreementNodes), events], edges.values()),
  };
}

/** A meeting as a country lists it: its events by id (the timeline, made before, names their places). */
function countryMeeting({ events, ...meeting }: DatedMeeting): CountryMeeting {
  return { ...meeting, eventIds: events.map((event) => event.id) };
}

/** An agreement as a country lists it: its signatories counted (the timeline names them). */
function countryAgreement({ signatories, ...agreement }: AgreementSummary): CountryAgreement {
  return { ...agreement, signatoryTotal: signatories.length };
}

async function byEdgeOrAttribute(store: GraphStore, label: 'Person' | 'Organization', code: string, linked: readonly string[]): Promise<NodeRecord[]> {
  const byAttribute = (await byCountryAttribute(store, label)).get(code) ?? [];
  const byEdge = await store.getNodes(linked);
  return sortById([...new Map([...byEdge, ...byAttribute].filter((n) => n.attributes.label === label).map((n) => [n.id, n])).values()]);
}

/**
 * The nodes of a label by their `country` attribute, in id order: grouped once per load on the
 * embedded store, where listing and filtering every person for each country cost 1.1 s of the
 * warm-up at 1000× (24k people, 49 countries). On Neo4j, read afresh as before.
 */
function byCountryAttribute(store: GraphStore, label: 'Person' | 'Organization'): Promise<ReadonlyMap<string, readonly NodeRecord[]>> {
  return derived(store, `nodes-by-country-attribute:${label}`, async () => {
    const placed = (await store.listNodes([label])).filter((node) => node.attributes.country);
    return groupBy(placed, (node) => node.attributes.country!);
  });
}

/** The agreement nodes in the order of the agreement list (summarizeAgreements') that the page is cut from. */
function agreementsInOrder(listed: readonly AgreementSummary[], nodes: readonly NodeRecord[]): NodeRecord[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return listed.map((agreement) => byId.get(agreement.id)!);
}
