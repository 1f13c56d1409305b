import { corruptSnapshot } from './snapshot-problems.js';

/** One line's JSON value, or SNAPSHOT_CORRUPT naming the file and line. */
export function parseLine(path: string, line: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const problem = text.trim() === '' ? 'the line is empty' : `the line is not JSON (${(error as Error).message})`;
    throw corruptSnapshot(path, line, problem, error);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-negative integer. */
export function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Short description of a value for "instead found …" messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
