import type { NodeRecord } from '../domain/index.js';
import type { AgreementSummary, CountryMeeting, TimelineEntry } from './types.js';

/** Meetings, agreements and events on one line, by date (undated last), then kind, then summary. */
export function countryTimeline(meetings: readonly CountryMeeting[], agreements: readonly AgreementSummary[], events: readonly NodeRecord[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...meetings.map((m) => ({
      date: m.firstDate,
      kind: 'meeting' as const,
      summary: `${m.official.name} met ${m.counterpart.name}${m.events[0]?.location ? ` in ${m.events[0].location}` : ''}`,
      entityIds: [m.official.id, m.counterpart.id, ...m.events.map((e) => e.id)],
      ...(m.edgeIds[0] ? { edgeId: m.edgeIds[0] } : {}),
    })),
    ...agreements.map((a) => ({
      date: a.date ?? a.firstSeen,
      kind: 'agreement' as const,
      summary: `${a.name}${a.status ? ` (${a.status.replace('_', ' ')})` : ''}`,
      entityIds: [a.id, ...a.signatories.map((s) => s.id)],
    })),
    ...events.map((e) => ({
      date: e.attributes.date ?? e.attributes.firstSeen ?? null,
      kind: 'event' as const,
      summary: `${e.attributes.name}${e.attributes.location ? `, ${e.attributes.location}` : ''}`,
      entityIds: [e.id],
    })),
  ];
  return entries.sort(
    (x, y) => (x.date ?? '\uffff').localeCompare(y.date ?? '\uffff') || x.kind.localeCompare(y.kind) || x.summary.localeCompare(y.summary),
  );
}
