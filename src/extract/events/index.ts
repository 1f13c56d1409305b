export { sentenceTriggers, type SentenceTriggers } from './sentence-triggers.js';
export type { Trigger } from './trigger.js';
export { assignDates } from './trigger-dates.js';
export { refineKind } from './event-kind.js';
export { findLocation, locationCountry, type Location } from './location.js';
export { continuedOccasion, openingOccasion } from './continuation.js';
export { uniqueKey } from './event-key.js';
export { separateList, type SeparateList } from './separate-list.js';
export { separateMeetings, type SeparatedMeetings } from './separate-meetings.js';
