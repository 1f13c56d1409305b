/**
 * Browser benchmark: time from page load to a laid-out graph of about 2,000 elements in headless
 * Chromium. The real app serves a generated graph; the viewer opens a country whose neighbourhood
 * is ~700 officials, their REPRESENTS edges and ~600 MET edges among them, and the figure is the
 * `viewer:layoutstop` performance mark (fcose's layoutstop), measured from navigation start.
 */
import { edgeKey, nodeKey, SCHEMA_VERSION } from '../../src/domain/index.js';
import type { EdgeRecord, GraphData, NodeRecord } from '../../src/domain/index.js';
import { chromiumStatus, launchChromium } from '../e2e/support/chromium.js';
import { startViewerServer } from '../e2e/support/viewer-server.js';

const PEOPLE = 700;
const MEETINGS = 600;
const RUNS = 3;
const HUB = nodeKey('Country', 'ZZ');

/** A deterministic star-plus-mesh graph: one country, PEOPLE officials, MEETINGS MET edges. */
export function generatedGraph(): GraphData {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const person = (i: number) => nodeKey('Person', `official-${String(i).padStart(4, '0')}`);
  const date = (i: number) => `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  const evidence = (i: number) => [{ docId: 'doc:bench', date: date(i), sentence: `Official ${i} met a counterpart.`, sentenceStart: 0, start: 0, end: 12 }];
  const nodes: NodeRecord[] = [
    { id: HUB, attributes: { label: 'Country', name: 'Benchland', aliases: [], country: 'ZZ' } },
    { id: 'doc:bench', attributes: { label: 'Document', name: 'Bench release', aliases: [], date: '2025-01-01', text: 'Official 0 met a counterpart.' } },
  ];
  const edges = new Map<string, EdgeRecord>();
  for (let i = 0; i < PEOPLE; i++) {
    nodes.push({ id: person(i), attributes: { label: 'Person', name: `Official ${i}`, aliases: [], country: 'ZZ' } });
    const id = edgeKey('REPRESENTS', person(i), HUB);
    edges.set(id, { id, source: person(i), target: HUB, attributes: { type: 'REPRESENTS', firstDate: date(i), lastDate: date(i), docIds: ['doc:bench'], count: 1, evidence: evidence(i) } });
  }
  while (edges.size < PEOPLE + MEETINGS) {
    const [a, b] = [person(Math.floor(random() * PEOPLE)), person(Math.floor(random() * PEOPLE))].sort();
    if (a === b) continue;
    const id = edgeKey('MET', a!, b!);
    edges.set(id, { id, source: a!, target: b!, attributes: { type: 'MET', firstDate: date(edges.size), lastDate: date(edges.size), docIds: ['doc:bench'], count: 1, evidence: evidence(edges.size) } });
  }
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
  return { schemaVersion: SCHEMA_VERSION, nodes: nodes.sort(byId), edges: [...edges.values()].sort(byId) };
}

export default async function browserBench(): Promise<void> {
  const status = chromiumStatus();
  if (!status.run) {
    console.log(`browser bench skipped: ${status.reason}`);
    return;
  }
  const server = await startViewerServer(generatedGraph());
  const browser = await launchChromium();
  try {
    const timings: number[] = [];
    let elements = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}?entity=${encodeURIComponent(HUB)}&limit=2000`);
      const mark = await page.waitForFunction(
        () => {
          const entry = performance.getEntriesByName('viewer:layoutstop')[0] as PerformanceMark | undefined;
          return entry ? { at: entry.startTime, elements: (entry.detail as { elements: number }).elements } : null;
        },
        null,
        { timeout: 60_000, polling: 50 },
      );
      const { at, elements: drawn } = (await mark.jsonValue())!;
      timings.push(at);
      elements = drawn;
      await page.close();
    }
    timings.sort((a, b) => a - b);
    console.log('browser: elements laid out', elements, 'elements');
    console.log('browser: page load to fcose layoutstop (median of 3)', Math.round(timings[1]!), 'ms');
    console.log('browser: page load to fcose layoutstop (best)', Math.round(timings[0]!), 'ms');
  } finally {
    await browser.close();
    await server.close();
  }
}
