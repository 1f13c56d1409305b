import type { EventFinding } from '../passes/events.js';
import type { ParticipationFinding } from '../passes/participants.js';
import { uniqueKey } from './event-key.js';

/** What splitting gives back: the occasions, one per counterpart met alone, and who took part in each. */
export interface SeparatedMeetings {
  readonly events: EventFinding[];
  readonly participation: ParticipationFinding[];
}

const inList = (event: EventFinding, p: ParticipationFinding): boolean =>
  event.separately !== null && p.sentenceIndex === event.separately.sentenceIndex && p.start >= event.separately.start && p.end <= event.separately.end;

/**
 * `X met separately with A and B`, `held bilateral meetings with A, B and C`: one occasion per
 * counterpart, each with everyone else the occasion has (the subject, those accompanying), so A
 * and B are never paired. The first counterpart keeps the occasion's key; the others get new keys
 * and a name that says who the meeting was with. `body` is the text the offsets point into.
 */
export function separateMeetings(
  events: readonly EventFinding[],
  participation: readonly ParticipationFinding[],
  body: string,
): SeparatedMeetings {
  const keys = new Set(events.map((e) => e.key));
  const outEvents: EventFinding[] = [];
  // Grouped once: filtering every link for every occasion made a long release quadratic.
  const byEvent = new Map<string, ParticipationFinding[]>();
  for (const p of participation) {
    const list = byEvent.get(p.eventKey);
    if (list) list.push(p);
    else byEvent.set(p.eventKey, [p]);
  }
  const split = new Set(events.filter((e) => e.separately).map((e) => e.key));
  const outLinks = participation.filter((p) => !split.has(p.eventKey));
  for (const event of events) {
    const links = byEvent.get(event.key) ?? [];
    const counterparts = links.filter((p) => inList(event, p));
    if (counterparts.length < (event.separately?.minimum ?? 2)) {
      outEvents.push(event);
      if (event.separately) outLinks.push(...links);
      continue;
    }
    const others = links.filter((p) => !inList(event, p));
    const kind = event.kind === 'other' || event.kind === 'multilateral' ? 'bilateral' : event.kind;
    counterparts.forEach((counterpart, n) => {
      const key = n === 0 ? event.key : uniqueKey(`${event.key}-${n + 1}`, keys);
      keys.add(key);
      const name = `${event.name} with ${body.slice(counterpart.start, counterpart.end)}`;
      outEvents.push({ ...event, key, name, kind });
      for (const p of [...others, counterpart]) outLinks.push({ ...p, eventKey: key });
    });
  }
  return { events: outEvents, participation: outLinks };
}
