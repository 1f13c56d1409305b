import type { Draft } from './draft.js';

/**
 * `Korea and Ruritania Sign MOU on Lithium Development at Salar Flat`: a release's title names
 * its one MOU by a topic in title case, the words readers use for it. Group 1 is the MOU's word,
 * group 2 the topic (`on …`, `to …`, `for …`), cut where the title goes on to the occasion
 * (`during the State Visit`, `at the Korea–Russia Summit`, `in Seoul`, `; Ministers Meet`).
 */
const TITLE_MOU =
  /\b(MOU|MoU|Memorandum of Understanding)\s+((?:on|to|for)\s+[\p{Lu}\d].*?)(?=\s+(?:during|amid|as|after|following|while|ahead|in\s+[\p{Lu}]|at\s+(?:the\s+)?\S+(?:\s+\S+){0,3}\s+(?:Summit|Forum|Meeting|Conference|Visit|Ceremony)\b)|\s*[;,:]|$)/u;

/** A name of the MOU by its signers (`ZHP–Gridwell MOU`), as the signatory reading gives it. */
const SIGNERS_NAME = /^(\S(?:.*\S)?[–—-]\S.*?)\s+(MOU|memorandum of understanding)$/u;
/** Words that tell no MOU from another. */
const COMMON = new Set(['the', 'and', 'for', 'with', 'cooperation', 'mou', 'memorandum', 'understanding']);
const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2 && !COMMON.has(w)));

/**
 * The MOU a title names, among the document's drafts: the only one, or the one sharing the most
 * topic words with it. It is also known by the title's words: `MOU on Lithium Development at
 * Salar Flat`, and with its signers `ZHP–Gridwell MOU on Lithium Development at Salar
 * Flat`. Titles that count MOUs (`Sign Seven MOUs`) name none.
 */
export function nameFromTitle(drafts: readonly Draft[], title: string | null): void {
  const m = title ? TITLE_MOU.exec(title) : null;
  if (!m) return;
  const topic = m[2]!;
  const mous = drafts.filter((d) => d.kind === 'MOU' && !d.counted && !d.tallied);
  if (mous.length === 0) return;
  const wanted = wordsOf(topic);
  const shared = (d: Draft): number => {
    const own = wordsOf([d.name, ...d.aliases].join(' '));
    return [...wanted].filter((w) => own.has(w)).length;
  };
  const best = mous.reduce((a, b) => (shared(b) > shared(a) ? b : a));
  if (mous.length > 1 && shared(best) === 0) return;
  const signed = [best.name, ...best.aliases].flatMap((n) => {
    const s = SIGNERS_NAME.exec(n);
    return s ? [`${s[1]!} ${s[2]!} ${topic}`] : [];
  });
  for (const alias of [`${m[1]!} ${topic}`, ...signed]) if (alias !== best.name) best.aliases.add(alias);
}
