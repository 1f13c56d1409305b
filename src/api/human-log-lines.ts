import type { DestinationStream } from 'pino';

const LEVELS: Readonly<Record<number, string>> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const OWN_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'err', 'method', 'url', 'status', 'ms']);

/**
 * A pino destination that writes what a person reads on a terminal instead of JSON:
 * `14:03:07 DEBUG GET /api/search?q=kim 200 1.4 ms` and `14:03:09 ERROR request failed GET /api/… `
 * followed by the stack. Anything it cannot parse is written as it came.
 */
export function humanLogLines(out: { write(text: string): unknown }): DestinationStream {
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        out.write(line);
        return;
      }
      const time = new Date(typeof entry.time === 'number' ? entry.time : Date.now()).toISOString().slice(11, 19);
      const level = (LEVELS[entry.level as number] ?? String(entry.level)).padEnd(5);
      const request = entry.method ? `${String(entry.method)} ${String(entry.url)}` : '';
      const outcome = entry.status !== undefined ? ` ${String(entry.status)}${entry.ms !== undefined ? ` ${String(entry.ms)} ms` : ''}` : '';
      const message = entry.msg === 'request' ? `${request}${outcome}` : [entry.msg, request].filter(Boolean).join(' ') + outcome;
      const extra = Object.entries(entry)
        .filter(([key]) => !OWN_FIELDS.has(key))
        .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join(' ');
      const stack = (entry.err as { stack?: string } | undefined)?.stack;
      out.write(`${time} ${level} ${message}${extra ? ` ${extra}` : ''}\n${stack ? `${stack}\n` : ''}`);
    },
  };
}
