export { resolve, RESOLVE_PASSES, type ResolveOptions, type ResolvePass } from './resolve.js';
export { explain, formatExplanation, type Explanation, type EntityExplanation, type DocumentMentions } from './explain.js';
export { parsePersonName, isInitialsForm, type PersonName } from './person-name.js';
export { sentenceAround, type SentenceSpan } from './sentence.js';
export { KNOWN_RENAMES, renamesOf, type KnownRename } from './known-renames.js';
export { TITLE_WINDOW_DAYS } from './passes/03-persons.js';
export {
  localRef,
  type ResolvedCorpus,
  type ResolvedEntity,
  type ResolvedMention,
  type ResolvedRelation,
  type MergeReason,
  type MergeRule,
  type KeptApart,
} from '../domain/index.js';
