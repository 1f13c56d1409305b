import { foldName } from '../domain/index.js';

/**
 * A person's name taken apart. Korean names are written surname-first (`Kim Jung-kwan`) but
 * romanised initials put the given name first (`JK Kim`); both parse to surname `kim`, initials `jk`.
 */
export interface PersonName {
  /** Folded surname, e.g. `kim`; null when nothing but titles was written. */
  readonly surname: string | null;
  /** Folded given name, e.g. `jung kwan`; null when only initials or nothing was written. */
  readonly given: string | null;
  /** Given-name initials, e.g. `jk`; null when no given name or initials were written. */
  readonly initials: string | null;
  /** `surname given`, the order-free identity of a full name; null unless both are known. */
  readonly full: string | null;
}

/** Common romanised Korean surnames: a leading one marks a surname-first name (`Park Jung-sung`). */
const KOREAN_SURNAMES = new Set(
  ('kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun youn jang chang lim im han oh seo suh ' +
    'shin sin kwon hwang ahn an song yoo yu ryu hong jeon chun jun ko go moon mun yang son sohn bae baek paik ' +
    'heo huh nam noh roh ha kwak sung seong cha joo ju woo min na jin ji um eom byun byeon chae won bang pyo ' +
    'gil do yeo koo gu tak seol ma gong hyun hyeon wi').split(' '),
);

/** Words that precede a name as a title or honorific, folded; stripped before parsing. */
const TITLE_WORDS = new Set(
  ('minister ministers deputy prime vice president director general chairman chairwoman chairperson chair ' +
    'ceo coo cfo cto commissioner ambassador secretary mr mrs ms dr prof professor senior assistant chief ' +
    'head governor mayor crown prince princess king queen sheikh his her excellency first second third ' +
    'executive administrator envoy representative spokesperson trade industry energy foreign finance ' +
    'former acting state federal senator congressman congresswoman lord sir madam ceremony co founder').split(' '),
);

const NO_WORDS: ReadonlySet<string> = new Set();

const ROYAL_TITLES = new Set('crown prince princess king queen sheikh sheikha emir sultan'.split(' '));

const INITIALS = /^(?:[A-Z]\.?\s?){2,3}$/;

/**
 * Parses one written form of a person's name. `extraTitles` are the titles the extractor saw before
 * the name (`Trade Minister`), stripped like the built-in title words.
 */
export function parsePersonName(text: string, extraTitles: readonly string[] = []): PersonName {
  const paren = /\(([^)]*)\)/.exec(text);
  const parenGiven = paren?.[1] ? foldName(paren[1]) : null;
  // The extractor's titles beside the built-in words, not a copy of the hundred built-in words per form parsed.
  const extraWords = extraTitles.length === 0 ? NO_WORDS : new Set(extraTitles.flatMap((t) => foldName(t).split(' ')));
  const isTitleWord = (word: string): boolean => TITLE_WORDS.has(word) || extraWords.has(word);
  const tokens = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''))
    .filter((t) => t.length > 0);
  const stripped: string[] = [];
  while (tokens.length > 1 && isTitleToken(tokens[0] as string, tokens[1] as string, isTitleWord)) stripped.push(tokens.shift() as string);
  if (tokens.length === 0) return none();
  if (tokens.length === 1) {
    const only = tokens[0] as string;
    if (INITIALS.test(only)) return none();
    // `Crown Princess Victoria`: royals go by title and one name, which together are the full name.
    const royal = stripped.filter((t) => ROYAL_TITLES.has(foldName(t)));
    if (royal.length > 0) return { surname: foldName(only), given: null, initials: null, full: foldName([...royal, only].join(' ')) };
    return named(foldName(only), parenGiven, null);
  }
  const first = tokens[0] as string;
  const last = tokens[tokens.length - 1] as string;
  if (tokens.length === 2 && INITIALS.test(first)) return named(foldName(last), parenGiven, letters(first));
  if (tokens.length === 2 && INITIALS.test(last)) return named(foldName(first), parenGiven, letters(last));
  if (tokens.length <= 3 && KOREAN_SURNAMES.has(foldName(first))) {
    return named(foldName(first), foldName(tokens.slice(1).join(' ')), null);
  }
  return named(foldName(last), foldName(tokens.slice(0, -1).join(' ')), null);
}

/** True when a form was written with initials only (`JK Kim`), not a full given name. */
export function isInitialsForm(name: PersonName): boolean {
  return name.initials !== null && name.given === null;
}

function isTitleToken(token: string, next: string, isTitleWord: (word: string) => boolean): boolean {
  if (isTitleWord(foldName(token))) return true;
  // An organisation's acronym before a title: `MOTIR Trade Minister Yeo`.
  return /^[A-Z]{3,}$/.test(token) && isTitleWord(foldName(next));
}

function named(surname: string, given: string | null, initials: string | null): PersonName {
  const givenInitials = given
    ? given
        .split(' ')
        .map((part) => part[0])
        .join('')
    : initials;
  return {
    surname,
    given,
    initials: givenInitials ?? null,
    full: given ? `${surname} ${given}` : null,
  };
}

function none(): PersonName {
  return { surname: null, given: null, initials: null, full: null };
}

function letters(initials: string): string {
  return initials.replace(/[^A-Za-z]/g, '').toLowerCase();
}
