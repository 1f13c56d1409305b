import { createHash } from 'node:crypto';
import { foldName } from '../domain/index.js';

/**
 * Stable, content-derived Document id: `doc:` and the first 16 hex digits of
 * sha256(folded title | date). The same article gets the same id on every run and machine, whatever
 * the input order and whichever copy carried the fullest text. `disambiguator` (the folded body) is
 * added only when two different articles share a title and a date. The id is also the Document's
 * node key, so evidence, `docIds` and user Cypher name a release the same way everywhere.
 */
export function documentId(title: string, date: string | null, disambiguator?: string): string {
  const key = [foldName(title), date ?? '', ...(disambiguator === undefined ? [] : [disambiguator])].join('|');
  return `doc:${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16)}`;
}
