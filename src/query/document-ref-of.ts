import { keptPerRecord } from './kept-per-record.js';
import { documentRef } from './presenters.js';

/** `documentRef(node)`, made once per document as stored (keptPerRecord): a hub agreement's stages cite the same releases on every request. */
export const documentRefOf = keptPerRecord(documentRef);
