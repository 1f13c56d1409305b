import { z } from 'zod';
import { EvidenceSchema } from '../../domain/index.js';
import { count, list, maybeText, page, shape } from './kit.js';
import { NodeSummarySchema } from './node-summary.js';

export const PostHolderSchema = shape({
  person: NodeSummarySchema,
  titles: list(z.string()).describe('The titles the releases gave this holder for the post, as written.'),
  edgeIds: list(z.string()),
  firstSeen: maybeText.describe('The first release date that names them in the post.'),
  lastSeen: maybeText.describe('The last release date that names them in the post.'),
  until: maybeText.describe('The first date another holder is seen after their last sighting: when a successor appears; null when none does.'),
  evidence: list(EvidenceSchema).describe('The sentence of the first sighting (none when no sentence is kept); every one, `evidenceCount` in all, is in the edges (`edgeIds`, `/api/edges/{id}`).'),
  evidenceCount: count.describe('How many sentences name them in the post.'),
}).describe('One holder of a post and the interval the releases support.');

export const PostIncumbentSchema = shape({
  person: NodeSummarySchema,
  basis: z
    .enum(['seen', 'before-successor'])
    .describe('`seen`: the date lies between their first and last sighting; `before-successor`: after their last sighting, before a successor appears.'),
});

export const PostSchema = shape({
  id: z.string().describe('`<organisation id>#<normalised title>`, stable across builds of the same releases.'),
  title: z.string().describe('The title most releases use for the post.'),
  titles: list(z.string()).describe('Every way the releases write the title.'),
  organization: NodeSummarySchema,
  firstSeen: maybeText,
  lastSeen: maybeText,
  holders: list(PostHolderSchema).describe(
    'One page (`holderPage`) of the holders, ordered by first sighting, then id; `holderTotal` says how many in all, and `holderOffset`/`holderLimit` ask for the rest.',
  ),
  holderTotal: count.describe('How many people held the post in all.'),
  heldAt: list(PostIncumbentSchema)
    .nullable()
    .describe(
      'One page (`heldAtPage`) of who held the post on the `at` day, found among all its holders (not only the page shown), in holder order; `heldAtTotal` says how many, and `heldAtOffset`/`heldAtLimit` ask for the rest; null when no day was asked.',
    ),
  heldAtTotal: count.nullable().describe('How many people held the post on the `at` day; null when no day was asked.'),
}).describe('A post: a normalised title at an organisation, with everyone who held it.');

export const PostListSchema = shape({
  posts: list(PostSchema),
  total: count.describe('How many posts match in all.'),
  page,
  holderPage: page.describe('The page of each post’s holders shown (`holderOffset`, `holderLimit`).'),
  heldAtPage: page.describe('The page of each post’s `heldAt` shown (`heldAtOffset`, `heldAtLimit`).'),
}).describe(
  '`posts` holds one page (`offset`, `limit`) of the `total` that match, ordered by title, organisation name, id; each post one page (`holderPage`) of its `holderTotal` holders and, with `at`, one page (`heldAtPage`) of the `heldAtTotal` who held it then.',
);
