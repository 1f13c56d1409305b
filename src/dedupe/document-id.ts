import { createHash } from 'node:crypto';
import { foldName } from '../domain/index.js';

/**
 * Stable, content-derived Document id: `doc_` and the first 16 hex digits of
 * sha256(folded title | date). The same article gets the same id on every run and machine, whatever
 * the input order and whichever copy carried the fullest text. `disambiguator` (the folded body) is
 * added only when two different articles share a title and a date.
 */
export function documentId(title: string, date: string | null, disambiguator?: string): string {
  const key = [foldName(title), date ?? '', ...(disambiguator === undefined ? [] : [disambiguator])].join('|');
  return `doc_${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16)}`;
}
