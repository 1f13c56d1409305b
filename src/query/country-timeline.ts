import { groupBy, type NodeRecord } from '../domain/index.js';
import type { AgreementSummary, CountryMeeting, NodeSummary, TimelineEntry } from './types.js';

/** A country's meeting with its events named, as the timeline reads it (the answer gives their ids). */
export type DatedMeeting = Omit<CountryMeeting, 'eventIds'> & { readonly events: readonly NodeSummary[] };

/** Meetings, agreements and events on one line, by date (undated last), then kind, then summary. */
export function countryTimeline(meetings: readonly DatedMeeting[], agreements: readonly AgreementSummary[], events: readonly NodeRecord[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...meetings.flatMap((m) => occasions(m).map(({ date, events: on }) => ({
      date,
      kind: 'meeting' as const,
      summary: `${m.official.name} met ${m.counterpart.name}${placeOf(on) ? ` in ${placeOf(on)}` : ''}`,
      entityIds: [m.official.id, m.counterpart.id, ...on.map((e) => e.id)],
      ...(m.edgeIds[0] ? { edgeId: m.edgeIds[0] } : {}),
    }))),
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

/**
 * A pair that met on several days (`November 1 in Gyeongju`, `December 11 in Beijing`) has one
 * entry per day, each with that day's place; a pair whose occasions give no day has one, first dated.
 */
function occasions(m: DatedMeeting): { date: string | null; events: NodeSummary[] }[] {
  const byDay = groupBy(
    m.events.filter((e): e is NodeSummary & { date: string } => Boolean(e.date)),
    (e) => e.date,
  );
  if (byDay.size === 0) return [{ date: m.firstDate, events: [...m.events] }];
  return [...byDay].map(([date, events]) => ({ date, events }));
}

/** The place of the day's first occasion that names one. */
function placeOf(events: readonly NodeSummary[]): string | undefined {
  return events.find((e) => e.location)?.location;
}
