import { PORTFOLIO_WORDS } from '../lexicons/titles.js';
import { type Word, isAcronym } from '../words.js';
import { acronymFits } from './acronym-match.js';
import type { OrgTable } from './org-table.js';

const CONNECTORS = new Set([',', 'and', '&']);

/** `Minister of Trade, Industry and Energy Sung …` → the portfolio words, longest first. */
function portfolios(words: readonly Word[], i: number): string[][] {
  if (words[i]?.text !== 'Minister' || !['of', 'for'].includes(words[i + 1]?.text ?? '')) return [];
  const run: string[] = [];
  const out: string[][] = [];
  for (let k = i + 2; k < words.length; k += 1) {
    const w = words[k]!.text;
    if (PORTFOLIO_WORDS.has(w)) {
      run.push(w);
      out.unshift([...run]);
    } else if (CONNECTORS.has(w) && run.length > 0) run.push(w);
    else break;
  }
  return out;
}

/**
 * Gives a ministry known only by its acronym (`MOTIE will …`) the full name a minister's title
 * spells out elsewhere in the text, when the initials fit: `MOTIE` ← `Minister of Trade, Industry
 * and Energy Sung …` → `Ministry of Trade, Industry and Energy`, alias `MOTIE`.
 */
export function nameAcronymsFromTitles(table: OrgTable, sentences: readonly (readonly Word[])[]): void {
  const bare = table.entries.filter((e) => e.kind === 'government' && isAcronym(e.name) && e.name.startsWith('M') && [...e.aliases].every((a) => a === e.name));
  if (bare.length === 0) return;
  for (const words of sentences) {
    for (let i = 0; i < words.length; i += 1) {
      for (const portfolio of portfolios(words, i)) {
        const name = `Ministry ${words[i + 1]!.text} ${portfolio.join(' ').replace(/ ,/g, ',')}`;
        const entry = bare.find((e) => acronymFits(e.name, name.split(' ')));
        if (entry && !table.find(name)) {
          table.rename(entry, name);
          bare.splice(bare.indexOf(entry), 1);
          break;
        }
      }
    }
  }
}
