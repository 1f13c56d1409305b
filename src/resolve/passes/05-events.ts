import { DEFAULT_RESOLVE_OPTIONS, type LocalEvent } from '../../domain/index.js';
import type { Description } from '../assemble.js';
import { Clusters, type LocalItem } from '../clusters.js';
import { contentWords, jaccard, otherForms, preferredForm } from '../text.js';
import { sameDayCandidates } from './same-day-candidates.js';
import { notFromOneDocument } from './same-document-guard.js';

const GENERIC = new Set('meeting conference forum event held session 1st 2nd 3rd'.split(' '));

/** Names overlap enough to be the same occasion on the same day, by default (ResolveOptions.eventNameOverlap). */
export const EVENT_NAME_OVERLAP = DEFAULT_RESOLVE_OPTIONS.eventNameOverlap;

/**
 * The same occasion reported by two releases is one event: same date, same place when both say,
 * and similar names or a shared participant (`participants` gives resolved person keys per ref).
 */
export function clusterEvents(
  items: readonly LocalItem<LocalEvent>[],
  participants: (ref: string) => ReadonlySet<string>,
  nameOverlap: number = EVENT_NAME_OVERLAP,
): Clusters<LocalEvent> {
  const clusters = new Clusters(items);
  const words = new Map(items.map((item) => [item.ref, contentWords(item.entity.name, GENERIC)]));
  const wordsOf = (item: LocalItem<LocalEvent>) => words.get(item.ref) ?? new Set<string>();
  // A location's words once per event, not once per pair it is compared in.
  const places = new Map(items.map((item) => [item.ref, item.entity.location ? contentWords(item.entity.location) : null]));
  const byDay = new Map<string, LocalItem<LocalEvent>[]>();
  for (const item of items) {
    if (!item.entity.date) continue;
    const day = byDay.get(item.entity.date);
    if (day) day.push(item);
    else byDay.set(item.entity.date, [item]);
  }
  for (const [day, members] of byDay) {
    const candidates = sameDayCandidates(
      members.map(wordsOf),
      members.map((m) => participants(m.ref)),
      nameOverlap,
    );
    for (const [i, j] of candidates) {
      const a = members[i] as LocalItem<LocalEvent>;
      const b = members[j] as LocalItem<LocalEvent>;
      if (a.docId === b.docId || !samePlace(a.entity, b.entity, places.get(a.ref) ?? null, places.get(b.ref) ?? null)) continue;
      const why = sameOccasion(a, b, jaccard(wordsOf(a), wordsOf(b)), participants, nameOverlap);
      if (why) clusters.union(a.ref, b.ref, 'same-event', `both on ${day}; ${why}`, notFromOneDocument);
    }
  }
  return clusters;
}

function sameOccasion(
  a: LocalItem<LocalEvent>,
  b: LocalItem<LocalEvent>,
  overlap: number,
  participants: (ref: string) => ReadonlySet<string>,
  enough: number,
): string | null {
  if (overlap >= enough) return `names overlap ${overlap.toFixed(2)}`;
  const theirs = participants(b.ref);
  const shared = [...participants(a.ref)].filter((p) => theirs.has(p)).sort();
  if (shared.length > 0 && a.entity.kind === b.entity.kind) return `same kind ${a.entity.kind} and shared participants ${shared.join(', ')}`;
  return null;
}

/** Unknown places agree with anything; known ones must share the country and a word of the location (`wa`, `wb`: their words). */
function samePlace(a: LocalEvent, b: LocalEvent, wa: ReadonlySet<string> | null, wb: ReadonlySet<string> | null): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  if (wa && wb) {
    for (const w of wb) if (wa.has(w)) return true;
    return false;
  }
  return true;
}

export function describeEvent(members: readonly LocalItem<LocalEvent>[]): Description {
  const name = preferredForm(members.map((m) => m.entity.name));
  const forms = members.flatMap((m) => [m.entity.name, ...m.entity.aliases]);
  const pick = (values: (string | null)[]) => preferredForm(values.filter((v): v is string => Boolean(v)));
  const date = pick(members.map((m) => m.entity.date));
  const endDate = pick(members.map((m) => m.entity.endDate));
  const location = pick(members.map((m) => m.entity.location));
  const country = pick(members.map((m) => m.entity.country));
  return {
    discriminator: date ? `${date} ${name}` : name,
    perDocument: !date,
    name,
    aliases: otherForms(forms, name),
    kind: preferredForm(members.map((m) => m.entity.kind)),
    ...(date ? { date } : {}),
    ...(endDate ? { endDate } : {}),
    ...(location ? { location } : {}),
    ...(country ? { country } : {}),
  };
}
