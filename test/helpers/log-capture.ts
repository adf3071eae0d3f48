import { EventEmitter } from 'node:events';

/** One parsed log line. */
export type Line = Record<string, unknown> & { msg?: string; reqId?: string };

/** A pino destination that keeps every line (parsed and raw) and announces it; `waitFor` awaits a line. */
export function captureLines() {
  const lines: Line[] = [];
  const raw: string[] = [];
  const emitter = new EventEmitter();
  const destination = {
    write(chunk: string) {
      raw.push(chunk);
      const line = JSON.parse(chunk) as Line;
      lines.push(line);
      emitter.emit('line', line);
    },
  };
  /** The first line (already written or to come) that `match` accepts; fails after 20 s. */
  const waitFor = async (match: (line: Line) => boolean): Promise<Line> => {
    const found = lines.find(match);
    if (found) return found;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such log line within 20 s')), 20_000);
      const listener = (line: Line) => {
        if (!match(line)) return;
        clearTimeout(timer);
        emitter.off('line', listener);
        resolve(line);
      };
      emitter.on('line', listener);
    });
  };
  return { lines, raw, destination, waitFor };
}
