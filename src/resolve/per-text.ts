/**
 * `answer` remembered per text for one pass: a body or a person is written a handful of ways
 * across thousands of releases (MOTIR in nearly every one), and folding a name (Unicode
 * normalisation and two expressions) or testing it for an acronym cost more per mention than the
 * rest of a pass.
 */
export function perText<T extends string | boolean | null>(answer: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let found = answers.get(text);
    if (found === undefined) answers.set(text, (found = answer(text)));
    return found;
  };
}
