/** The two GraphStore implementations: the embedded snapshot and Neo4j. */
export const STORE_BACKENDS = ['embedded', 'neo4j'] as const;
export type StoreBackend = (typeof STORE_BACKENDS)[number];
