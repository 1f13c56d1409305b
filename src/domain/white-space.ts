/**
 * What `/\s/` matches (and `trim` strips), by character code: ECMAScript's white space and line
 * terminators. Scanners that read code by code ask this instead of testing one-character strings
 * against a regular expression, which allocates a string per character.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
