import { NotFoundError, foldName, type EntityLabel, type KeptApart, type MergeReason, type ResolvedCorpus, type ResolvedEntity } from '../domain/index.js';

/** The mentions one document contributes to an entity. */
export interface DocumentMentions {
  readonly docId: string;
  readonly date: string | null;
  readonly mentions: readonly { readonly localId: string; readonly text: string; readonly start: number; readonly end: number; readonly sentence: string }[];
}

/** Why one node is what it is: every document and mention behind it and every merge decision. */
export interface EntityExplanation {
  readonly key: string;
  readonly label: EntityLabel;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly documents: readonly DocumentMentions[];
  readonly merges: readonly MergeReason[];
  readonly keptApart: readonly KeptApart[];
}

export interface Explanation {
  readonly query: string;
  /** Sorted by key; several when the query names more than one node (`Kim`). */
  readonly matches: readonly EntityExplanation[];
}

/**
 * Explains the node(s) a query names: a node key (`person:kim-jung-kwan`), a name or alias
 * (`JK Kim`), or failing those any node whose name or alias contains the query.
 * Throws NotFoundError ENTITY_NOT_FOUND when nothing matches.
 */
export function explain(corpus: ResolvedCorpus, query: string): Explanation {
  const wanted = foldName(query);
  const forms = (e: ResolvedEntity) => [e.name, ...e.aliases].map(foldName);
  const byKey = corpus.entities.filter((e) => e.key === query.trim());
  const byName = corpus.entities.filter((e) => forms(e).includes(wanted));
  const byPart = wanted ? corpus.entities.filter((e) => forms(e).some((f) => f.includes(wanted))) : [];
  const found = byKey.length > 0 ? byKey : byName.length > 0 ? byName : byPart;
  if (found.length === 0) {
    throw new NotFoundError(
      'ENTITY_NOT_FOUND',
      `No entity is named "${query}" in the ${corpus.entities.length} resolved entities. ` +
        'Try part of the name, an alias or acronym, or a node key such as person:kim-jung-kwan.',
    );
  }
  return { query, matches: found.map(explainEntity) };
}

function explainEntity(entity: ResolvedEntity): EntityExplanation {
  const documents = new Map<string, { docId: string; date: string | null; mentions: DocumentMentions['mentions'][number][] }>();
  for (const m of entity.mentions) {
    const doc = documents.get(m.docId) ?? { docId: m.docId, date: m.date, mentions: [] };
    doc.mentions.push({ localId: m.localId, text: m.text, start: m.start, end: m.end, sentence: m.sentence });
    documents.set(m.docId, doc);
  }
  return {
    key: entity.key,
    label: entity.label,
    name: entity.name,
    aliases: entity.aliases,
    documents: [...documents.values()],
    merges: entity.merges,
    keptApart: entity.keptApart,
  };
}

/** The explanation as text for a terminal. */
export function formatExplanation(explanation: Explanation): string {
  return explanation.matches
    .map((m) => {
      const lines = [`${m.key}  ${m.label}  "${m.name}"`];
      if (m.aliases.length > 0) lines.push(`  also written: ${m.aliases.join('; ')}`);
      lines.push(`  mentioned in ${m.documents.length} document(s):`);
      for (const doc of m.documents) {
        lines.push(`    ${doc.docId} (${doc.date ?? 'undated'}): ${doc.mentions.map((x) => `"${x.text}" @${x.start}`).join(', ')}`);
      }
      lines.push(m.merges.length > 0 ? `  merged because:` : `  no merges: every mention came from one local entity`);
      for (const r of m.merges) lines.push(`    [${r.rule}] ${r.left} + ${r.right}: ${r.detail}`);
      for (const k of m.keptApart) lines.push(`  kept apart: ${k.local}: ${k.detail}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
