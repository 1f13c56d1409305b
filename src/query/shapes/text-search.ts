import { z } from 'zod';
import { count, list, maybeText, page, shape } from './kit.js';
import { DocumentRefSchema } from './node-summary.js';

export const TextSpanSchema = shape({ start: count, end: count }).describe('A marked stretch: UTF-16 offsets into the text it belongs to, `end` exclusive.');

export const TextSnippetSchema = shape({
  text: z.string().describe('The passage as written; HTML in it is text, never markup.'),
  start: count.describe('Where the passage starts in the document text.'),
  end: count.describe('Where it ends (exclusive).'),
  textLength: count.describe('The document text\'s length: `start > 0` or `end < textLength` means the passage was cut.'),
  marks: list(TextSpanSchema).describe('The matching words, as offsets into `text`.'),
});

export const TextSearchHitSchema = shape({
  document: DocumentRefSchema,
  category: maybeText,
  score: z.number().describe('BM25 relevance; higher first.'),
  terms: list(z.string()).describe('The indexed words that matched (folded: lower case, no accents), typos and prefixes resolved.'),
  titleMarks: list(TextSpanSchema).describe('The matching words, as offsets into `document.title`.'),
  snippet: TextSnippetSchema,
});

export const TextSearchResultSchema = shape({
  query: z.string(),
  total: count.describe('How many documents match, filters applied, in all pages.'),
  hits: list(TextSearchHitSchema),
  page,
}).describe('Documents whose title or text holds every word of the query, best first (ties by date, newest first, then id).');
