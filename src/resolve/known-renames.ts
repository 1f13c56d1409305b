/**
 * Government bodies known to have been renamed, with the date the new name took effect. Data, not
 * logic: the general rule in passes/06-renames.ts finds renames it can see in the corpus; this table
 * covers those whose names changed more than a trailing word.
 */
export interface KnownRename {
  readonly from: string;
  readonly fromAcronym: string;
  readonly to: string;
  readonly toAcronym: string;
  /** ISO date the new name took effect. */
  readonly date: string;
}

export const KNOWN_RENAMES: readonly KnownRename[] = [
  {
    // Korea's 2025 government reorganisation moved energy policy to the Ministry of Climate, Energy and Environment.
    from: 'Ministry of Trade, Industry and Energy',
    fromAcronym: 'MOTIE',
    to: 'Ministry of Trade, Industry and Resources',
    toAcronym: 'MOTIR',
    date: '2025-10-01',
  },
  {
    from: 'Ministry of Knowledge Economy',
    fromAcronym: 'MKE',
    to: 'Ministry of Trade, Industry and Energy',
    toAcronym: 'MOTIE',
    date: '2013-03-23',
  },
];
