import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from './phrases.js';
import { createRandom, subSeed, type Random } from './random.js';
import { writeRelease, type Release } from './release-kinds.js';
import { createWorld } from './world.js';

export interface CorpusOptions {
  /** Multiple of the sample: 1 gives 44 records (~100 KB), 1000 gives 44,000 (~100 MB). */
  readonly scale: number;
  readonly seed: number;
  readonly recordsPerFile: number;
  /** First day releases may carry; they spread over `years` from here. */
  readonly startDate: string;
  readonly years: number;
}

export const CORPUS_DEFAULTS: Omit<CorpusOptions, 'scale'> = { seed: 1, recordsPerFile: 44, startDate: '2016-01-01', years: 10 };

/**
 * The sample's make-up per 44 records: 39 distinct articles and 5 repeats (the seeds' dumps overlap,
 * 5 of 44 records are copies). Here 3 are exact copies and 2 near ones: a truncated copy under the
 * same title, and a corrected reissue with a changed title and one changed figure.
 */
export const PER_SAMPLE = { distinct: 39, exact: 3, truncated: 1, corrected: 1 } as const;

export interface CorpusRecord {
  readonly category: string | null;
  readonly title: string;
  readonly body: string;
  /** Release date, ISO. */
  readonly date: string;
  /** 'original', or which kind of repeat this record is. */
  readonly kind: 'original' | 'exact' | 'truncated' | 'corrected';
}

export interface CorpusFile {
  readonly name: string;
  readonly text: string;
}

export interface CorpusStats {
  readonly records: number;
  readonly distinct: number;
  readonly exactDuplicates: number;
  readonly nearDuplicates: number;
  readonly files: number;
  readonly bytes: number;
  readonly words: number;
}

/** Body length in words: the sample's releases run from ~150 to ~500 words, ~340 on average. */
const bodyWords = (random: Random): number => random.int(150, 520);

function original(release: Release, date: string, delay: number): CorpusRecord {
  return { category: release.category, title: release.title, body: release.sentences.join(' ').replace(/\.\.(?=\s|$)/g, '.'), date: addDays(date, delay), kind: 'original' };
}

function truncated(record: CorpusRecord): CorpusRecord {
  const sentences = record.body.split(/(?<=[.”])\s+/);
  return { ...record, body: sentences.slice(0, Math.max(2, Math.ceil(sentences.length * 0.7))).join(' '), kind: 'truncated' };
}

/** A reissue correcting one figure, its title marked: the same article to any reader, but not byte-equal. */
function corrected(record: CorpusRecord): CorpusRecord {
  let changed = false;
  const body = record.body.replace(/\b(\d+)\.(\d)\b/, (_m, whole: string, tenth: string) => {
    changed = true;
    return `${whole}.${(Number(tenth) + 1) % 10}`;
  });
  return { ...record, title: `${record.title} (Corrected)`, body: changed ? body : `${body} (Figures corrected.)`, kind: 'corrected' };
}

/** Every record of the corpus, newest first as ministries publish, repeats placed at random among them. Deterministic in the seed. */
export function generateRecords(options: Partial<CorpusOptions> & { scale: number }): CorpusRecord[] {
  const settings = { ...CORPUS_DEFAULTS, ...options };
  if (!Number.isInteger(settings.scale) || settings.scale < 1) throw new RangeError(`scale: expecting a positive integer, instead found ${settings.scale}`);
  const world = createWorld(createRandom(subSeed(settings.seed, 'world')), settings.scale);
  const random = createRandom(subSeed(settings.seed, 'releases'));
  const span = Math.round(settings.years * 365.25);
  const originals: CorpusRecord[] = [];
  for (let i = 0; i < PER_SAMPLE.distinct * settings.scale; i++) {
    const date = addDays(settings.startDate, random.int(0, span - 3));
    originals.push(original(writeRelease({ random, world, date }, bodyWords(random)), date, random.int(0, 2)));
  }
  const repeats: CorpusRecord[] = [];
  const picks = random.sample(originals, (PER_SAMPLE.exact + PER_SAMPLE.truncated + PER_SAMPLE.corrected) * settings.scale);
  picks.forEach((record, i) => {
    const slot = i % (PER_SAMPLE.exact + PER_SAMPLE.truncated + PER_SAMPLE.corrected);
    repeats.push(slot < PER_SAMPLE.exact ? { ...record, kind: 'exact' } : slot < PER_SAMPLE.exact + PER_SAMPLE.truncated ? truncated(record) : corrected(record));
  });
  const records = originals.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const repeat of repeats) records.splice(random.int(0, records.length), 0, repeat);
  return records;
}

/** One record in the dump layout: `-`, the category line when there is one, the title, then the body ending in `dateYYYY-MM-DD`. */
export function formatRecord(record: CorpusRecord): string {
  return `-\n${record.category ? `${record.category}\n` : ''}${record.title}\n${record.body} date${record.date}\n`;
}

/** The corpus as dump files of `recordsPerFile` records each. */
export function generateCorpus(options: Partial<CorpusOptions> & { scale: number }): { files: CorpusFile[]; stats: CorpusStats } {
  const settings = { ...CORPUS_DEFAULTS, ...options };
  const records = generateRecords(settings);
  const files: CorpusFile[] = [];
  for (let i = 0; i < records.length; i += settings.recordsPerFile) {
    const text = records.slice(i, i + settings.recordsPerFile).map(formatRecord).join('');
    files.push({ name: `${String(files.length).padStart(5, '0')}_bench-s${settings.seed}.txt`, text });
  }
  const count = (kind: CorpusRecord['kind']): number => records.filter((r) => r.kind === kind).length;
  const stats: CorpusStats = {
    records: records.length,
    distinct: count('original'),
    exactDuplicates: count('exact'),
    nearDuplicates: count('truncated') + count('corrected'),
    files: files.length,
    bytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0),
    words: records.reduce((n, r) => n + r.body.split(/\s+/).length, 0),
  };
  return { files, stats };
}

/** Writes the corpus into `dir` (created if missing) and returns its figures. */
export async function writeCorpus(dir: string, options: Partial<CorpusOptions> & { scale: number }): Promise<CorpusStats> {
  const { files, stats } = generateCorpus(options);
  await mkdir(dir, { recursive: true });
  for (const file of files) await writeFile(join(dir, file.name), file.text);
  return stats;
}
