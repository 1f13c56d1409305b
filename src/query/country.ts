import type { EdgeRecord, NodeRecord } from '../domain/graph.js';
import { InvalidRequestError } from '../domain/errors.js';
import type { GraphStore } from '../domain/store.js';
import { agreementsOfCountry, summarizeAgreements } from './agreements.js';
import { meetingsOf } from './meetings.js';
import { sortById, summarize, toElements } from './presenters.js';
import { requireNode } from './require-node.js';
import { countryTimeline } from './country-timeline.js';
import type { CountryMeeting, CountryProfile } from './types.js';

/**
 * Everything involving a country: its officials (REPRESENTS, or a person's country), organisations
 * (BASED_IN, or an organisation's country), the meetings of its officials with people from
 * elsewhere (for Korea's partners: their Korean counterparts), the agreements it is party to by kind
 * and status, the events held there — as lists, a timeline and Cytoscape elements.
 */
export async function countryProfile(store: GraphStore, rawCode: string): Promise<CountryProfile> {
  const code = rawCode.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) {
    throw new InvalidRequestError('BAD_COUNTRY_CODE', `code must be an ISO 3166-1 alpha-2 code such as KR, US or EU; found "${rawCode}".`);
  }
  const country = await requireNode(store, `country:${code}`, 'Country');
  const edges = new Map<string, EdgeRecord>();
  const keep = (list: readonly EdgeRecord[]) => list.forEach((edge) => edges.set(edge.id, edge));

  const incoming = await store.edgesOf(country.id, { types: ['REPRESENTS', 'BASED_IN', 'HELD_IN'], direction: 'in' });
  keep(incoming);
  const from = (type: string) => incoming.filter((edge) => edge.attributes.type === type).map((edge) => edge.source);
  const officials = await byEdgeOrAttribute(store, 'Person', code, from('REPRESENTS'));
  const organizations = await byEdgeOrAttribute(store, 'Organization', code, from('BASED_IN'));

  const meetings: CountryMeeting[] = [];
  for (const official of officials) {
    for (const meeting of await meetingsOf(store, official.id)) {
      if (meeting.person.country === code) continue;
      const { person: counterpart, ...rest } = meeting;
      meetings.push({ official: summarize(official), counterpart, ...rest });
    }
  }
  const people = await store.getNodes(meetings.map((m) => m.counterpart.id));
  for (const meeting of meetings) keep(await Promise.all(meeting.edgeIds.map((id) => store.getEdge(id))).then((list) => list.filter((e) => e !== null)));

  const partyTo = await store.edgesOf(country.id, { types: ['PARTY_TO'], direction: 'out' });
  keep(partyTo);
  const agreementNodes = await store.getNodes([...(await agreementsOfCountry(store, code))]);
  const agreements = await summarizeAgreements(store, agreementNodes);
  const agreementsByKind: Record<string, Record<string, number>> = {};
  for (const a of agreements) {
    const byStatus = (agreementsByKind[a.kind ?? 'other'] ??= {});
    byStatus[a.status ?? 'mentioned'] = (byStatus[a.status ?? 'mentioned'] ?? 0) + 1;
  }
  const eventIds = new Set([...from('HELD_IN'), ...meetings.flatMap((m) => m.events.map((e) => e.id))]);
  const events = await store.getNodes([...eventIds]);

  const meetingOrder = (x: CountryMeeting, y: CountryMeeting) =>
    (x.firstDate ?? '').localeCompare(y.firstDate ?? '') || x.official.id.localeCompare(y.official.id) || x.counterpart.id.localeCompare(y.counterpart.id);
  meetings.sort(meetingOrder);
  return {
    country: summarize(country),
    officials: officials.map(summarize),
    organizations: organizations.map(summarize),
    meetings,
    counterparts: sortById(people).map(summarize),
    agreements,
    agreementsByKind,
    events: sortById(events).map(summarize),
    timeline: countryTimeline(meetings, agreements, events),
    elements: toElements([country, ...officials, ...organizations, ...people, ...agreementNodes, ...events], edges.values()),
  };
}

async function byEdgeOrAttribute(store: GraphStore, label: 'Person' | 'Organization', code: string, linked: readonly string[]): Promise<NodeRecord[]> {
  const byAttribute = (await store.listNodes([label])).filter((node) => node.attributes.country === code);
  const byEdge = await store.getNodes(linked);
  return sortById([...new Map([...byEdge, ...byAttribute].filter((n) => n.attributes.label === label).map((n) => [n.id, n])).values()]);
}
