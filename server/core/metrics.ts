import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (prom-client), named after Prometheus conventions
 * (`phoihop_` prefix, base units, `_total` counters). Instruments live here, in the platform,
 * so every layer can count without importing the app; `app/metrics.ts` serves them.
 */
export const registry = new Registry();

collectDefaultMetrics({ register: registry, prefix: 'phoihop_' });

/** Latency buckets (seconds) for requests and statements: 1 ms to 30 s. */
const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Most distinct operation names kept as labels; further names count as `other` (clients choose names). */
const MAX_OPERATION_NAMES = 500;
const operationNames = new Set<string>();

/**
 * The label for a client-chosen operation name: `anonymous`, the name when it looks like
 * a GraphQL name and fewer than 500 names were seen, else `other` — a label per arbitrary
 * string would let any client grow the metrics without bound.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,79}$/.test(name)) return 'other';
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return 'other';
  operationNames.add(name);
  return name;
}

/** The three numbers of a connection pool at one moment. */
export interface PoolCounts {
  used: number;
  idle: number;
  waiting: number;
}

const watched = new Set<{ name: string; counts: () => PoolCounts }>();

/**
 * Reports a connection pool under `name` (e.g. `primary`) until the returned function is called.
 * Read when `/metrics` is scraped, never polled; pools of the same name add up.
 */
export function watchPool(name: string, counts: () => PoolCounts): () => void {
  const entry = { name, counts };
  watched.add(entry);
  return () => watched.delete(entry);
}

/** The current counts of every watched pool, by name. */
function pools(): Map<string, PoolCounts> {
  const byName = new Map<string, PoolCounts>();
  for (const { name, counts } of watched) {
    const now = counts();
    const sum = byName.get(name) ?? { used: 0, idle: 0, waiting: 0 };
    byName.set(name, {
      used: sum.used + now.used,
      idle: sum.idle + now.idle,
      waiting: sum.waiting + now.waiting,
    });
  }
  return byName;
}

/** Every instrument, by what it measures. */
export const metrics = {
  /** GraphQL over HTTP: seconds from request to response, by operation name and type. */
  requestDuration: new Histogram({
    name: 'phoihop_graphql_request_duration_seconds',
    help: 'GraphQL HTTP request duration by operation',
    labelNames: ['operation_name', 'operation_type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  }),
  /** GraphQL errors returned to clients, by `extensions.code`. */
  graphqlErrors: new Counter({
    name: 'phoihop_graphql_errors_total',
    help: 'GraphQL errors returned, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  }),
  /** SQL statement durations (seconds), as MikroORM measures them. */
  statementDuration: new Histogram({
    name: 'phoihop_db_statement_duration_seconds',
    help: 'SQL statement duration',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  }),
  /** Statements at or above `SLOW_QUERY_MS` (each also logged). */
  slowStatements: new Counter({
    name: 'phoihop_db_slow_statements_total',
    help: 'SQL statements slower than SLOW_QUERY_MS',
    registers: [registry],
  }),
  /** Open graphql-ws connections. */
  websocketConnections: new Gauge({
    name: 'phoihop_websocket_connections',
    help: 'Open WebSocket (graphql-ws) connections',
    registers: [registry],
  }),
  /** Running GraphQL subscriptions. */
  activeSubscriptions: new Gauge({
    name: 'phoihop_subscriptions_active',
    help: 'Active GraphQL subscriptions',
    registers: [registry],
  }),
  /** Events published after commit, by topic. */
  eventsPublished: new Counter({
    name: 'phoihop_events_published_total',
    help: 'Domain events published after commit, by topic',
    labelNames: ['topic'] as const,
    registers: [registry],
  }),
  /** Queries and mutations executed over HTTP, by executor: `compiled` (graphql-jit) or `interpreted` (graphql-js). */
  graphqlExecutions: new Counter({
    name: 'phoihop_graphql_executions_total',
    help: 'GraphQL operations executed over HTTP, by executor (compiled: graphql-jit, interpreted: graphql-js)',
    labelNames: ['executor'] as const,
    registers: [registry],
  }),
  /** Subscription results sent to clients (one per `next` message). */
  deliveries: new Counter({
    name: 'phoihop_subscription_deliveries_total',
    help: 'Subscription results sent to clients',
    registers: [registry],
  }),
  /** Seconds from an event's publication (right after its commit) to its delivery to a subscriber. */
  deliveryLag: new Histogram({
    name: 'phoihop_subscription_delivery_lag_seconds',
    help: 'Seconds from commit (publication) to delivery, per subscriber',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  }),
  /** Reminder notifications written by the scheduler. */
  remindersSent: new Counter({
    name: 'phoihop_reminders_sent_total',
    help: 'Reminder notifications written',
    registers: [registry],
  }),
  /** Sign-in attempts refused (wrong email or password, disabled user). */
  signInFailures: new Counter({
    name: 'phoihop_sign_in_failures_total',
    help: 'Failed sign-in attempts',
    registers: [registry],
  }),
  /** Pooled database connections by pool and state (used, idle), read at scrape time. */
  poolConnections: new Gauge({
    name: 'phoihop_db_pool_connections',
    help: 'Database pool connections by state (used, idle)',
    labelNames: ['pool', 'state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [pool, { used, idle }] of pools()) {
        this.set({ pool, state: 'used' }, used);
        this.set({ pool, state: 'idle' }, idle);
      }
    },
  }),
  /** Requests waiting for a pooled connection, by pool, read at scrape time. */
  poolWaiting: new Gauge({
    name: 'phoihop_db_pool_waiting_requests',
    help: 'Requests waiting for a pooled database connection',
    labelNames: ['pool'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [pool, { waiting }] of pools()) this.set({ pool }, waiting);
    },
  }),
};

/** Observes the delivery lag of an event stamped by the event bus (`publishedAt`, ms since the epoch). */
export function observeDeliveryLag(payload: unknown): void {
  const publishedAt = (payload as { publishedAt?: unknown } | null)?.publishedAt;
  if (typeof publishedAt === 'number')
    metrics.deliveryLag.observe(Math.max(0, Date.now() - publishedAt) / 1000);
}
