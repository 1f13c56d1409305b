import { AGREEMENT_WORDS } from '../lexicons/org-forms.js';
import { type Word, isAcronym, isCapitalised } from '../words.js';
import type { OrgCandidate } from './candidate.js';
import { spanText, type SpanContext } from './head-spans.js';

/** Last words of an agreement's or a trade area's full name: `… Free Trade Agreement`, `… Free Trade Area`. */
const AGREEMENT_ENDS: ReadonlySet<string> = new Set([...AGREEMENT_WORDS, 'Area']);
/** A joint body's head phrase an agreement's short form may open: `Joint Committee`, `Joint Commission`. */
const AGREEMENT_BODY = /^(?:Joint|Trade|FTA) (?:Committee|Commission|Council)$/;
/** `KAFTA`, `AfCFTA`, `KORUS FTA`: one or two words of a short form. */
const SHORT_FORM = /^(?:\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d-]*)$/u;
const CONNECTORS = new Set(['of', 'and', 'on', 'for']);

/** A body named after an agreement: the name as its short form gives it, and as the full name spells it. */
export interface AgreementBodyName {
  readonly name: string;
  readonly start: number;
  /** `Korea–Velmar Free Trade Agreement Joint Committee`: the same body, the agreement spelled out. */
  readonly spelledOut: string;
}

/**
 * `the Korea–Velmar Free Trade Agreement (KVFTA) Joint Committee`: a body's head phrase right after
 * the bracketed short form of an agreement is that agreement's body, named as releases name it
 * after, `KVFTA Joint Committee`; read alone, the head phrase would be any joint committee.
 * Null when the span is no such head phrase or no agreement's full name and short form precede it.
 */
export function agreementBodyName(ctx: SpanContext, span: Pick<OrgCandidate, 'name' | 'start'>): AgreementBodyName | null {
  if (!AGREEMENT_BODY.test(span.name)) return null;
  const { words } = ctx;
  const first = words.findIndex((w) => w.start === span.start);
  if (first < 4 || words[first - 1]!.text !== ')') return null;
  const open = words[first - 3]!.text === '(' ? first - 3 : words[first - 4]!.text === '(' ? first - 4 : -1;
  if (open < 1) return null;
  const short = words.slice(open + 1, first - 1);
  if (!short.every((w) => SHORT_FORM.test(w.text) || isAcronym(w.text))) return null;
  if (!AGREEMENT_ENDS.has(words[open - 1]!.text)) return null;
  const full = fullNameBefore(words, open);
  return {
    name: `${spanText(ctx.body, short)} ${span.name}`,
    start: short[0]!.start,
    spelledOut: `${spanText(ctx.body, words.slice(full, open))} ${span.name}`,
  };
}

/** Index of the first word of the capitalised name ending right before word `open` (connectors between capitals included). */
function fullNameBefore(words: readonly Word[], open: number): number {
  let s = open - 1;
  while (s > 0) {
    const prev = words[s - 1]!.text;
    if (prev === 'The') break;
    if (isCapitalised(prev) || (CONNECTORS.has(prev) && isCapitalised(words[s - 2]?.text ?? ''))) s -= 1;
    else break;
  }
  return s;
}
