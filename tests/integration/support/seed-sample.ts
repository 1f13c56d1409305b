import type { EdgeRecord, GraphData, NodeRecord } from '../../../src/domain/graph.js';
import type { NodeLabel } from '../../../src/domain/labels.js';

/** Deterministic picks from a graph, so the questions follow the data rather than hard-coded ids. */
export function seedSample(graph: GraphData) {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const nodes = [...graph.nodes].sort(byId);
  const edges = [...graph.edges].sort(byId);
  const related = edges.filter((edge) => edge.attributes.type !== 'MENTIONS');
  const degree = new Map<string, number>();
  for (const edge of related) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);

  return {
    nodes,
    edges,
    of: (label: NodeLabel): NodeRecord[] => nodes.filter((node) => node.attributes.label === label),
    /** The `count` nodes with the most relations (MENTIONS aside), ties by id. */
    hubs: (count: number): NodeRecord[] =>
      [...nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || byId(a, b)).slice(0, count),
    /** Nodes with no relation but MENTIONS: nothing reaches them on a path. */
    isolated: (): NodeRecord[] => nodes.filter((node) => node.attributes.label !== 'Document' && !degree.has(node.id)),
    /** Up to `count` edges, taken from each type in turn so every type is represented. */
    edgeSample(count: number): EdgeRecord[] {
      const queues = new Map<string, EdgeRecord[]>();
      for (const edge of edges) queues.set(edge.attributes.type, [...(queues.get(edge.attributes.type) ?? []), edge]);
      const picked: EdgeRecord[] = [];
      while (picked.length < count && [...queues.values()].some((queue) => queue.length > 0)) {
        for (const queue of queues.values()) if (queue.length > 0 && picked.length < count) picked.push(queue.shift()!);
      }
      return picked;
    },
    /** The median first date of the dated relations: a date filter there cuts some and keeps some. */
    middleDate(): string {
      const dates = related.map((edge) => edge.attributes.firstDate).filter((d): d is string => Boolean(d)).sort();
      if (dates.length === 0) throw new Error('No relation in the graph has a firstDate; the date filters would test nothing.');
      return dates[Math.floor(dates.length / 2)]!;
    },
    /** ISO codes of countries party to an agreement, by attribute or PARTY_TO edge. */
    partyCodes(): string[] {
      const fromAttributes = nodes.flatMap((node) => node.attributes.parties ?? []);
      const fromEdges = edges.filter((e) => e.attributes.type === 'PARTY_TO' && e.source.startsWith('country:')).map((e) => e.source.slice('country:'.length));
      return [...new Set([...fromAttributes, ...fromEdges])].sort();
    },
  };
}

/** A misspelling a user would make: two letters of the name's longest word swapped (`Jnug` for `Jung`). */
export function typo(name: string): string {
  const longest = name.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 5) return `${name}x`;
  const swapped = `${longest[0]}${longest[2]}${longest[1]}${longest.slice(3)}`;
  return name.replace(longest, swapped);
}
