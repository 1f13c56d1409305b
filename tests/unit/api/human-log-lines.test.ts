import { describe, expect, it } from 'vitest';
import { humanLogLines } from '../../../src/api/human-log-lines.js';

function written(entry: unknown): string {
  let text = '';
  humanLogLines({ write: (chunk: string) => (text += chunk) }).write(typeof entry === 'string' ? entry : JSON.stringify(entry));
  return text;
}

describe('humanLogLines', () => {
  const time = Date.UTC(2026, 0, 2, 14, 3, 7);

  it.each([
    [{ level: 20, time, msg: 'request', method: 'GET', url: '/api/search?q=kim', status: 200, ms: 1.4 }, '14:03:07 DEBUG GET /api/search?q=kim 200 1.4 ms\n'],
    [{ level: 40, time, msg: 'graph store unavailable', code: 'NEO4J_UNREACHABLE', method: 'GET', url: '/api/stats' }, '14:03:07 WARN  graph store unavailable GET /api/stats code=NEO4J_UNREACHABLE\n'],
    [{ level: 50, time, msg: 'request failed', err: { stack: 'TypeError: boom\n    at x.js:1' } }, '14:03:07 ERROR request failed\nTypeError: boom\n    at x.js:1\n'],
    ['not json\n', 'not json\n'],
  ])('writes %j as a line a person reads', (entry, line) => {
    expect(written(entry)).toBe(line);
  });
});
