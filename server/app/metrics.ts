import { timingSafeEqual } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { AppConfig } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { metrics, registry, watchPool } from '../core/metrics.js';

/** Where metrics are served: on the main port (`/metrics`, token), a separate port, or not at all. */
export interface MetricsEndpoint {
  /** The separate metrics port when `METRICS_PORT` is set (the actual one when it was 0). */
  port?: number;
  stop(): Promise<void>;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Answers `GET /metrics` in Prometheus' text format; with a token, only to
 * `Authorization: Bearer <token>` (401 otherwise). Other paths are 404.
 */
export function metricsListener(token: string | undefined): RequestListener {
  return (req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (token && !(given && sameSecret(given, token))) {
      res.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
      return;
    }
    registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  };
}

/**
 * Serves the metrics as configured: with `METRICS_PORT`, on a separate HTTP server
 * (also asking for `METRICS_TOKEN` when set); else with `METRICS_TOKEN`, the returned
 * `route` answers `/metrics` on the main port; with neither, metrics are not served.
 */
export async function serveMetrics(
  config: Pick<AppConfig, 'metricsToken' | 'metricsPort'>,
  logger: Logger,
): Promise<MetricsEndpoint & { route?: RequestListener }> {
  if (config.metricsPort !== undefined) {
    const server = createServer(metricsListener(config.metricsToken));
    await new Promise<void>((resolve) => server.listen(config.metricsPort, resolve));
    const port = (server.address() as AddressInfo).port;
    logger.info({ port }, 'metrics served on a separate port');
    return {
      port,
      stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }
  if (config.metricsToken) return { route: metricsListener(config.metricsToken), stop: async () => {} };
  return { stop: async () => {} };
}

/** Reports the ORM's primary `pg` pool (used, idle, waiting) until the returned function is called. */
export async function watchOrmPool(orm: MikroORM): Promise<() => void> {
  const pool = (await orm.em.getDriver().getConnection().getNativeClient()) as Pool;
  return watchPool('primary', () => ({
    used: pool.totalCount - pool.idleCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  }));
}

const liveSubscriptions = new WeakMap<object, Set<string>>();

/** A graphql-ws operation started: counted as an active subscription when its result is a stream. */
export function subscriptionStarted(connection: object, id: string, result: unknown): void {
  if (!result || typeof result !== 'object' || !(Symbol.asyncIterator in result)) return;
  let ids = liveSubscriptions.get(connection);
  if (!ids) liveSubscriptions.set(connection, (ids = new Set()));
  ids.add(id);
  metrics.activeSubscriptions.inc();
}

/** A graphql-ws operation ended (completed by either side, or its connection closed). */
export function subscriptionEnded(connection: object, id: string): void {
  if (liveSubscriptions.get(connection)?.delete(id)) metrics.activeSubscriptions.dec();
}
