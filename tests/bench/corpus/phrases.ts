import type { Random } from './random.js';
import type { Body, Person } from './world.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const parse = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** "Wednesday, November 19" or "November 19", as releases date their events. */
export function onDay(date: string, random: Random): string {
  const d = parse(date);
  const day = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return random.chance(0.6) ? `${WEEKDAYS[d.getUTCDay()]}, ${day}` : day;
}

export const monthOf = (date: string): string => MONTHS[parse(date).getUTCMonth()]!;
export const yearOf = (date: string): number => parse(date).getUTCFullYear();

/** The ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(parse(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A percentage with one decimal, e.g. "12.7". */
export const percent = (random: Random, max = 40): string => (0.1 + random.next() * max).toFixed(1);
/** A dollar amount in billions, e.g. "5.6". */
export const billions = (random: Random, max = 60): string => (0.2 + random.next() * max).toFixed(1);

/** First mention of a body: "the Korea Energy Agency (KEA)". */
export function bodyFirst(body: Body): string {
  return `the ${body.name}${body.acronym ? ` (${body.acronym})` : ''}`;
}

/** Later mention: its acronym, or its name. */
export function bodyAgain(body: Body): string {
  return body.acronym ?? `the ${body.name}`;
}

/** First mention of a person, in one of the shapes releases use; an apposition is closed by a comma ("Jane Roe, Minister of Energy, met …"). */
export function personFirst(person: Person, random: Random): string {
  switch (random.int(0, 2)) {
    case 0:
      return `${person.name}, ${person.title},`;
    case 1:
      return person.title.length < 40 ? `${person.title} ${person.name}` : `${person.name}, ${person.title},`;
    default:
      return `${person.honorific} ${person.name}`;
  }
}

/** Second mention: "Minister Park", "CEO Lindqvist". */
export const personAgain = (person: Person): string => `${person.honorific} ${person.surname}`;

/** "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
