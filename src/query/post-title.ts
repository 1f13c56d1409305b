/*
 * A post is a title at an organisation; the releases name one post several ways ("Minister for
 * Trade", "Trade Minister", "minister of trade"). Its key is the bag of the title's words, folded
 * (case, accents, hyphens), without linking words, and without a qualifier that only restates the
 * organisation's own name ("Minister of Trade, Industry and Resources" at the Ministry of Trade,
 * Industry and Resources is its "Minister"). Rules about words, never about particular names.
 */

/** Words that link a title's parts and say nothing of the post: "Minister *for* Trade". */
const LINKING = new Set(['of', 'for', 'the', 'and', 'to', 'on', 'in', '&']);
/** What an organisation's name says it is, which a title's qualifier leaves out: "*Ministry* of Trade". */
const ORGANISATION_WORDS = new Set(['ministry', 'department', 'office', 'agency', 'bureau', 'committee', 'council', 'commission', 'authority']);

/** Folded words of a title or a name: lowercase, accents and punctuation gone, linking words dropped. */
export function titleWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((word) => word !== '' && !LINKING.has(word));
}

/** The words of an organisation's name that a title may restate: `Ministry of Trade` → `trade`. */
export function organisationWords(name: string): string[] {
  return titleWords(name).filter((word) => !ORGANISATION_WORDS.has(word));
}

/**
 * The key of a post: its title's words, sorted, minus the organisation's name when the title
 * carries all of it; `Minister for Trade` and `Trade Minister` share `minister trade`.
 */
export function postKey(title: string, organisationName: string): string {
  return keyOfWords(titleWords(title), organisationWords(organisationName));
}

/** postKey from words already folded, for matching one title against many organisations. */
export function keyOfWords(titleWordList: readonly string[], named: readonly string[]): string {
  const words = new Set(titleWordList);
  const restatesOrganisation = named.length > 0 && named.every((word) => words.has(word));
  const kept = [...words].filter((word) => !(restatesOrganisation && named.includes(word)));
  return (kept.length > 0 ? kept : [...words]).sort().join(' ');
}
