import type { GraphStore } from '../domain/index.js';
import { activityFacts, codeOf, countriesOf } from './analytics-facts.js';
import { keptUntilLoad } from './derived.js';
import { periodOf, periodsCovering, type PeriodKind } from './analytics-periods.js';
import { summarize } from './presenters.js';
import type { CountriesAnalytics } from './types.js';

interface Tally {
  meetings: number;
  agreements: number;
  undated: number;
  readonly byPeriod: Map<string, { meetings: number; agreements: number }>;
}

/**
 * Meetings and agreements per country per period, every country with either, most active first.
 * A function of the facts alone, which are kept until the next load on either backend: the table is
 * kept with them (counting every occasion anew cost 9 ms a request on the 100× graph).
 */
export function countriesAnalytics(store: GraphStore, by: PeriodKind): Promise<CountriesAnalytics> {
  return keptUntilLoad(store, `analytics-countries:${by}`, () => countedCountries(store, by));
}

async function countedCountries(store: GraphStore, by: PeriodKind): Promise<CountriesAnalytics> {
  const facts = await activityFacts(store);
  const tallies = new Map<string, Tally>();
  const count = (code: string, date: string | null, what: 'meetings' | 'agreements') => {
    let tally = tallies.get(code);
    if (!tally) tallies.set(code, (tally = { meetings: 0, agreements: 0, undated: 0, byPeriod: new Map() }));
    tally[what] += 1;
    if (!date) {
      tally.undated += 1;
      return;
    }
    const period = periodOf(date, by);
    const cell = tally.byPeriod.get(period) ?? { meetings: 0, agreements: 0 };
    cell[what] += 1;
    tally.byPeriod.set(period, cell);
  };
  for (const occasion of facts.occasions) for (const code of countriesOf(facts, occasion)) count(code, occasion.date, 'meetings');
  for (const agreement of facts.agreements) for (const code of agreement.parties) count(code, agreement.date, 'agreements');

  const periods = periodsCovering([...facts.occasions.map((o) => o.date), ...facts.agreements.map((a) => a.date)], by);
  const countries = facts.countries
    .filter((country) => tallies.has(codeOf(country)))
    .map((country) => {
      const tally = tallies.get(codeOf(country))!;
      return {
        country: summarize(country),
        meetings: tally.meetings,
        agreements: tally.agreements,
        undated: tally.undated,
        series: {
          meetings: periods.map((period) => tally.byPeriod.get(period)?.meetings ?? 0),
          agreements: periods.map((period) => tally.byPeriod.get(period)?.agreements ?? 0),
        },
      };
    })
    .sort((a, b) => b.meetings + b.agreements - (a.meetings + a.agreements) || (a.country.id < b.country.id ? -1 : 1));
  return { by, periods, countries };
}
