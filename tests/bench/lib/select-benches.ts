/**
 * The bench files the command line names, in the order they must run. A name selects the bench of
 * exactly that name when there is one (`http` is http.bench.ts, not also http-neo4j.bench.ts, which
 * needs a Neo4j server and minutes), and otherwise every bench whose name starts with it.
 */
export function selectBenches(files: readonly string[], wanted: readonly string[], order: readonly string[]): string[] {
  const benches = files.filter((name) => name.endsWith('.bench.ts'));
  const stem = (name: string): string => name.slice(0, -'.bench.ts'.length);
  const chosen = wanted.length === 0 ? benches : benches.filter((name) => wanted.some((w) => selects(w, stem(name), benches.map(stem))));
  const rank = (name: string): number => {
    const i = order.indexOf(stem(name));
    return i === -1 ? order.length : i;
  };
  return chosen.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function selects(wanted: string, stem: string, stems: readonly string[]): boolean {
  return stems.includes(wanted) ? stem === wanted : stem.startsWith(wanted);
}
