import type { Draft } from './draft.js';
import type { AgreementFinding } from '../passes/agreements.js';
import { compoundOf } from './parties.js';

/**
 * A stage of trade talks a joint statement records, read from its own sentence or the one before
 * (`declared the end of the talks … The two ministers signed a joint declaration`, `In their joint
 * statement, the leaders said the conclusion of the negotiations shows …`). Such a statement is
 * known by the stage and the agreement talked about: `joint declaration on the conclusion of the
 * Korea–Norway FTA negotiations`. The tests are built from these rows.
 */
export interface StatementStagePhrasing {
  readonly id: string;
  readonly pattern: RegExp;
  /** The words after the statement's head, given the agreement's short name. */
  readonly topic: (agreement: string) => string;
  readonly example: { readonly text: string; readonly name: string };
  readonly mustNot: readonly string[];
}

/** First matching row wins: a statement that concludes talks launched years ago is about their conclusion. */
export const STATEMENT_STAGES: readonly StatementStagePhrasing[] = [
  {
    id: 'conclusion',
    // `at the end of the talks` is when a summit ended: an end of talks counts only when declared.
    pattern: /\b(?:conclu(?:sion|ded|de|des|ding)|(?:declar|announc|confirm|mark)(?:ed|es|ing|e)?\s+the\s+(?:end|close))\s+(?:of\s+)?(?:the\s+|their\s+)?(?:[^\s,.;]+\s+){0,3}?(?:negotiations|talks)\b|\b(?:negotiations|talks)\s+(?:were\s+|had\s+been\s+)?(?:concluded|ended)\b/,
    topic: (agreement) => `on the conclusion of the ${agreement} negotiations`,
    example: {
      text: 'The two sides declared the end of the talks on the Korea–Norway FTA in Oslo. The two ministers signed a joint declaration at a ceremony.',
      name: 'joint declaration on the conclusion of the Korea–Norway FTA negotiations',
    },
    mustNot: ['The two ministers signed a joint declaration at a ceremony on the Korea–Norway FTA.', 'At the end of the talks on the Korea–Norway FTA, the two ministers signed a joint declaration.', 'The ministers hope to conclude the year with a visit to the Korea–Norway FTA office. They signed a joint declaration.'],
  },
  {
    id: 'resumption',
    pattern: /\b(?:resum(?:e|ed|es|ing|ption\s+of)|restart(?:ed|s|ing)?)\s+(?:the\s+|their\s+)?(?:[^\s,.;]+\s+){0,3}?(?:negotiations|talks)\b|\b(?:negotiations|talks)\s+(?:were\s+|had\s+been\s+)?(?:resumed|restarted)\b/,
    topic: (agreement) => `on resuming the ${agreement} negotiations`,
    example: {
      text: 'The ministers agreed to restart negotiations on the Korea–Serbia CEPA, suspended since 2014. In a joint statement the two ministers told their officials to begin work.',
      name: 'joint statement on resuming the Korea–Serbia CEPA negotiations',
    },
    mustNot: ['The ministers resumed their tour of the plants built under the Korea–Serbia CEPA and signed a joint statement.'],
  },
  {
    id: 'launch',
    pattern: /\blaunch(?:ed|es|ing)?\s+(?:of\s+)?(?:the\s+|their\s+)?(?:[^\s,.;]+\s+){0,3}?(?:negotiations|talks)\b/,
    topic: (agreement) => `on the launch of the ${agreement} negotiations`,
    example: {
      text: 'The two ministers formally launched the Korea–Kenya EPA negotiations in Nairobi and signed a joint statement.',
      name: 'joint statement on the launch of the Korea–Kenya EPA negotiations',
    },
    mustNot: ['The two ministers launched a new fund under the Korea–Kenya EPA and signed a joint statement.'],
  },
];

