import { type DateRange, type GraphStore, type NodeRecord, overlaps } from '../domain/index.js';
import { derived } from './derived.js';
import { pageOf, type Page } from './page.js';
import { summarize } from './presenters.js';
import type { AgreementList, AgreementSummary } from './types.js';

export interface AgreementFilter extends DateRange {
  readonly kinds?: readonly string[];
  readonly statuses?: readonly string[];
  /** ISO alpha-2 of a party country. */
  readonly party?: string;
}

/** The first page when none is asked for. */
export const DEFAULT_AGREEMENT_PAGE: Page = Object.freeze({ offset: 0, limit: 100 });

/**
 * Agreements of the given kinds and statuses that a country is party to (its `parties`, or a
 * PARTY_TO edge from the country) and that were seen within the date range; ordered by date, id.
 */
export async function agreements(store: GraphStore, filter: AgreementFilter = {}): Promise<AgreementSummary[]> {
  const kinds = filter.kinds ? new Set(filter.kinds) : null;
  const statuses = filter.statuses ? new Set(filter.statuses) : null;
  const partyTo = filter.party ? await partyOf(store, filter.party) : null;
  return (await allAgreements(store)).filter((a) => {
    if (kinds && !kinds.has(a.kind ?? '')) return false;
    if (statuses && !statuses.has(a.status ?? '')) return false;
    if (partyTo && !partyTo.has(a.id)) return false;
    return overlaps(a.date ?? a.firstSeen, a.lastSeen ?? a.date, filter);
  });
}

/** One page of `agreements(filter)`, with how many match in all. */
export async function agreementPage(store: GraphStore, filter: AgreementFilter = {}, page: Page = DEFAULT_AGREEMENT_PAGE): Promise<AgreementList> {
  const chosen = await agreements(store, filter);
  return { agreements: pageOf(chosen, page), total: chosen.length, page: { offset: page.offset, limit: page.limit } };
}

/** Every agreement summarised, in answer order; kept for the embedded store. */
function allAgreements(store: GraphStore): Promise<readonly AgreementSummary[]> {
  return derived(store, 'agreements', async () => summarizeAgreements(store, await store.listNodes(['Agreement'])));
}

/** What agreementsOfCountry answers, from the kept summaries rather than a walk over every node. */
export function partyOf(store: GraphStore, code: string): Promise<ReadonlySet<string>> {
  return derived(store, `agreements-of:${code}`, async () => {
    const byEdge = (await store.edgesOf(`country:${code}`, { types: ['PARTY_TO'], direction: 'out' })).map((edge) => edge.target);
    const byAttribute = (await allAgreements(store)).filter((a) => a.parties.includes(code)).map((a) => a.id);
    return new Set([...byEdge, ...byAttribute]);
  });
}

/** Ids of the agreements a country is party to, by attribute or by PARTY_TO edge. */
export async function agreementsOfCountry(store: GraphStore, code: string): Promise<Set<string>> {
  const byEdge = (await store.edgesOf(`country:${code}`, { types: ['PARTY_TO'], direction: 'out' })).map((edge) => edge.target);
  const byAttribute = (await store.listNodes(['Agreement'])).filter((n) => n.attributes.parties?.includes(code)).map((n) => n.id);
  return new Set([...byEdge, ...byAttribute]);
}

/** Agreements with their signatories, ordered by date (or first seen) then id. */
export async function summarizeAgreements(store: GraphStore, nodes: readonly NodeRecord[]): Promise<AgreementSummary[]> {
  const summaries = await Promise.all(
    nodes.map(async ({ id, attributes: a }) => {
      const signed = await store.edgesOf(id, { types: ['SIGNED'], direction: 'in' });
      const signatories = await store.getNodes(signed.map((edge) => edge.source));
      return {
        id,
        name: a.name,
        kind: a.kind ?? null,
        status: a.status ?? null,
        parties: a.parties ?? [],
        date: a.date ?? null,
        firstSeen: a.firstSeen ?? null,
        lastSeen: a.lastSeen ?? null,
        signatories: signatories.map(summarize),
      };
    }),
  );
  return summaries.sort((x, y) => (x.date ?? x.firstSeen ?? '').localeCompare(y.date ?? y.firstSeen ?? '') || (x.id < y.id ? -1 : 1));
}
