import type { GraphStore, NodeRecord } from '../domain/index.js';
import { activityFacts, codeOf } from './analytics-facts.js';
import { occasionIndex } from './analytics-occasion-index.js';
import { PERIODS, periodOf, periodsCovering, type PeriodKind } from './analytics-periods.js';
import { resolveCountry } from './country-code.js';
import { derived } from './derived.js';
import { summarize } from './presenters.js';
import { timeSlices } from './time-slices.js';
import type { CountryActivity } from './types.js';

type Counted = 'meetings' | 'agreements' | 'mentions';

/**
 * One country over time: meeting occasions of its officials, agreements it is party to, and the
 * documents that mention it (its docIds and MENTIONS edges), per period. `code` is anything
 * GET /api/countries/{code} takes.
 */
export async function countryActivity(store: GraphStore, code: string, by: PeriodKind): Promise<CountryActivity> {
  return activityKept(store, await resolveCountry(store, code), by);
}

/**
 * Kept per country on the embedded store, as its lists are: every occasion's countries and the
 * country's every mentioning release cost 4.6 ms a request on the 100× graph (Korea's: 3,900).
 */
function activityKept(store: GraphStore, country: NodeRecord, by: PeriodKind, dated?: Promise<readonly Dated[]>): Promise<CountryActivity> {
  return derived(store, `country-activity:${country.id}:${by}`, async () => activityOf(country, by, await (dated ?? datedOf(store, country))));
}

/**
 * Builds every country's activity by every period on the embedded store, a country at a time,
 * so that no user's first question of a country pays for it (Korea at 1000×: every one of its
 * tens of thousands of mentioning releases read). Nothing to do on Neo4j, which is asked afresh.
 */
export async function warmCountryActivity(store: GraphStore, pause: () => Promise<void> | undefined = timeSlices()): Promise<void> {
  if (store.backend !== 'embedded') return;
  for (const country of await store.listNodes(['Country'])) {
    await pause();
    // What is counted is the same whatever the period: read once, bucketed per period, then let go
    // (kept, Korea's every mentioning release held 25 MB at 1000×).
    const dated = datedOf(store, country);
    for (const by of PERIODS) await activityKept(store, country, by, dated);
  }
}

function activityOf(country: NodeRecord, by: PeriodKind, dated: readonly Dated[]): CountryActivity {
  const periods = periodsCovering(dated.map(([, date]) => date), by);
  const cells = new Map(periods.map((period) => [period, { period, meetings: 0, agreements: 0, mentions: 0 }]));
  const totals = { meetings: 0, agreements: 0, mentions: 0, undated: 0 };
  for (const [what, date] of dated) {
    totals[what] += 1;
    if (date) cells.get(periodOf(date, by))![what] += 1;
    else totals.undated += 1;
  }
  return { country: summarize(country), by, periods, series: [...cells.values()], totals };
}

/** One thing counted and its day. */
type Dated = readonly [Counted, string | null];

/** Every meeting occasion, agreement and mentioning release of the country, with its day. */
async function datedOf(store: GraphStore, country: NodeRecord): Promise<readonly Dated[]> {
  const iso = codeOf(country);
  const facts = await activityFacts(store);
  const mentions = await store.edgesOf(country.id, { types: ['MENTIONS'], direction: 'in' });
  const documents = (await store.getNodes([...new Set([...(country.attributes.docIds ?? []), ...mentions.map((edge) => edge.source)])])).filter(
    (node) => node.attributes.label === 'Document',
  );
  return [
    ...(occasionIndex(facts).byCountry.get(iso) ?? []).map((o): [Counted, string | null] => ['meetings', o.date]),
    ...facts.agreements.filter((agreement) => agreement.parties.includes(iso)).map((a): [Counted, string | null] => ['agreements', a.date]),
    ...documents.map((doc): [Counted, string | null] => ['mentions', doc.attributes.date ?? null]),
  ];
}