const TRADE_KINDS: ReadonlySet<string> = new Set(['FTA', 'CEPA', 'EPA']);
/** `In a joint declaration, the two leaders …`: a statement of two sides. */
const TWO_SIGNERS = /\b(?:the\s+two|both)\s+(?:leaders|ministers|presidents|heads\s+of\s+state|countries|governments|sides)\b/;
/** `joint statement`, `Joint Declaration`, `joint leaders’ statement`: a statement known by its head alone. */
const BARE_HEAD = /^joint\s+(?:leaders[’']\s+)?(?:statement|declaration)$/i;

/**
 * `the 11th Alpha-Beta-Gamma Economic and Trade Ministers' Meeting`: an occasion named with its
 * ordinal, whose joint statement is known by it. Group 1 is the occasion's name.
 */
const NUMBERED_OCCASION =
  /\b(?:the\s+)?((?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+(?:[\p{Lu}][\p{L}’'-]*(?:[-–][\p{Lu}][\p{L}’'-]*)*\s+(?:and\s+)?){1,8}(?:Meeting|Summit|Conference|Dialogue))\b/gu;

const OCCASION_HEAD = /Meeting|Summit|Conference|Dialogue/;

/** The short name a statement's name uses for a trade agreement: `Alpha–Beta FTA`, `ABCEP`, else its name. */
function shortName(d: Draft): string {
  const names = [d.name, ...d.aliases];
  const acronymed = names.filter((n) => /\b(?:FTA|CEPA|EPA)$/.test(n) && /[-–]/.test(n)).sort((a, b) => a.length - b.length);
  const acronym = names.filter((n) => /^[A-Z][A-Z-]{2,9}$/.test(n)).sort((a, b) => a.length - b.length);
  return acronymed[0] ?? acronym[0] ?? d.name;
}

/** The trade agreement named in sentence `index`, or null. */
const namedIn = (trade: readonly Draft[], index: number): Draft | null => trade.find((d) => d.mentions.some((m) => m.sentenceIndex === index)) ?? null;

/**
 * Names each joint statement of a document by the stage of talks it records and the trade
 * agreement they are about. A statement already named by its topic keeps its name and gains the
 * stage name as an alias. Reads only documents holding both a statement and a trade agreement.
 */
export function nameStatements(drafts: readonly Draft[], sentences: readonly { readonly text: string }[]): void {
  const statements = drafts.filter((d) => d.kind === 'joint_statement');
  if (statements.length === 0) return;
  // `They adopted a joint statement` at `the 11th … Ministers' Meeting`: the statement of that meeting.
  // (A sentence with no occasion's head word is skipped before the pattern is tried.)
  const occasions = new Set(sentences.flatMap((s) => (OCCASION_HEAD.test(s.text) ? [...s.text.matchAll(NUMBERED_OCCASION)].map((m) => m[1]!) : [])));
  const [occasion] = occasions.size === 1 ? occasions : [];
  if (occasion) for (const statement of statements) if (BARE_HEAD.test(statement.name)) statement.aliases.add(`${statement.name} of the ${occasion}`);
  const trade = drafts.filter((d) => TRADE_KINDS.has(d.kind) && d.mentions.length > 0);
  const main = [...trade].sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? null;
  for (const statement of statements) {
    const first = statement.mentions[0];
    const bare = BARE_HEAD.test(statement.name);
    if (first && TWO_SIGNERS.test(sentences[first.sentenceIndex]?.text ?? '')) statement.twoSides = true;
    let staged: string | null = null;
    if (first && main) {
      const here = first.sentenceIndex;
      for (const index of [here, here - 1]) {
        const text = sentences[index]?.text ?? '';
        const stage = STATEMENT_STAGES.find((s) => s.pattern.test(text));
        if (!stage) continue;
        const about = namedIn(trade, here) ?? namedIn(trade, here - 1) ?? main;
        staged = `${bare ? statement.name : headOf(statement.name)} ${stage.topic(shortName(about))}`;
        break;
      }
    }
    if (bare && staged) {
      statement.aliases.add(statement.name);
      statement.name = staged;
    } else if (staged && staged !== statement.name) statement.aliases.add(staged);
  }
}

/**
 * `After the talks the two leaders issued a joint statement`, `In a joint statement, the ministers
 * said …`: a statement the release only reports and knows by its head alone, once named by any
 * stage of talks it records, is no agreement (the annotations count signed joint statements).
 */
export const onlyReported = (d: Draft): boolean => d.kind === 'joint_statement' && d.reported === true && BARE_HEAD.test(d.name);

/** `joint statement declaring the conclusion of …` → `joint statement`. */
const headOf = (name: string): string => /^joint\s+(?:leaders[’']\s+)?(?:statement|declaration)/i.exec(name)?.[0] ?? 'joint statement';

/**
 * A bilateral joint statement (of a release naming one foreign country, or whose sentence speaks of
 * the two leaders) known by its head alone, once its parties are settled, is known by its two
 * sides: `In a joint declaration, the two leaders …` of Korea and Norway is the `Korea–Norway joint
 * declaration` (the head stays an alias).
 */
export function namedBySides(a: AgreementFinding, home: string | null, bilateralRelease: boolean): AgreementFinding {
  if (a.kind !== 'joint_statement' || !(bilateralRelease || a.twoSides === true) || home === null || a.parties.length !== 2 || !a.parties.includes(home) || !BARE_HEAD.test(a.name)) return a;
  const name = `${compoundOf([home, ...a.parties.filter((p) => p !== home)])} ${a.name}`;
  return { ...a, name, aliases: [...new Set([...a.aliases, a.name])].sort() };
}
