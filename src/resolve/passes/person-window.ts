import { DEFAULT_RESOLVE_OPTIONS } from '../../domain/index.js';

/** How far from a document's date a title sighting still identifies its holder, by default (ResolveOptions.titleWindowDays). */
export const TITLE_WINDOW_DAYS = DEFAULT_RESOLVE_OPTIONS.titleWindowDays;
