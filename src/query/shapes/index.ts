import { z } from 'zod';
import { EvidenceSchema } from '../../domain/index.js';
import { ActivityPeriodSchema, CounterpartSchema, CounterpartsSchema, CountriesAnalyticsSchema, CountryActivityRowSchema, CountryActivitySchema, CountrySeriesSchema } from './analytics.js';
import { AgreementLifecycleSchema, LifecycleStageSchema, StageEvidenceSchema } from './agreement-lifecycle.js';
import { AgreementListSchema, AgreementSummarySchema } from './agreements.js';
import { CountryAgreementSchema, CountryGraphSchema, CountryProfileSchema, CountryTotalsSchema, TimelineEntrySchema } from './country.js';
import { CypherRequestSchema, CypherResponseSchema } from './cypher.js';
import { DocumentViewSchema, MarkedMentionSchema } from './document.js';
import { EdgeDetailSchema } from './edge.js';
import { ElementsSchema } from './elements.js';
import { EntityDetailSchema, NeighbourhoodSchema, PositionSchema, SearchHitSchema, SearchResultSchema } from './entities.js';
import { EntityListItemSchema, EntityListSchema } from './entity-list.js';
import { ErrorBodySchema } from './error.js';
import { CountryMeetingSchema, MeetingSchema, PairMeetingsSchema, PersonMeetingsSchema } from './meetings.js';
import { DocumentRefSchema, NodeSummarySchema } from './node-summary.js';
import { OccasionListSchema, OccasionSchema } from './occasions.js';
import { HopSchema, PathResultSchema, PathSchema } from './path.js';
import { PostHolderSchema, PostIncumbentSchema, PostListSchema, PostSchema } from './posts.js';
import { StatsSchema } from './stats.js';
import { TextSearchHitSchema, TextSearchResultSchema, TextSnippetSchema, TextSpanSchema } from './text-search.js';

/**
 * The shapes of the HTTP API, each written once, by the name the OpenAPI document gives it
 * (`#/components/schemas/<name>`). src/query/types.ts infers the TypeScript types from them, the
 * API generates its OpenAPI components from them, and the viewer's JSDoc reads those types.
 */
export const API_SHAPES = {
  Error: ErrorBodySchema,
  Evidence: EvidenceSchema,
  NodeSummary: NodeSummarySchema,
  DocumentRef: DocumentRefSchema,
  Elements: ElementsSchema,
  SearchHit: SearchHitSchema,
  SearchResult: SearchResultSchema,
  Position: PositionSchema,
  EntityDetail: EntityDetailSchema,
  Neighbourhood: NeighbourhoodSchema,
  Meeting: MeetingSchema,
  PersonMeetings: PersonMeetingsSchema,
  PairMeetings: PairMeetingsSchema,
  AgreementSummary: AgreementSummarySchema,
  AgreementList: AgreementListSchema,
  CountryMeeting: CountryMeetingSchema,
  CountryAgreement: CountryAgreementSchema,
  TimelineEntry: TimelineEntrySchema,
  CountryProfile: CountryProfileSchema,
  CountryGraph: CountryGraphSchema,
  Hop: HopSchema,
  Path: PathSchema,
  PathResult: PathResultSchema,
  MarkedMention: MarkedMentionSchema,
  DocumentView: DocumentViewSchema,
  EdgeDetail: EdgeDetailSchema,
  Stats: StatsSchema,
  CypherRequest: CypherRequestSchema,
  CypherResponse: CypherResponseSchema,
  TextSpan: TextSpanSchema,
  TextSnippet: TextSnippetSchema,
  TextSearchHit: TextSearchHitSchema,
  TextSearchResult: TextSearchResultSchema,
  CountrySeries: CountrySeriesSchema,
  CountryActivityRow: CountryActivityRowSchema,
  CountriesAnalytics: CountriesAnalyticsSchema,
  Counterpart: CounterpartSchema,
  Counterparts: CounterpartsSchema,
  ActivityPeriod: ActivityPeriodSchema,
  CountryActivity: CountryActivitySchema,
  PostHolder: PostHolderSchema,
  PostIncumbent: PostIncumbentSchema,
  Post: PostSchema,
  PostList: PostListSchema,
  EntityListItem: EntityListItemSchema,
  EntityList: EntityListSchema,
  Occasion: OccasionSchema,
  OccasionList: OccasionListSchema,
  StageEvidence: StageEvidenceSchema,
  LifecycleStage: LifecycleStageSchema,
  AgreementLifecycle: AgreementLifecycleSchema,
} as const;

export type ApiShapeName = keyof typeof API_SHAPES;

/** The same shapes as a zod registry keyed by id, which z.toJSONSchema turns into components with $refs between them. */
export const apiShapeRegistry = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries(API_SHAPES)) apiShapeRegistry.add(schema, { id });

export { CountryTotalsSchema, CypherRequestSchema };
