import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from '../../server/app/entities.js';
import { startServer, type RunningServer } from '../../server/app/server.js';
import { EventEmitter } from 'node:events';
import { readConfig } from '../../server/core/config.js';
import { connectOrm, connectSiblingOrm } from '../../server/core/db/orm.js';
import { replicaOptions } from '../../server/core/db/replicas.js';
import { createEventBus, type PubSub } from '../../server/core/pubsub.js';
import type { Logger } from '../../server/core/logger.js';
import { ormLogging } from '../../server/core/db/orm-logger.js';
import { cloneTemplate } from './databases.js';

/** A GraphQL response as the tests see it. */
export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** Counts the SQL statements the server sends, to guard against N+1. */
export class SqlCounter {
  count = 0;
  readonly statements: string[] = [];
  record(message: string): void {
    this.count++;
    this.statements.push(message);
  }
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}

/** A real server on a free port with its own database copied from the migrated template. */
export interface TestServer {
  url: string;
  wsUrl: string;
  orm: MikroORM;
  server: RunningServer;
  /** The server's event bus (in-process, or through Redis with `REDIS_URL` in `env`). */
  pubsub: PubSub;
  /** The database URL (to start a second instance on it with `database`). */
  databaseUrl: string;
  /** Statements the server sends through the request pool (queries, mutations), to guard against N+1. */
  sql: SqlCounter;
  /** Statements sent through the live-delivery pool (WebSocket operations). */
  liveSql: SqlCounter;
  /** The ORM whose pool serves WebSocket operations (`DATABASE_LIVE_POOL_MAX`). */
  liveOrm: MikroORM;
  /** Emits `subscribed` (with the operation name) when a graphql-ws subscription is live. */
  events: EventEmitter;
  gql<T = Record<string, unknown>, V = Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
    token?: string | null,
  ): Promise<GqlResult<T>>;
  stop(): Promise<void>;
}

/** How to start a test server: its configuration, its database, where its log lines go. */
export interface TestServerOptions {
  /** The server's configuration (`REDIS_URL`, `DATABASE_POOL_MAX`, …) over the test defaults. */
  env?: Record<string, string>;
  /** An existing database (a second instance on it); absent: a fresh copy of the migrated template. */
  database?: string;
  /** Receives the server's log lines (silent when absent). */
  logger?: Logger;
}

/** `useTestServer`'s options: how to start the server, and the set-up its tests share. */
export interface UseTestServerOptions extends TestServerOptions {
  /** Once the server is up, before the tests: what they share (users, organizations…). */
  setUp?: (ts: TestServer) => Promise<void> | void;
  /** After the tests, before the server stops (clients to dispose…). */
  tearDown?: () => Promise<void> | void;
}

/**
 * The test server of a file or a `describe` block: started before its tests (then `setUp`), stopped after
 * them (`tearDown` first). Returns the server itself, usable from inside the tests and hooks that follow.
 */
export function useTestServer(options: UseTestServerOptions = {}): TestServer {
  const { setUp, tearDown, ...start } = options;
  let current: TestServer | undefined;
  beforeAll(async () => {
    current = await startTestServer(start);
    await setUp?.(current);
  }, 60_000);
  afterAll(async () => {
    await tearDown?.();
    await current?.stop();
  });
  return new Proxy({} as TestServer, {
    get(_, key) {
      if (!current) throw new Error(`the test server is not started yet (read of ${String(key)})`);
      return Reflect.get(current, key);
    },
  });
}

/**
 * Starts a server on its own copy of the migrated template, or with `database` on an existing database
 * (a second instance). A test file's one server is `useTestServer`'s; this is for servers a test starts
 * and stops itself.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const template = inject('templateDatabase');
  const url =
    options.database ??
    (await cloneTemplate(inject('adminUrl'), template, `${template}_${randomUUID().slice(0, 8)}`));
  const sql = new SqlCounter();
  // Queries are compiled on their first run, so the whole suite runs through graphql-jit (decision 026).
  const config = readConfig({ NODE_ENV: 'test', GRAPHQL_JIT_AFTER: '1', ...options.env });
  const orm = await connectOrm(
    url,
    entities,
    {
      debug: ['query'],
      colors: false,
      logger: (message: string) => sql.record(message),
      ...replicaOptions(config.databaseReplicaUrls, {
        preparedStatements: config.databasePreparedStatements,
      }),
      ...(options.logger ? ormLogging(options.logger, config.slowQueryMs) : {}),
    },
    config,
  );
  const events = new EventEmitter();
  const pubsub = createEventBus(config.redisUrl, {
    channelPrefix: config.redisChannelPrefix,
    logger: options.logger,
  });
  const liveSql = new SqlCounter();
  const liveOrm = await connectSiblingOrm(orm, config.databaseLivePoolMax, 'phoihop-live', {
    logger: (message: string) => liveSql.record(message),
  });
  const server = await startServer({ orm, liveOrm, config, pubsub, logger: options.logger }, 0, {
    onSubscribed: (name) => events.emit('subscribed', name),
  });
  const gql: TestServer['gql'] = async (document, variables, token) => {
    const query = typeof document === 'string' ? document : print(document as DocumentNode);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  return {
    url: server.url,
    wsUrl: server.url.replace(/^http/, 'ws'),
    orm,
    server,
    pubsub,
    databaseUrl: url,
    sql,
    liveSql,
    liveOrm,
    events,
    gql,
    stop: async () => {
      await server.stop();
      await pubsub.close();
      await liveOrm.close();
      await orm.close();
    },
  };
}
