import { compareStrings, documentNodeKey, type EdgeRecord, type Evidence, type GraphStore, type NodeRecord } from '../domain/index.js';
import { eventStage, statedStage } from './agreement-lifecycle-stage.js';
import { upgradeLinks } from './agreement-lifecycle-upgrades.js';
import { summarizeAgreements } from './agreements.js';
import { derived } from './derived.js';
import { withKeptJsonText } from './answer-json.js';
import { agreementLifecycleJson } from './agreement-lifecycle-json.js';
import { documentRefOf } from './document-ref-of.js';
import { summaryOf } from './summary-of.js';
import { requireNode } from './require-node.js';
import { LIFECYCLE_STAGES } from './shapes/agreement-lifecycle.js';
import { timeSlices } from './time-slices.js';
import type { AgreementLifecycle, DateBasis, LifecycleStage, LifecycleStageName } from './types.js';

/** One release (or event) stating one stage. */
interface Fact {
  readonly stage: LifecycleStageName;
  /** Facts with the same group are one stage: rounds and other events each their own. */
  readonly group: string;
  readonly date: string | null;
  readonly dateBasis: DateBasis | null;
  readonly evidence: Evidence;
  readonly event: NodeRecord | null;
}

/**
 * The lifecycle of an agreement: every release's statement of it (the status and own day its
 * MENTIONS edge keeps) and every event about it (ABOUT), as dated stages. A stage stated by several
 * releases is one stage with its first and last evidence; `current` is the furthest stage reached.
 * NotFoundError `AGREEMENT_NOT_FOUND` for an id that is no agreement.
 */
export async function agreementLifecycle(store: GraphStore, id: string): Promise<AgreementLifecycle> {
  const node = await requireNode(store, id, 'Agreement');
  const [{ groups, unstated }, links] = await Promise.all([stageGroupsOf(store, id), upgradeLinks(store)]);
  // Only the releases a stage cites first or last: a hub agreement is mentioned by hundreds.
  const cited = groups.flatMap(({ first, last }) => [first, last].map((f) => documentNodeKey(f.evidence.docId)));
  const documents = new Map((await store.getNodes([...new Set(cited)].sort(compareStrings))).map((doc) => [doc.id, doc]));
  const stages = groups.map((group) => stageOf(group, documents));
  const related = await store.getNodes([...(links.upgradeOf.has(id) ? [links.upgradeOf.get(id) as string] : []), ...(links.upgrades.get(id) ?? [])]);
  const byId = new Map(related.map((n) => [n.id, n]));
  const upgradeOf = byId.get(links.upgradeOf.get(id) ?? '');
  const [agreement] = await summarizeAgreements(store, [node]);
  const lifecycle: AgreementLifecycle = {
    agreement: agreement as AgreementLifecycle['agreement'],
    current: currentOf(stages),
    stages,
    mentions: unstated,
    upgradeOf: upgradeOf ? summaryOf(upgradeOf) : null,
    upgrades: (links.upgrades.get(id) ?? []).flatMap((u) => {
      const found = byId.get(u);
      return found ? [summaryOf(found)] : [];
    }),
  };
  return withKeptJsonText(store.backend, lifecycle, agreementLifecycleJson);
}

/** An agreement's stages before they are presented, and how many of its releases state none. */
interface StageGroups {
  readonly groups: readonly StageGroup[];
  /** Releases that mention the agreement without stating a stage. */
  readonly unstated: number;
}

/**
 * The agreement's stage groups: every MENTIONS edge's statement and every ABOUT event, collapsed.
 * A function of the agreement's edges alone, so the embedded store keeps it per agreement (built
 * for every agreement at start by warmAgreementLifecycles): a hub agreement of the 1000× graph is
 * mentioned by thousands of releases, each sentence matched against the stage words per request.
 */
function stageGroupsOf(store: GraphStore, id: string): Promise<StageGroups> {
  return derived(store, `agreement-lifecycle:${id}`, async () => {
    const [mentions, about] = await Promise.all([store.edgesOf(id, { types: ['MENTIONS'], direction: 'in' }), store.edgesOf(id, { types: ['ABOUT'], direction: 'in' })]);
    const events = new Map((await store.getNodes(about.map((edge) => edge.source))).map((event) => [event.id, event]));
    const facts = [...mentions.flatMap(releaseFact), ...about.flatMap((edge) => eventFact(edge, events.get(edge.source) ?? null))];
    return { groups: collapse(facts), unstated: mentions.length - facts.filter((f) => f.event === null).length };
  });
}

