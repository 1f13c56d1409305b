import { type Evidence, type LocalEntity, type EntityLabel, nodeKey, slug, type ResolvedEntity, type ResolvedMention } from '../domain/index.js';
import type { Clusters, LocalItem } from './clusters.js';
import type { LocalKeys } from './local-keys.js';
import { sentenceAround } from './sentence.js';
import { byDate, byString } from './text.js';

/** What a label's pass says about one cluster: its key discriminator and display attributes. */
export type Description = Omit<
  ResolvedEntity,
  'key' | 'label' | 'locals' | 'mentions' | 'merges' | 'keptApart' | 'docIds' | 'firstSeen' | 'lastSeen'
> & {
  /** Proposed key discriminator (slugged later); `unique` adds the first document when set. */
  readonly discriminator: string;
  readonly perDocument?: boolean;
};

/** A document as resolution sees it: its body (for sentences) and the sentences relations cite. */
export interface DocContext {
  readonly body: string;
  readonly date: string | null;
  readonly evidence: readonly Evidence[];
}

/**
 * Turns clusters into resolved entities with unique global keys and records every local ref's key
 * in `keys`. Two clusters proposing the same key are told apart by their first document.
 */
export function assemble<E extends LocalEntity>(
  label: EntityLabel,
  clusters: Clusters<E>,
  describe: (members: readonly LocalItem<E>[]) => Description,
  docs: ReadonlyMap<string, DocContext>,
  keys: LocalKeys,
): ResolvedEntity[] {
  const groups = clusters.groups();
  const decisions = clusters.decisions();
  const described = groups.map((members) => ({ members, description: describe(members) }));
  const proposed = described.map(({ members, description }) => {
    const base = label === 'Country' ? description.discriminator : slug(description.discriminator);
    return description.perDocument ? `${base}@${shortDoc(members[0]?.docId ?? '')}` : base;
  });
  const taken = new Map<string, number>();
  for (const key of proposed) taken.set(key, (taken.get(key) ?? 0) + 1);
  return described
    .map(({ members, description }, index) => {
      const base = proposed[index] as string;
      const discriminator = (taken.get(base) ?? 0) > 1 ? `${base}@${shortDoc(members[0]?.docId ?? '')}` : base;
      const key = nodeKey(label, discriminator);
      const root = clusters.find(members[0]?.ref ?? '');
      for (const member of members) keys.set(member.docId, member.entity.localId, key);
      const { discriminator: _d, perDocument: _p, ...attributes } = description;
      const mentions = orderedMentions(members, docs);
      const docIds = [...new Set(members.map((m) => m.docId))].sort(byString);
      const seen = datesSeen(members);
      const decided = decisions.get(root);
      return {
        key,
        label,
        ...attributes,
        locals: members.map((m) => m.ref),
        mentions,
        merges: decided?.merges ?? [],
        keptApart: decided?.keptApart ?? [],
        docIds,
        ...seen,
      } satisfies ResolvedEntity;
    })
    .sort((a, b) => byString(a.key, b.key));
}

/**
 * The earliest and latest of the members' dates (ISO days compare as strings), nothing when none
 * is dated. Found in one pass: sorting every member's date for the two ends cost n log n string
 * comparisons on an entity named in nearly every release.
 */
function datesSeen(members: readonly LocalItem[]): { firstSeen?: string; lastSeen?: string } {
  let firstSeen: string | undefined;
  let lastSeen: string | undefined;
  for (const { date } of members) {
    if (date === null) continue;
    if (firstSeen === undefined || byString(date, firstSeen) < 0) firstSeen = date;
    if (lastSeen === undefined || byString(date, lastSeen) > 0) lastSeen = date;
  }
  return firstSeen === undefined ? {} : { firstSeen, lastSeen };
}

/**
 * Every member's mentions in evidence order (byMention), made document by document: the members'
 * documents are put in (date, docId) order and only each document's own mentions are sorted by
 * place. One sort of all of an entity's mentions grew faster than the corpus (n log n, comparing
 * dates and ids): Korea is mentioned, several times over, in nearly every release. A document's
 * members share its date, so the order is byMention's, ties kept in member order as a stable sort
 * of the whole list keeps them.
 */
function orderedMentions(members: readonly LocalItem[], docs: ReadonlyMap<string, DocContext>): ResolvedMention[] {
  const byDoc = new Map<string, ResolvedMention[]>();
  for (const member of members) {
    const found = byDoc.get(member.docId);
    const mentions = mentionsOf(member, docs);
    if (found) for (const mention of mentions) found.push(mention);
    else byDoc.set(member.docId, mentions);
  }
  // Most entities are named in one document: its list is the answer, no copy made.
  if (byDoc.size === 1) return inPlaceOrder(byDoc.values().next().value as ResolvedMention[]);
  const groups = [...byDoc.values()].sort((a, b) => byDate(a[0]?.date, b[0]?.date) || byString(a[0]?.docId ?? '', b[0]?.docId ?? ''));
  const ordered: ResolvedMention[] = [];
  for (const group of groups) for (const mention of inPlaceOrder(group)) ordered.push(mention);
  return ordered;
}

/**
 * One document's mentions sorted by place, stably. A document's mentions of an entity nearly always
 * come in place order already (one member's, in the order the extractor found them), and each sort
 * allocates its own state and a copy to sort in, however short the list: at 100x those sorts were
 * 4% of everything resolve allocated. Left as they are when in order, which a stable sort would do.
 */
function inPlaceOrder(mentions: ResolvedMention[]): ResolvedMention[] {
  for (let i = 1; i < mentions.length; i += 1) if (byPlace(mentions[i - 1]!, mentions[i]!) > 0) return mentions.sort(byPlace);
  return mentions;
}

/** Within one document: byMention's offsets. */
function byPlace(a: ResolvedMention, b: ResolvedMention): number {
  return a.start - b.start || a.end - b.end;
}

function mentionsOf(member: LocalItem, docs: ReadonlyMap<string, DocContext>): ResolvedMention[] {
  const doc = docs.get(member.docId);
  return member.entity.mentions.map((mention) => {
    const span = doc ? sentenceAround(doc.body, mention.start, mention.end, doc.evidence) : { sentence: '', sentenceStart: 0 };
    return {
      docId: member.docId,
      localId: member.entity.localId,
      text: mention.text,
      start: mention.start,
      end: mention.end,
      sentenceIndex: mention.sentenceIndex,
      date: member.date,
      sentence: span.sentence,
      sentenceStart: span.sentenceStart,
    };
  });
}

/** (date, docId, start): the evidence order of the whole graph. */
export function byMention(a: ResolvedMention, b: ResolvedMention): number {
  return byDate(a.date, b.date) || byString(a.docId, b.docId) || a.start - b.start || a.end - b.end;
}

/** The first hex digits of a document id, enough to tell two same-named things apart. */
function shortDoc(docId: string): string {
  return docId.replace(/^doc[_:]/, '').slice(0, 8);
}
