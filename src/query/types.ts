import type { Evidence, NodeLabel } from '../domain/index.js';

/** The answers of the named questions; src/api/openapi/schemas.ts describes the same shapes. */

export interface NodeSummary {
  readonly id: string;
  readonly label: NodeLabel;
  readonly name: string;
  readonly kind?: string;
  readonly country?: string;
  readonly status?: string;
  readonly date?: string;
  readonly location?: string;
}

export interface DocumentRef {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly url: string | null;
}

/** Cytoscape.js elements: node data carries the attributes but text, sources and docIds (docCount instead), edge data all but evidence and docIds. */
export interface Elements {
  readonly nodes: { readonly data: Readonly<Record<string, unknown>> & { id: string; label: string; name: string } }[];
  readonly edges: { readonly data: Readonly<Record<string, unknown>> & { id: string; source: string; target: string; type: string; count: number } }[];
}

export interface SearchHit {
  readonly id: string;
  readonly label: NodeLabel;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind?: string;
  readonly country?: string;
  readonly score: number;
  /** The name or alias that matched best. */
  readonly matched: string;
}

export interface SearchResult {
  readonly query: string;
  readonly hits: readonly SearchHit[];
}

export interface Position {
  readonly edgeId: string;
  readonly title: string | null;
  readonly organization: NodeSummary;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly evidence: readonly Evidence[];
}

export interface EntityDetail {
  readonly id: string;
  readonly label: NodeLabel;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly positions: readonly Position[];
  readonly relationCounts: Readonly<Record<string, number>>;
  readonly documents: readonly DocumentRef[];
}

export interface Neighbourhood {
  readonly center: string;
  readonly depth: number;
  readonly elements: Elements;
  readonly truncated: boolean;
}

export interface Meeting {
  /** The other person. */
  readonly person: NodeSummary;
  readonly edgeIds: readonly string[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly events: readonly NodeSummary[];
  readonly evidence: readonly Evidence[];
}

export interface PersonMeetings {
  readonly person: NodeSummary;
  readonly meetings: readonly Meeting[];
}

export interface PairMeetings {
  readonly a: NodeSummary;
  readonly b: NodeSummary;
  readonly meetings: readonly Meeting[];
}

export interface AgreementSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: string | null;
  readonly status: string | null;
  readonly parties: readonly string[];
  readonly date: string | null;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly signatories: readonly NodeSummary[];
}

export interface AgreementList {
  readonly agreements: readonly AgreementSummary[];
  /** How many agreements match the filter in all; `agreements` holds one page of them. */
  readonly total: number;
  readonly page: { readonly offset: number; readonly limit: number };
}

export interface CountryMeeting {
  readonly official: NodeSummary;
  readonly counterpart: NodeSummary;
  readonly edgeIds: readonly string[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly events: readonly NodeSummary[];
  readonly evidence: readonly Evidence[];
}

export interface TimelineEntry {
  readonly date: string | null;
  readonly kind: 'meeting' | 'agreement' | 'event';
  readonly summary: string;
  readonly entityIds: readonly string[];
  readonly edgeId?: string;
}

export interface CountryProfile {
  readonly country: NodeSummary;
  readonly officials: readonly NodeSummary[];
  readonly organizations: readonly NodeSummary[];
  readonly meetings: readonly CountryMeeting[];
  readonly counterparts: readonly NodeSummary[];
  readonly agreements: readonly AgreementSummary[];
  /** kind → status → count. */
  readonly agreementsByKind: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly events: readonly NodeSummary[];
  readonly timeline: readonly TimelineEntry[];
  readonly elements: Elements;
  /** How many items each list has in all; the lists above hold one page of them. */
  readonly totals: CountryTotals;
  readonly page: { readonly offset: number; readonly limit: number };
}

export interface CountryTotals {
  readonly officials: number;
  readonly organizations: number;
  readonly meetings: number;
  readonly counterparts: number;
  readonly agreements: number;
  readonly events: number;
  readonly timeline: number;
}

export interface Hop {
  readonly edgeId: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly firstDate?: string;
  readonly lastDate?: string;
  readonly evidence: readonly Evidence[];
}

export interface PathResult {
  readonly from: NodeSummary;
  readonly to: NodeSummary;
  readonly paths: readonly { readonly nodes: readonly NodeSummary[]; readonly hops: readonly Hop[] }[];
  readonly elements: Elements;
}

export interface MarkedMention {
  readonly start: number;
  readonly end: number;
  readonly entityId: string;
  readonly label: NodeLabel;
  readonly name: string;
}

export interface DocumentView {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly category: string | null;
  readonly url: string | null;
  readonly sources: readonly string[];
  readonly text: string;
  readonly mentions: readonly MarkedMention[];
}

export interface EdgeDetail {
  readonly id: string;
  readonly type: string;
  readonly source: NodeSummary;
  readonly target: NodeSummary;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly evidence: readonly Evidence[];
  readonly documents: readonly DocumentRef[];
}

export interface Stats {
  readonly backend: 'embedded' | 'neo4j';
  readonly capabilities: { readonly cypher: boolean };
  readonly nodes: number;
  readonly edges: number;
  readonly nodesByLabel: Readonly<Record<string, number>>;
  readonly edgesByType: Readonly<Record<string, number>>;
  readonly dateRange: { readonly from: string | null; readonly to: string | null };
  readonly build: Readonly<Record<string, unknown>> | null;
}

export interface CypherResponse {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  readonly elements: Elements;
  readonly truncated: boolean;
}
