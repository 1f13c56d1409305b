import { appendPosting, NODE_LABELS, type GraphStore, type NodeLabel, type NodeRecord } from '../domain/index.js';
import { withKeptJsonText } from './answer-json.js';
import { derived } from './derived.js';
import { keptListJson } from './kept-json.js';
import { pageOf, type Page } from './page.js';
import type { EntityList, EntityListItem } from './types.js';

export interface EntityFilter {
  /** Every label but Document when absent: releases are found by search. */
  readonly labels?: readonly NodeLabel[];
  /** ISO alpha-2, any case. */
  readonly country?: string;
  /** Kinds (`government`, `company`, `FTA`…), any case. */
  readonly kinds?: readonly string[];
  /** The start of the name, of an alias or of a word in them (`sef` finds Šefčovič), case and accents aside. */
  readonly prefix?: string;
}

/** The first page when none is asked for. */
export const DEFAULT_ENTITY_PAGE: Page = Object.freeze({ offset: 0, limit: 100 });

const LISTED_BY_DEFAULT: readonly NodeLabel[] = NODE_LABELS.filter((label) => label !== 'Document');

/** Case, accents and spacing folded away, for sorting and prefix matching: `Šefčovič` → `sefcovic`. */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One page of the entities that match `filter`, sorted by folded name then id, with how many match. */
export async function entityPage(store: GraphStore, filter: EntityFilter = {}, page: Page = DEFAULT_ENTITY_PAGE): Promise<EntityList> {
  const country = filter.country?.toUpperCase();
  const kinds = filter.kinds ? new Set(filter.kinds.map((kind) => kind.toLowerCase())) : null;
  const prefix = filter.prefix ? foldName(filter.prefix) : null;
  const wanted = [...new Set(filter.labels ?? LISTED_BY_DEFAULT)];
  // The embedded store answers every label filter from the one list of all listed labels (built
  // in the warm-up), so no request builds a list of its own: at 1000× building the Person list
  // held the event loop for a few hundred milliseconds, the entity list's p99 in the bench. Neo4j
  // builds what it reads per request, so it still reads only the labels asked for.
  const listed = store.backend === 'embedded' && wanted.every((label) => LISTED_BY_DEFAULT.includes(label)) ? LISTED_BY_DEFAULT : wanted;
  const labels = wanted.length < listed.length ? new Set<string>(wanted) : null;
  const { rows, byCountry, byWordStart, byLabel } = await sortedEntities(store, listed);
  const matches = ({ item, folded }: Row) => {
    if (labels && !labels.has(item.label)) return false;
    if (country && item.country?.toUpperCase() !== country) return false;
    if (kinds && !kinds.has((item.kind ?? '').toLowerCase())) return false;
    return !prefix || folded.some((name) => startsAWord(name, prefix));
  };
  // The shortest list of rows that can match, in answer order. A list that is exactly the matches
  // (it covers every filter given, and no kind is asked for) is paged as it is; otherwise each of
  // its rows is checked in full. At 1000× the unfiltered list is 100k rows.
  const asked = (labels ? LABEL : 0) | (country ? COUNTRY : 0) | (prefix ? PREFIX : 0);
  const label = labels?.size === 1 ? wanted[0]! : null;
  const lists: Candidates[] = [];
  if (label && country) lists.push({ list: byLabel.get(`${label} ${country}`) ?? [], covers: LABEL | COUNTRY });
  if (label) lists.push({ list: byLabel.get(label) ?? [], covers: LABEL });
  if (country) lists.push({ list: byCountry.get(country) ?? [], covers: COUNTRY });
  if (prefix) lists.push({ list: byWordStart.get(prefix.slice(0, WORD_START)) ?? [], covers: prefix.length <= WORD_START ? PREFIX : 0 });
  const candidates = lists.reduce<Candidates | null>((shortest, next) => (shortest && shortest.list.length <= next.list.length ? shortest : next), null);
  const answer = (entities: EntityListItem[], total: number): EntityList =>
    withKeptJsonText(store.backend, { entities, total, page: { offset: page.offset, limit: page.limit } }, entityListJson);
  const exact = !kinds && ((candidates?.covers ?? 0) & asked) === asked;
  if (exact && candidates) return answer(pageOf(candidates.list, page).map((at) => rows[at]!.item), candidates.list.length);
  if (exact) return answer(pageOf(rows, page).map(({ item }) => item), rows.length);
  const chosen = candidates ? candidates.list.map((at) => rows[at]!).filter(matches) : rows.filter(matches);
  return answer(pageOf(chosen, page).map(({ item }) => item), chosen.length);
}

