import { z } from 'zod';
import { EvidenceSchema } from '../../domain/index.js';
import { AgreementSummarySchema } from './agreements.js';
import { count, list, maybeText, shape } from './kit.js';
import { DocumentRefSchema, NodeSummarySchema } from './node-summary.js';

/** The stages of an agreement's life, in the order an agreement goes through them. */
export const LIFECYCLE_STAGES = ['planned', 'launch', 'negotiating', 'round', 'event', 'signed', 'in_force', 'upgrade_planned', 'upgrade_negotiating'] as const;

export const LifecycleStageNameSchema = z.enum(LIFECYCLE_STAGES).describe(
  [
    '`planned`: talks announced or planned; `launch`: the first release saying negotiations are under way when its sentence says they start',
    '(launched, kick off, first round); `negotiating`: releases saying talks are under way; `round`: a negotiation-round event about the agreement;',
    '`event`: another occasion about it (a joint committee, a meeting); `signed`: releases saying it was signed, and signing events;',
    '`in_force`: releases saying it is in force; `upgrade_planned`, `upgrade_negotiating`: planned or negotiating where the sentence speaks of',
    'upgrading, amending, improving or revising it.',
  ].join(' '),
);

export const DateBasisSchema = z
  .enum(['stated', 'event', 'release'])
  .describe('Where a date comes from: `stated`, the day the release gives for the agreement (signed or in force on); `event`, the date of the event; `release`, the release date.');

export const StageEvidenceSchema = shape({
  date: maybeText.describe('The date of this piece of evidence, by `dateBasis`; null when neither text nor release dates it.'),
  dateBasis: DateBasisSchema.nullable(),
  document: DocumentRefSchema.describe('The release that states it.'),
  evidence: EvidenceSchema.describe('The sentence, with the span naming the agreement (or the event).'),
}).describe('One release stating a stage.');

export const LifecycleStageSchema = shape({
  stage: LifecycleStageNameSchema,
  date: maybeText.describe('The earliest date the evidence gives the stage (that of `first`); null when undated.'),
  dateBasis: DateBasisSchema.nullable(),
  event: NodeSummarySchema.nullable().describe('The event a `round`, `event` or signing comes from; null for a stage only releases state.'),
  count: count.describe('How many releases (and events) state the stage; repeats are collapsed into one stage.'),
  first: StageEvidenceSchema.describe('The earliest evidence.'),
  last: StageEvidenceSchema.nullable().describe('The latest evidence; null when the stage is stated once (`count` 1), its only evidence being `first`.'),
}).describe('One dated stage of an agreement, with its first and last evidence.');

export const AgreementLifecycleSchema = shape({
  agreement: AgreementSummarySchema,
  current: shape({
    stage: LifecycleStageNameSchema,
    date: maybeText,
    dateBasis: DateBasisSchema.nullable(),
  })
    .nullable()
    .describe('The furthest stage the releases state (an upgrade after entry into force, entry into force after signing, …), with its date; null when releases only mention the agreement.'),
  stages: list(LifecycleStageSchema).describe('By date (undated last), then in lifecycle order.'),
  mentions: count.describe('Releases that name the agreement without saying where it stands.'),
  upgradeOf: NodeSummarySchema.nullable().describe(
    'The agreement this one upgrades, when its name says upgrade, amendment, protocol or second stage and exactly one agreement of the same parties has the rest of its name; null otherwise.',
  ),
  upgrades: list(NodeSummarySchema).describe('Agreements whose `upgradeOf` is this one.'),
}).describe('The lifecycle of one agreement: each stage with its date and the releases that state it.');
