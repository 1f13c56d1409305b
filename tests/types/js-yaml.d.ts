/** The one js-yaml function the tests use (js-yaml 4 ships no type declarations). */
declare module 'js-yaml' {
  export function load(text: string, options?: { filename?: string }): unknown;
}
