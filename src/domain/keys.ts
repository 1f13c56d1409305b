/**
 * Folds a name for comparison: NFKC, accents removed, dashes and punctuation to spaces, lower case,
 * spaces collapsed. `Maroš Šefčovič` → `maros sefcovic`; `Yeo Han-koo` → `yeo han koo`.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/** A key-safe slug of a name: `Ministry of Trade, Industry and Resources` → `ministry-of-trade-industry-and-resources`. */
export function slug(text: string): string {
  return foldName(text).replace(/ /g, '-') || 'unnamed';
}

const NODE_KEY_PREFIX = {
  Person: 'person',
  Organization: 'org',
  Country: 'country',
  Agreement: 'agreement',
  Event: 'event',
  Document: 'doc',
} as const;

/** Deterministic node key, e.g. `person:kim-jung-kwan`, `country:KR`, `doc:d41d8cd98f00b204`. */
export function nodeKey(label: keyof typeof NODE_KEY_PREFIX, discriminator: string): string {
  return `${NODE_KEY_PREFIX[label]}:${discriminator}`;
}

/** Deterministic edge key: `MET:person:a->person:b`, with an optional qualifier for parallel edges. */
export function edgeKey(type: string, source: string, target: string, qualifier?: string): string {
  return qualifier ? `${type}:${source}->${target}:${qualifier}` : `${type}:${source}->${target}`;
}

/**
 * The node key of a Document from the id that evidence carries. Document ids are already node keys
 * (`doc:3f9a1c…`, see dedupe's documentId); any other id (hand-made fixtures such as `a1`) gets the
 * Document prefix, so every stage that turns an Evidence.docId into a node agrees.
 */
export function documentNodeKey(docId: string): string {
  return docId.startsWith('doc:') ? docId : nodeKey('Document', docId.replace(/^doc_/, ''));
}
