import { foldName } from '../../domain/index.js';
import { parsePersonName, type PersonName } from '../person-name.js';

/**
 * Parses and folds each distinct written form once for a pass: an official is written the same few
 * ways (with the same few titles) across thousands of releases, and parsing a form (Unicode
 * normalisation and several expressions per word) cost more per local person than the rest of the
 * person rules. A parsed name is never changed, so one copy serves every person written that way.
 */
export class PersonForms {
  /** Titles seen before the name (joined) → written form → its parse. */
  private readonly parsed = new Map<string, Map<string, PersonName>>();
  private readonly folded = new Map<string, string>();

  /** parsePersonName(text, titles), remembered. */
  parse(text: string, titles: readonly string[]): PersonName {
    // Titles are words of a release, which never hold U+0000: joined with it they name one list.
    const titlesKey = titles.length === 1 ? (titles[0] as string) : titles.join('\u0000');
    let byText = this.parsed.get(titlesKey);
    if (!byText) this.parsed.set(titlesKey, (byText = new Map()));
    let name = byText.get(text);
    if (!name) byText.set(text, (name = parsePersonName(text, titles)));
    return name;
  }

  /** foldName(text), remembered. */
  fold(text: string): string {
    let folded = this.folded.get(text);
    if (folded === undefined) this.folded.set(text, (folded = foldName(text)));
    return folded;
  }
}
