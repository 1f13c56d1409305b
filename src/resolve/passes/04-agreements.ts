import { DEFAULT_RESOLVE_OPTIONS, type AgreementStatement, type LocalAgreement } from '../../domain/index.js';
import type { Description } from '../assemble.js';
import { Clusters, type LocalItem } from '../clusters.js';
import { byDate, byString, contentWords, jaccard, otherForms, preferredForm } from '../text.js';
import { notFromOneDocument } from './same-document-guard.js';

/** Words every agreement name may carry; they say nothing about which agreement it is. */
const GENERIC = new Set(
  ('agreement agreements memorandum memoranda understanding mou mous comprehensive economic partnership cepa fta ' +
    'free trade epa framework treaty joint statement signed signing').split(' '),
);

/** Names overlap enough to be one agreement of the same kind and parties, by default (ResolveOptions.agreementNameOverlap). */
export const AGREEMENT_NAME_OVERLAP = DEFAULT_RESOLVE_OPTIONS.agreementNameOverlap;

/**
 * Agreements merge across documents when they are the same kind between the same parties and
 * their names overlap (`Korea–UAE CEPA` and `Korea-UAE Comprehensive Economic Partnership Agreement`).
 */
export function clusterAgreements(items: readonly LocalItem<LocalAgreement>[], enough: number = AGREEMENT_NAME_OVERLAP): Clusters<LocalAgreement> {
  const clusters = new Clusters(items);
  const words = new Map(items.map((item) => [item.ref, [item.entity.name, ...item.entity.aliases].map((n) => contentWords(n, GENERIC))]));
  const buckets = new Map<string, LocalItem<LocalAgreement>[]>();
  for (const item of items) {
    if (item.entity.parties.length === 0) continue;
    const key = `${item.entity.kind}|${[...item.entity.parties].sort(byString).join(',')}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }
  for (const [bucket, members] of buckets) {
    const [kind, parties] = bucket.split('|');
    const join = (a: LocalItem<LocalAgreement>, b: LocalItem<LocalAgreement>, overlap: number): void => {
      clusters.union(a.ref, b.ref, 'same-agreement', `same kind ${kind}, parties ${parties}, names overlap ${overlap.toFixed(2)}`, notFromOneDocument);
    };
    // Items named alike (the same content words) overlap fully: join each to the first from another
    // document, then compare one representative per distinct name. A bucket holds every MOU between
    // two countries over the years; comparing all its pairs grew with the square of the corpus.
    const alike = new Map<string, LocalItem<LocalAgreement>[]>();
    for (const item of members) {
      const signature = (words.get(item.ref) ?? []).map((set) => [...set].sort().join(' ')).join('|');
      const group = alike.get(signature);
      if (group) group.push(item);
      else alike.set(signature, [item]);
    }
    const representatives: LocalItem<LocalAgreement>[] = [];
    for (const group of alike.values()) {
      const first = group[0]!;
      representatives.push(first);
      const overlap = nameOverlap(words.get(first.ref) ?? [], words.get(first.ref) ?? []);
      if (overlap < enough) continue;
      for (const item of group.slice(1)) {
        const other = item.docId !== first.docId ? first : group.find((g) => g.docId !== item.docId);
        if (other) join(other, item, overlap);
      }
    }
    for (let i = 0; i < representatives.length; i += 1) {
      for (let j = i + 1; j < representatives.length; j += 1) {
        const a = representatives[i]!;
        const b = representatives[j]!;
        const overlap = nameOverlap(words.get(a.ref) ?? [], words.get(b.ref) ?? []);
        if (a.docId !== b.docId && overlap >= enough) join(a, b, overlap);
      }
    }
  }
  return clusters;
}

/** The best overlap between any form of one and any form of the other, as content words. */
function nameOverlap(a: readonly Set<string>[], b: readonly Set<string>[]): number {
  let best = 0;
  for (const wx of a) {
    for (const wy of b) {
      best = Math.max(best, wx.size === 0 && wy.size === 0 ? 1 : jaccard(wx, wy));
    }
  }
  return best;
}

export function describeAgreement(members: readonly LocalItem<LocalAgreement>[]): Description {
  const name = preferredForm(members.map((m) => m.entity.name));
  const forms = members.flatMap((m) => [m.entity.name, ...m.entity.aliases]);
  const stated = members.filter((m) => m.entity.status !== 'mentioned');
  const latest = [...(stated.length > 0 ? stated : members)].sort((x, y) => byDate(y.date, x.date) || byString(y.docId, x.docId))[0];
  const parties = [...new Set(members.flatMap((m) => m.entity.parties))].sort(byString);
  // The agreement's own day: the earliest any release gives (signing comes before entry into force).
  const date = members.map((m) => m.entity.date).filter((d): d is string => typeof d === 'string').sort(byString)[0];
  return {
    discriminator: name,
    name,
    aliases: otherForms(forms, name),
    kind: preferredForm(members.map((m) => m.entity.kind)),
    ...(latest ? { status: latest.entity.status } : {}),
    parties,
    ...(date ? { date } : {}),
    statedIn: statementsByDocument(members),
  };
}

/**
 * What each document states of the agreement. One document names an agreement once (two local
 * agreements of one document never merge); should two arrive, the one with a status beats
 * `mentioned`, then the first by local id.
 */
function statementsByDocument(members: readonly LocalItem<LocalAgreement>[]): Record<string, AgreementStatement> {
  const chosen = new Map<string, LocalAgreement>();
  for (const { docId, entity } of [...members].sort((x, y) => byString(x.ref, y.ref))) {
    const found = chosen.get(docId);
    if (!found || (found.status === 'mentioned' && entity.status !== 'mentioned')) chosen.set(docId, entity);
  }
  return Object.fromEntries(
    [...chosen.entries()].sort(([a], [b]) => byString(a, b)).map(([docId, entity]) => [docId, { status: entity.status, ...(entity.date ? { date: entity.date } : {}) }]),
  );
}
