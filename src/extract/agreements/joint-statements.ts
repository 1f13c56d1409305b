/**
 * A way press releases report a joint statement: the pattern (group 1 the statement's own words,
 * `joint statement`), whether the words after it name it (`a joint statement on the launch of …`),
 * an example sentence with the name it must give, and neighbours that must give none. A statement
 * reported so was adopted: its status is `signed`. The tests are built from these rows.
 */
export interface JointStatementPhrasing {
  readonly id: string;
  readonly pattern: RegExp;
  /**
   * The phrasing only reports the statement (`issued a joint statement`, `In a joint statement, the
   * leaders said …`), it does not say it was signed or adopted: a statement known only so and by its
   * head alone is no agreement (the annotations count signed joint statements).
   */
  readonly reported: boolean;
  readonly example: { readonly sentence: string; readonly name: string };
  readonly mustNot: readonly string[];
}

/** Where a joint statement's own words stand in a sentence. */
export interface JointStatementSpan {
  /** `joint statement`, `joint declaration`, `joint leaders’ statement`, as written. */
  readonly head: string;
  readonly start: number;
  readonly end: number;
  /** Read by a phrasing that only reports it, with no word of signing or adoption right after. */
  readonly reported: boolean;
}

/**
 * A joint statement's own words: `joint statement`, `joint declaration`, and with who speaks in it
 * between (`joint ministerial statement`, `Joint Leaders’ Statement`, `joint press statement`).
 */
const HEAD = String.raw`[Jj]oint\s+(?:(?:[Mm]inisterial|[Ll]eaders[’']|[Mm]inisters[’']|[Pp]ress)\s+)?(?:[Ss]tatement|[Dd]eclaration)`;

export const JOINT_STATEMENT_PHRASINGS: readonly JointStatementPhrasing[] = [
  {
    id: 'signed-a-statement',
    pattern: new RegExp(String.raw`\b(?:adopted|signed)\s+(?:a|the)\s+(?:[\w-]+\s+)?(${HEAD})`, 'g'),
    reported: false,
    example: { sentence: 'The two ministers signed a joint statement on the start of the talks.', name: 'joint statement on the start of the talks' },
    mustNot: ['The ministers discussed a joint statement to be signed next month.'],
  },
  {
    id: 'issued-a-statement',
    pattern: new RegExp(String.raw`\b(?:issued|released)\s+(?:a|the)\s+(?:[\w-]+\s+)?(${HEAD})`, 'g'),
    reported: true,
    example: { sentence: 'The two leaders issued a joint statement on regional security.', name: 'joint statement on regional security' },
    mustNot: ['The ministers discussed a joint statement to be issued next month.'],
  },
  {
    // `The joint declaration launching the Alpha–Beta EPA negotiations and an MOU on X were signed
    // on June 2`: the statement as the subject of a signing told later in the sentence.
    id: 'statement-was-signed',
    pattern: /\b(?:[Tt]he|[Aa])\s+([Jj]oint (?:[Ss]tatement|[Dd]eclaration))\s+(?=(?:launching|declaring|establishing|on)\s(?:(?!\b(?:said|says|stated|noted|that|which)\b)[^.;]){0,200}?\b(?:was|were)\s+(?:also\s+)?(?:signed|adopted)\b)/g,
    reported: false,
    example: {
      sentence: 'The joint declaration launching the Alpha–Beta EPA negotiations and an MOU on mineral supply chains were signed on June 2.',
      name: 'joint declaration launching the Alpha–Beta EPA negotiations',
    },
    mustNot: ['The joint declaration launching the talks is expected next month.', 'The joint declaration launching the talks said that the MOUs were signed last year by the agencies of both sides in Seoul.'],
  },
  {
    // `The announcement was made in a joint statement issued after summit talks`, `In a joint
    // statement on the project, the two leaders noted …`: the statement as the source of what follows.
    id: 'in-a-statement',
    pattern: /\b[Ii]n\s+(?:a|the|their)\s+([Jj]oint\s+(?:leaders[’']\s+)?(?:[Ss]tatement|[Dd]eclaration))\b/g,
    reported: true,
    example: { sentence: 'In a joint statement on the progress of the project, the two leaders called for more investment.', name: 'joint statement on the progress of the project' },
    mustNot: ['The ministers will work on a joint statement for the summit.'],
  },
];

/**
 * `a joint statement signed by the two ministers`, `in a joint declaration adopted at the ceremony`:
 * a report that says the signing. `issued a joint statement committing to promote exchanges`: a
 * statement known by what it commits its authors to is a document of commitments, not a mere report.
 */
const SIGNED_AFTER = /^\s+(?:(?:(?!and\b|but\b|while\b)\S+\s+){0,3}?(?:signed|adopted)\b|(?:committing|pledging|vowing|promising)\s+(?:to|themselves)\b)/;

/** Every joint statement a sentence reports by the phrasings above, in order, each once. */
export function jointStatementsIn(sentence: string): JointStatementSpan[] {
  if (!sentence.includes('oint ')) return [];
  const spans: JointStatementSpan[] = [];
  for (const phrasing of JOINT_STATEMENT_PHRASINGS) {
    for (const m of sentence.matchAll(phrasing.pattern)) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = start + m[1]!.length;
      const reported = phrasing.reported && !SIGNED_AFTER.test(sentence.slice(end));
      if (!spans.some((s) => s.start === start)) spans.push({ head: m[1]!, start, end, reported });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
