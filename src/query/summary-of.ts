import { keptPerRecord } from './kept-per-record.js';
import { summarize } from './presenters.js';

/** `summarize(node)`, made once per node as stored (keptPerRecord). */
export const summaryOf = keptPerRecord(summarize);