/** `JSON.stringify(list)`, each row's text kept once (keptJson): a page of 100 rows was serialised anew per request. */
export function entityListJson(list: EntityList): string {
  return `{"entities":${keptListJson(list.entities)},"total":${JSON.stringify(list.total)},"page":${JSON.stringify(list.page)}}`;
}

/** The filters a list of rows can answer alone, as bits. */
const LABEL = 1;
const COUNTRY = 2;
const PREFIX = 4;

/** Positions of the rows that may match, and the filters (bits) they match exactly. */
interface Candidates {
  readonly list: readonly number[];
  readonly covers: number;
}

interface Row {
  readonly item: EntityListItem;
  readonly folded: readonly string[];
}

/** Every entity of some labels in answer order, with the positions of the rows a filter can match. */
interface EntityRows {
  readonly rows: readonly Row[];
  /** Positions by the upper-cased country, ascending. */
  readonly byCountry: ReadonlyMap<string, readonly number[]>;
  /**
   * Positions by the first WORD_START letters (or fewer, for a shorter prefix) at each place a
   * word of a folded name starts, ascending, each once: a prefix is looked for only in the rows
   * its own start reaches, not in the 10,000 entities of the 100× graph.
   */
  readonly byWordStart: ReadonlyMap<string, readonly number[]>;
  /** Positions by label (`Person`) and by label and upper-cased country (`Person KR`), ascending. */
  readonly byLabel: ReadonlyMap<string, readonly number[]>;
}

/**
 * How many letters of a word's start key byWordStart: three split the 1000× graph's names into
 * lists of a few hundred (two left lists of thousands, each row checked per request), and a
 * prefix of up to three letters — most typed ones — is answered by its list alone.
 */
const WORD_START = 3;

/** Every entity of the labels as a row with its folded names, in answer order, and its indexes; kept for the embedded store. */
function sortedEntities(store: GraphStore, labels: readonly NodeLabel[]): Promise<EntityRows> {
  const key = [...new Set(labels)].sort().join(',');
  return derived(store, `entity-list:${key}`, async () => {
    const rows = (await store.listNodes([...new Set(labels)]))
      .map((node) => ({ item: row(node), folded: [node.attributes.name, ...node.attributes.aliases].map(foldName) }))
      .sort((a, b) => (a.folded[0]! < b.folded[0]! ? -1 : a.folded[0]! > b.folded[0]! ? 1 : a.item.id < b.item.id ? -1 : 1));
    const byCountry = new Map<string, number[]>();
    const byWordStart = new Map<string, number[]>();
    const byLabel = new Map<string, number[]>();
    rows.forEach(({ item, folded }, at) => {
      appendPosting(byLabel, item.label, at);
      if (item.country) {
        appendPosting(byCountry, item.country.toUpperCase(), at);
        appendPosting(byLabel, `${item.label} ${item.country.toUpperCase()}`, at);
      }
      for (const name of folded) {
        for (let start = 0; start < name.length; start++) {
          if (start > 0 && name[start - 1] !== ' ' && name[start - 1] !== '-') continue;
          for (let length = 1; length <= WORD_START && start + length <= name.length; length++) appendPosting(byWordStart, name.slice(start, start + length), at);
        }
      }
    });
    return { rows, byCountry, byWordStart, byLabel };
  });
}

/** Whether a word of `name` (split at spaces and hyphens) starts with `prefix`; `prefix` may span words. */
function startsAWord(name: string, prefix: string): boolean {
  for (let at = name.indexOf(prefix); at >= 0; at = name.indexOf(prefix, at + 1)) if (at === 0 || name[at - 1] === ' ' || name[at - 1] === '-') return true;
  return false;
}

function row({ id, attributes: a }: NodeRecord): EntityListItem {
  return {
    id,
    label: a.label,
    name: a.name,
    aliases: a.aliases,
    kind: a.kind ?? null,
    country: a.country ?? null,
    firstSeen: a.firstSeen ?? a.date ?? null,
    lastSeen: a.lastSeen ?? a.date ?? null,
    docCount: a.docIds?.length ?? 0,
  };
}
