import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, DEFAULT_INPUT_LIMITS, DEFAULT_STAGE_OPTIONS, type InputLimits, type StageOptions } from '../domain/index.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
const share = z.number().min(0).max(1);
const count = z.int().min(1);

const ministryName = z
  .strictObject({
    name: z.string().min(1),
    acronym: z.string().min(1).nullable().default(null),
    from: isoDate.nullable().default(null),
    until: isoDate.nullable().default(null),
  })
  .refine((n) => n.from === null || n.until === null || n.from < n.until, { message: 'expected "from" before "until"', path: ['until'] });

const homeCountry = z
  .strictObject({
    code: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code such as "JP"'),
    ministry: z.array(ministryName).default([]),
  })
  .superRefine((home, ctx) => {
    // Names in date order may not overlap: a date must mean one name.
    const dated = home.ministry.map((n, index) => ({ ...n, index })).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    for (let i = 1; i < dated.length; i += 1) {
      const before = dated[i - 1]!;
      const after = dated[i]!;
      if (before.until === null || after.from === null || after.from < before.until) {
        ctx.addIssue({ code: 'custom', message: `expected "${after.name}" to start when or after "${before.name}" ends`, path: ['ministry', after.index, 'from'] });
      }
    }
  })
  .nullable();

/** The shape of a config file: every field optional, unknown fields refused (a typo must not pass silently). */
export const CONFIG_FILE_SCHEMA = z.strictObject({
  homeCountry: homeCountry.optional(),
  dedupe: z.strictObject({ sameTitle: share.optional(), nearDuplicate: share.optional(), minShingles: count.optional() }).optional(),
  resolve: z
    .strictObject({ titleWindowDays: count.optional(), agreementNameOverlap: share.optional(), eventNameOverlap: share.optional() })
    .optional(),
  limits: z.strictObject({ maxTokenChars: count.optional(), maxSentenceChars: count.optional(), maxRecordChars: count.optional() }).optional(),
});

/** What a config file sets, merged over the defaults. */
export interface FileSettings {
  readonly stages: StageOptions;
  readonly limits: InputLimits;
}

/**
 * Reads and validates a JSON config file (`--config FILE` or TRADEGRAPH_CONFIG) and merges it over
 * the defaults, field by field. Errors are ConfigErrors naming the file and the field:
 * CONFIG_FILE_UNREADABLE, CONFIG_FILE_JSON, CONFIG_FILE_INVALID.
 *
 * @example `{ "homeCountry": { "code": "JP", "ministry": [{ "name": "Ministry of Economy, Trade and Industry", "acronym": "METI", "from": "2001-01-06" }] } }`
 */
export function readConfigFile(path: string, defaults: FileSettings = { stages: DEFAULT_STAGE_OPTIONS, limits: DEFAULT_INPUT_LIMITS }): FileSettings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError('CONFIG_FILE_UNREADABLE', `The config file ${path} cannot be read (${reason}).`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError('CONFIG_FILE_JSON', `The config file ${path} is not JSON: ${(error as Error).message}.`, { cause: error });
  }
  const parsed = CONFIG_FILE_SCHEMA.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${fieldOf(issue)}: ${issue.message}`);
    throw new ConfigError('CONFIG_FILE_INVALID', `The config file ${path} is not valid: ${problems.join('; ')}.`);
  }
  const file = parsed.data;
  return {
    stages: Object.freeze({
      homeCountry: file.homeCountry === undefined ? defaults.stages.homeCountry : file.homeCountry,
      dedupe: Object.freeze({ ...defaults.stages.dedupe, ...file.dedupe }),
      resolve: Object.freeze({ ...defaults.stages.resolve, ...file.resolve }),
    }),
    limits: Object.freeze({ ...defaults.limits, ...file.limits }),
  };
}

/** `resolve.titleWindowDays`, `homeCountry.ministry[0].from`; an unknown key is named itself. */
function fieldOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => (path ? `${path}.${key}` : key)).join(', ');
  return path || '(the whole file)';
}
