import { COUNTRY_FORMS } from '../lexicons/countries.js';

/** Country names, upper-cased, long enough not to sit inside another word by chance (`Peru` in `Superu…` aside), by code. */
const NAMES_INSIDE: readonly (readonly [string, string])[] = [...COUNTRY_FORMS]
  .filter(([form, e]) => e.code !== null && e.form === 'name' && /^\p{Lu}\p{Ll}{3,}$/u.test(form))
  .map(([form, e]) => [form.toUpperCase(), e.code!] as const);

/** A one-word name coined with capitals inside it: `VelmarENERGY`, `PetroOSTLAND`, `H2Velmar`. */
const COINED_WORD = /^\p{Lu}[\p{L}\d]*(?:\p{Ll}[\p{Lu}\d]|\d\p{Lu})[\p{L}\d]*$/u;

/**
 * The country a one-word coined name is built on (`QatarVelm` → QA, `PetroleumCHILE` → CL): a
 * national company brands itself with its country's name. Null for any other name, and for a
 * name that is the country's name alone.
 */
export function coinedCountry(name: string): string | null {
  if (!COINED_WORD.test(name)) return null;
  const upper = name.toUpperCase();
  for (const [country, code] of NAMES_INSIDE) if (upper !== country && upper.includes(country)) return code;
  return null;
}
