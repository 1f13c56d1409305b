/**
 * A way press releases report a joint statement: the pattern (group 1 the statement's own words,
 * `joint statement`), whether the words after it name it (`a joint statement on the launch of …`),
 * an example sentence with the name it must give, and neighbours that must give none. A statement
 * reported so was adopted: its status is `signed`. The tests are built from these rows.
 */
export interface JointStatementPhrasing {
  readonly id: string;
  readonly pattern: RegExp;
  readonly example: { readonly sentence: string; readonly name: string };
  readonly mustNot: readonly string[];
}

/** Where a joint statement's own words stand in a sentence. */
export interface JointStatementSpan {
  /** `joint statement`, `joint declaration`, `joint leaders’ statement`, as written. */
  readonly head: string;
  readonly start: number;
  readonly end: number;
}

export const JOINT_STATEMENT_PHRASINGS: readonly JointStatementPhrasing[] = [
  {
    id: 'issued-a-statement',
    pattern: /\b(?:issued|adopted|signed|released)\s+(?:a|the)\s+(?:[\w-]+\s+)?([Jj]oint (?:[Ss]tatement|[Dd]eclaration))/g,
    example: { sentence: 'The two ministers signed a joint statement on the start of the talks.', name: 'joint statement on the start of the talks' },
    mustNot: ['The ministers discussed a joint statement to be issued next month.'],
  },
  {
    // `The announcement was made in a joint statement issued after summit talks`, `In a joint
    // statement released on Thursday, the two leaders noted …`: the statement as the source of what follows.
    id: 'in-a-statement',
    pattern: /\b[Ii]n\s+(?:a|the|their)\s+([Jj]oint\s+(?:leaders[’']\s+)?(?:[Ss]tatement|[Dd]eclaration))\b/g,
    example: { sentence: 'In a joint statement released on Thursday, May 30, the two leaders noted the progress of the project.', name: 'joint statement' },
    mustNot: ['The ministers will work on a joint statement for the summit.'],
  },
];

/** Every joint statement a sentence reports by the phrasings above, in order, each once. */
export function jointStatementsIn(sentence: string): JointStatementSpan[] {
  if (!sentence.includes('oint ')) return [];
  const spans: JointStatementSpan[] = [];
  for (const phrasing of JOINT_STATEMENT_PHRASINGS) {
    for (const m of sentence.matchAll(phrasing.pattern)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (!spans.some((s) => s.start === start)) spans.push({ head: m[1]!, start, end: start + m[1]!.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
