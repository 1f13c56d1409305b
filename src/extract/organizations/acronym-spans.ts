import { type Word, isAcronym, isCapitalised } from '../words.js';
import { NON_ORG_ACRONYMS, NON_ORG_WORDS } from '../lexicons/org-forms.js';
import { CITY_COUNTRIES } from '../lexicons/countries.js';
import { TITLE_NOUNS } from '../lexicons/titles.js';
import type { OrganizationKind } from '../../domain/index.js';
import { acronymFits } from './acronym-match.js';
import { NAME_PARTICLES } from './particle-names.js';
import { spanText, type SpanContext } from './head-spans.js';
import type { OrgCandidate } from './candidate.js';

const CONNECTORS = new Set(['of', 'and', 'for', 'on', '&', 'the']);

/** An acronym defined in brackets: `(KOSA)` or `(MOTIR, Minister Kim …)`. */
export interface AcronymDefinition {
  readonly acronym: string;
  /** Index of the word just before `(`. */
  readonly before: number;
  /** False for a mixed-case short form (`K-sure`): it may name a body already found, never define one. */
  readonly strict: boolean;
}

/** `K-sure`, `KoreaBIO`: a short form in mixed case, a hyphen or an inner capital marking it. */
const MIXED_SHORT_FORM = /^\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+|\p{Ll}\p{Lu}[\p{L}\d]*)$/u;

/**
 * `Ostland Business Federation (Ostrenka)`, `Velmar Petroleum Company (Velpetro)`: one word of five
 * letters or more in title case, a body's short name in its own language — not a city the body
 * sits in (`the Korea Trade Center (Dubai)`).
 */
const TITLE_CASE_SHORT_FORM = /^\p{Lu}\p{Ll}{4,}$/u;
const shortForm = (word: string): boolean => MIXED_SHORT_FORM.test(word) || (TITLE_CASE_SHORT_FORM.test(word) && !CITY_COUNTRIES.has(word));

export function bracketedAcronyms(words: readonly Word[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  words.forEach((w, i) => {
    const acronym = words[i + 1]?.text ?? '';
    const close = words[i + 2]?.text;
    // `(ACR)` or `(ACR, Minister …)`
    const strict = isAcronym(acronym);
    if (w.text !== '(' || i === 0 || (!strict && !shortForm(acronym)) || (close !== ')' && close !== ',')) return;
    if (NON_ORG_ACRONYMS.has(acronym.toUpperCase())) return;
    out.push({ acronym, before: i - 1, strict });
  });
  return out;
}

const kindOf = (name: string): OrganizationKind =>
  /Organi[sz]ation|Cooperation|Nations|Union|Forum\b/.test(name)
    ? 'international'
    : /Representative|Commission|Government|Administration|Ministerio|Secretar[íi]a/.test(name)
      ? 'government'
      : // `Sociedad Velmar y Minera (SVM)`: a name in a Romance language, known by its acronym, is most often a state or private company's.
        name.split(' ').some((w) => NAME_PARTICLES.has(w))
        ? 'company'
        : 'other';

/**
 * A body known only by a name and its bracketed acronym, without a head word:
 * `Asia-Pacific Economic Cooperation (APEC)`, `The U.S. Trade Representative (USTR)`.
 * The name is the longest capitalised run before the bracket whose initials fit the acronym.
 */
export function acronymSpan(ctx: SpanContext, def: AcronymDefinition): Omit<OrgCandidate, 'sentenceIndex'> | null {
  const { words } = ctx;
  const after = words[def.before + 4];
  // `National Trade Estimate (NTE) Report`: the bracket sits inside a longer name.
  if (words[def.before + 3]?.text === ')' && after && isCapitalised(after.text)) return null;
  let s = def.before;
  while (s > 0) {
    const prev = words[s - 1]!;
    if (prev.text === 'The' || TITLE_NOUNS.has(prev.text)) break;
    if (isCapitalised(prev.text) || (CONNECTORS.has(prev.text) && isCapitalised(words[s - 2]?.text ?? ''))) s -= 1;
    // `Servicios Navales de la Armada (SENA)`: one or two name particles between capitalised words.
    else if (NAME_PARTICLES.has(prev.text) && isCapitalised(words[s - 2]?.text ?? '')) s -= 1;
    else if (NAME_PARTICLES.has(prev.text) && NAME_PARTICLES.has(words[s - 2]?.text ?? '') && isCapitalised(words[s - 3]?.text ?? '')) s -= 2;
    else break;
  }
  // `King Faisal City for Marine and Solar Energy (K.F.CMASE)`: a title word opens the name
  // when the acronym takes its initial too (`President Kim (PK)` never has such an acronym).
  const titled = s > 0 && TITLE_NOUNS.has(words[s - 1]!.text) && acronymFits(def.acronym, words.slice(s - 1, def.before + 1).map((w) => w.text));
  for (let start = titled ? s - 1 : s; start < def.before; start += 1) {
    const span = words.slice(start, def.before + 1);
    if (!isCapitalised(span[0]!.text) || CONNECTORS.has(span[0]!.text)) continue;
    if (!acronymFits(def.acronym, span.map((w) => w.text))) continue;
    if (span.some((w) => NON_ORG_WORDS.has(w.text))) return null;
    // `United Arab Emirates (UAE)` is a country.
    if ((ctx.countryEnds.get(span[0]!.start) ?? -1) >= span[span.length - 1]!.end) return null;
    const name = spanText(ctx.body, span);
    return { name, start: span[0]!.start, end: span[span.length - 1]!.end, kind: kindOf(name), acronym: def.acronym };
  }
  return null;
}
