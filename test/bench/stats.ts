/*
 * What every benchmarked server process reports about itself at `GET /` of a port of its own:
 * its CPU time and the SQL statements it has sent, so the driver can take
 * differences around a measurement.
 */
import { createServer } from 'node:http';
import type pg from 'pg';

/** A process's counters. */
export interface ProcessStats {
  cpuMs: number;
  statements: number;
  rssBytes: number;
}

let statements = 0;

/** Counts every statement sent on the pool's connections. */
export function countStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements++;
      return query(...args);
    };
  });
}

/** This process's counters. */
export function processStats(): ProcessStats {
  const cpu = process.cpuUsage();
  return { cpuMs: (cpu.user + cpu.system) / 1000, statements, rssBytes: process.memoryUsage().rss };
}

/** Serves this process's counters at `GET /` of a port of its own; prints `stats <port>` once listening. */
export function startStatsServer(): void {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(processStats()));
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(`stats ${typeof address === 'object' && address ? address.port : 0}`);
  });
}
