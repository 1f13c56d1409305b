import { escapeRegExp } from '../../domain/index.js';
import type { Draft } from './draft.js';
import { COMPOUND_WIDE } from './name-patterns.js';
import type { SentenceHit } from './sentence-hit.js';

/**
 * `The Investment Agreement protects investors …` after `signed the Korea–Alphania Investment Agreement`:
 * a capitalised name of two words or more, with no sides of its own, is the one agreement found
 * before whose name is that name with its sides (`Korea–Alphania`) in front. None when no agreement
 * or several are so named (`the Free Trade Agreement` beside two FTAs stands for neither).
 */
export function withSidesLeftOut(drafts: readonly Draft[], hit: SentenceHit): Draft | undefined {
  if (hit.parties.length > 0 || hit.bare === true || !/^\p{Lu}\S*\s+\S/u.test(hit.name)) return undefined;
  const sided = new RegExp(String.raw`^${COMPOUND_WIDE}\s+${escapeRegExp(hit.name)}$`, 'u');
  const full = drafts.filter((d) => d.kind === hit.kind && [d.name, ...d.aliases].some((n) => sided.test(n)));
  return full.length === 1 ? full[0] : undefined;
}
