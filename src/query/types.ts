import type { z } from 'zod';
import type { API_SHAPES, CountryTotalsSchema } from './shapes/index.js';

/**
 * The answers of the named questions, inferred from their zod shapes (src/query/shapes/), which
 * also generate the OpenAPI document: a field changed there changes both.
 */
type Shape<Name extends keyof typeof API_SHAPES> = z.infer<(typeof API_SHAPES)[Name]>;

export type ErrorBody = Shape<'Error'>;
export type NodeSummary = Shape<'NodeSummary'>;
export type DocumentRef = Shape<'DocumentRef'>;
/** Cytoscape.js elements: node data carries the attributes but text, sources and docIds (docCount instead), edge data all but evidence and docIds. */
export type Elements = Shape<'Elements'>;
export type SearchHit = Shape<'SearchHit'>;
export type SearchResult = Shape<'SearchResult'>;
export type Position = Shape<'Position'>;
export type EntityDetail = Shape<'EntityDetail'>;
export type Neighbourhood = Shape<'Neighbourhood'>;
export type Meeting = Shape<'Meeting'>;
export type PersonMeetings = Shape<'PersonMeetings'>;
export type PairMeetings = Shape<'PairMeetings'>;
export type AgreementSummary = Shape<'AgreementSummary'>;
export type AgreementList = Shape<'AgreementList'>;
export type CountryMeeting = Shape<'CountryMeeting'>;
export type CountryAgreement = Shape<'CountryAgreement'>;
export type TimelineEntry = Shape<'TimelineEntry'>;
export type CountryProfile = Shape<'CountryProfile'>;
export type CountryGraph = Shape<'CountryGraph'>;
export type CountryTotals = z.infer<typeof CountryTotalsSchema>;
export type Hop = Shape<'Hop'>;
export type PathResult = Shape<'PathResult'>;
export type MarkedMention = Shape<'MarkedMention'>;
export type DocumentView = Shape<'DocumentView'>;
export type EdgeDetail = Shape<'EdgeDetail'>;
export type Stats = Shape<'Stats'>;
export type CypherRequest = Shape<'CypherRequest'>;
export type CypherResponse = Shape<'CypherResponse'>;
export type TextSpan = Shape<'TextSpan'>;
export type TextSnippet = Shape<'TextSnippet'>;
export type TextSearchHit = Shape<'TextSearchHit'>;
export type TextSearchResult = Shape<'TextSearchResult'>;
export type CountriesAnalytics = Shape<'CountriesAnalytics'>;
export type Counterparts = Shape<'Counterparts'>;
export type CountryActivity = Shape<'CountryActivity'>;
export type PostHolder = Shape<'PostHolder'>;
export type PostIncumbent = Shape<'PostIncumbent'>;
export type Post = Shape<'Post'>;
export type PostList = Shape<'PostList'>;
export type EntityListItem = Shape<'EntityListItem'>;
export type EntityList = Shape<'EntityList'>;
export type Occasion = Shape<'Occasion'>;
export type OccasionList = Shape<'OccasionList'>;
export type AgreementLifecycle = Shape<'AgreementLifecycle'>;
export type LifecycleStage = Shape<'LifecycleStage'>;
export type LifecycleStageName = LifecycleStage['stage'];
export type DateBasis = NonNullable<LifecycleStage['dateBasis']>;