/** Builds every agreement's stage groups on the embedded store, a slice at a time; nothing to do on Neo4j. */
export async function warmAgreementLifecycles(store: GraphStore, pause: () => Promise<void> | undefined = timeSlices()): Promise<void> {
  if (store.backend !== 'embedded') return;
  for (const agreement of await store.listNodes(['Agreement'])) {
    await pause();
    await stageGroupsOf(store, agreement.id);
  }
}

/** What one release's MENTIONS edge states: its status, dated by the agreement's own day when the text gives one. */
function releaseFact(edge: EdgeRecord): Fact[] {
  const stated = statedStage(edge.attributes.status, edge.attributes.evidence);
  if (!stated) return [];
  const own = edge.attributes.date;
  const date = own ?? stated.evidence.date;
  return [{ stage: stated.stage, group: stated.stage, date, dateBasis: own ? 'stated' : date ? 'release' : null, evidence: stated.evidence, event: null }];
}

/** An event about the agreement, dated by the event (else by its first release). */
function eventFact(edge: EdgeRecord, event: NodeRecord | null): Fact[] {
  const evidence = edge.attributes.evidence[0];
  if (!evidence) return [];
  const stage = eventStage(event?.attributes.kind);
  const date = event?.attributes.date ?? evidence.date;
  return [{ stage, group: stage === 'signed' ? stage : `${stage}:${edge.source}`, date, dateBasis: event?.attributes.date ? 'event' : date ? 'release' : null, evidence, event }];
}

const rank = (stage: LifecycleStageName) => LIFECYCLE_STAGES.indexOf(stage);

/** Undated last, then ascending. */
function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareStrings(a, b);
}

/** Latest first, undated last. */
function latestFirst(a: string | null, b: string | null): number {
  if (a === null || b === null) return byDate(a, b);
  return compareStrings(b, a);
}

function byFact(a: Fact, b: Fact): number {
  return byDate(a.date, b.date) || compareStrings(a.evidence.docId, b.evidence.docId) || a.evidence.start - b.evidence.start;
}

/** The facts of one stage: its earliest and latest, how many, and the event it comes from. */
interface StageGroup {
  readonly key: string;
  readonly first: Fact;
  readonly last: Fact;
  readonly count: number;
  readonly event: NodeRecord | null;
}

/** One group per stage, its first and last evidence by date; groups by date, then lifecycle order. */
function collapse(facts: readonly Fact[]): StageGroup[] {
  const byGroup = new Map<string, Fact[]>();
  for (const fact of facts) {
    const group = byGroup.get(fact.group);
    if (group) group.push(fact);
    else byGroup.set(fact.group, [fact]);
  }
  const groups = [...byGroup.entries()].map(([key, members]) => {
    const sorted = [...members].sort(byFact);
    return { key, first: sorted[0] as Fact, last: sorted[sorted.length - 1] as Fact, count: sorted.length, event: sorted.find((f) => f.event !== null)?.event ?? null };
  });
  return groups.sort((a, b) => byDate(a.first.date, b.first.date) || rank(a.first.stage) - rank(b.first.stage) || compareStrings(a.key, b.key));
}

/** A group as the answer gives it, each evidence with its release. */
function stageOf(group: StageGroup, documents: ReadonlyMap<string, NodeRecord>): LifecycleStage {
  const evidenceOf = (fact: Fact) => {
    const doc = documents.get(documentNodeKey(fact.evidence.docId));
    return {
      date: fact.date,
      dateBasis: fact.dateBasis,
      document: doc ? documentRefOf(doc) : { id: fact.evidence.docId, title: fact.evidence.docId, date: fact.evidence.date, url: null },
      evidence: fact.evidence,
    };
  };
  const { first, last, event, count } = group;
  // A stage stated once has no other latest evidence: quoting it twice was 40% of a hub agreement's 60 KB at 1000×.
  return { stage: first.stage, date: first.date, dateBasis: first.dateBasis, event: event ? summaryOf(event) : null, count, first: evidenceOf(first), last: count > 1 ? evidenceOf(last) : null };
}

/** The furthest stage reached (an occasion about the agreement says nothing of where it stands), the latest of equals. */
function currentOf(stages: readonly LifecycleStage[]): AgreementLifecycle['current'] {
  const reached = stages.filter((s) => s.stage !== 'event').sort((a, b) => rank(b.stage) - rank(a.stage) || latestFirst(a.date, b.date));
  const top = reached[0];
  return top ? { stage: top.stage, date: top.date, dateBasis: top.dateBasis } : null;
}
