/**
 * `text` as a regular expression that matches it literally: every character with a meaning in a
 * pattern (`.`, `(`, `|`, `\`…) escaped. Names, acronyms and route templates are built into
 * patterns in several stages; each escaped them with its own copy of this one replace.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
