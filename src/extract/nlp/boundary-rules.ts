import type { Token } from '../analysed-text.js';

/**
 * A correction to the model's sentence boundaries, stated as a rule about the text around one
 * gap between two tokens. `join` rules remove a break the model made; `split` rules add one it
 * missed. `example` is text as the rule segments it, sentences separated by ` || `; `mustNot`
 * are neighbouring texts the rule must leave as segmented there. Tests are derived from both.
 */
export interface BoundaryRule {
  readonly name: string;
  readonly action: 'join' | 'split';
  /**
   * Whether the gap after the word `before` (ending in a full stop: `U.S.`, `Vol.`, `Jr.`) and
   * before the token `after` (`next` is the token after that) is governed by this rule.
   */
  readonly applies: (before: string, after: Token, next: Token | undefined) => boolean;
  readonly example: string;
  readonly mustNot: readonly string[];
}

// Abbreviations that stand before what they name (a person, a number, a street): a sentence
// never ends on them, so a break the model puts after one is wrong.
const LEADING_ABBREVIATIONS = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sen.', 'Gov.', 'Rep.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Amb.', 'Hon.',
  'St.', 'No.', 'Nos.', 'Vol.', 'Art.', 'Sec.', 'Para.', 'Fig.', 'approx.', 'vs.',
]);

// `Jr.` and `Sr.` close a name; what follows with a capital letter is a new sentence.
const NAME_SUFFIXES = new Set(['Jr.', 'Sr.']);

/** `U.S.`, `U.K.`, `E.U.`, `D.C.`: capitals each followed by a full stop, in one token. */
const DOTTED_CAPITALS = /^(?:\p{Lu}\.){2,}$/u;
const CAPITALISED = /^\p{Lu}/u;
const LOWER_OR_DIGIT_START = /^[\p{Ll}\d]/u;
/** Letters each followed by a full stop: `U.S.`, `a.m.`, `e.g.` (not `rose.`, a word and a sentence end). */
const ABBREVIATION = /^\p{L}(?:\.\p{L})+\.$/u;

export const BOUNDARY_RULES: readonly BoundaryRule[] = [
  {
    name: 'a leading abbreviation (title, number, street) ends no sentence',
    action: 'join',
    applies: (before) => LEADING_ABBREVIATIONS.has(before),
    example: 'The Seoul Declaration, Vol. 2, was adopted by the ministers.',
    mustNot: ['The minister met Mr. Han. || Ms. Oh joined them later.'],
  },
  {
    // The model reads `Under` as a preposition opening a sentence: `…, U.S. Under Secretary of State`.
    name: '`Under Secretary` after a dotted abbreviation continues the sentence',
    action: 'join',
    applies: (before, after, next) => after.text === 'Under' && next?.text === 'Secretary' && DOTTED_CAPITALS.test(before),
    example: 'Vice Minister Oh met Jane W. Doe, U.S. Under Secretary of State for Economic Affairs, in Seoul.',
    mustNot: ['They met in Washington, D.C. || Under the deal, tariffs will fall.'],
  },
  {
    name: 'a dotted abbreviation before a lower-case word or a number ends no sentence',
    action: 'join',
    applies: (before, after) => LOWER_OR_DIGIT_START.test(after.text) && ABBREVIATION.test(before),
    example: 'Exports to the U.S. rose 5 percent and sales in the E.U. fell.',
    mustNot: ['Exports to the U.S. rose. || Imports fell.'],
  },
  {
    name: 'a generational suffix before a capitalised word ends the sentence',
    action: 'split',
    applies: (before, after) => NAME_SUFFIXES.has(before) && CAPITALISED.test(after.text),
    example: 'The signing was witnessed by President Carlos R. Mendoza Jr. || Negotiations were launched in 2021.',
    mustNot: [
      'The signing was witnessed by President Carlos R. Mendoza Jr. and Prime Minister Oh.',
      'President Carlos R. Mendoza Jr., who arrived on Monday, met Minister Han.',
    ],
  },
];
