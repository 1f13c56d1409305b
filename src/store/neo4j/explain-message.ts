/** What runUserCypher puts before a user's query to have Neo4j plan it without running it. */
export const EXPLAIN_PREFIX = 'EXPLAIN ';

/**
 * Neo4j's error about `EXPLAIN <query>` as if it were about the user's query: positions shifted
 * back by the prefix, and the quoted query line and its caret without it.
 * `Invalid input 'x' (line 1, column 17 (offset: 16))\n"EXPLAIN RETURN 1 x"\n                 ^`
 * becomes `Invalid input 'x' (line 1, column 9 (offset: 8))\n"RETURN 1 x"\n         ^`.
 */
export function withoutExplainPrefix(message: string): string {
  const shift = EXPLAIN_PREFIX.length;
  const lines = message.split('\n');
  const quoted = lines.findIndex((line) => line.startsWith(`"${EXPLAIN_PREFIX}`));
  return lines
    .map((line, i) => {
      if (i === quoted) return `"${line.slice(1 + shift)}`;
      if (i === quoted + 1 && quoted >= 0 && /^ *\^$/.test(line)) return line.slice(Math.min(shift, line.length - 1));
      return line.replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g, (_m, l: string, c: string, o: string) => {
        const column = l === '1' ? Math.max(1, Number(c) - shift) : Number(c);
        return `(line ${l}, column ${column} (offset: ${Math.max(0, Number(o) - shift)}))`;
      });
    })
    .join('\n');
}
