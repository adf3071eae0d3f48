import {
  EntityManager,
  type AnyEntity,
  type Connection,
  type CountOptions,
  type Dictionary,
  type EmExecuteOptions,
  type EntityData,
  type FindOptions,
  type LoggingOptions,
  type MikroORM,
  type NativeQueryBuilder,
  type Options,
  type QueryResult,
  type RawQueryFragment,
} from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import { readPrepared } from './prepared.js';

type SqlQuery = string | NativeQueryBuilder | RawQueryFragment;

/**
 * The project's EntityManager: MikroORM's, plus a switch that sends the reads
 * of one request to the read replicas (`forReplicaReads`). Everything else —
 * every EntityManager that did not ask, every transaction, every write — uses
 * the primary. See docs/decisions/011-read-replicas.md.
 */
export class RoutingEntityManager extends EntityManager {
  #replicaReads = false;

  /** A fork whose reads outside transactions (raw SQL, `find`, `count`, loaders) go to a read replica. */
  forReplicaReads(): RoutingEntityManager {
    const fork = this.fork();
    fork.#replicaReads = true;
    return fork;
  }

  /** Forks keep the routing of their parent: a read-only request stays read-only. */
  override fork(...args: Parameters<EntityManager['fork']>): this {
    const fork = super.fork(...args) as this;
    fork.#replicaReads = this.#replicaReads;
    return fork;
  }

  /** Raw SQL: MikroORM defaults to the primary; a replica-read fork asks for a replica unless told otherwise. */
  override execute<
    T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[],
  >(
    query: SqlQuery,
    params?: unknown[] | Dictionary,
    method?: 'all' | 'get' | 'run',
    loggerContext?: LoggingOptions,
  ): Promise<T>;
  override execute<
    T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[],
  >(query: SqlQuery, params: unknown[] | Dictionary, options: EmExecuteOptions): Promise<T>;
  override execute<
    T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[],
  >(
    query: SqlQuery,
    params: unknown[] | Dictionary = [],
    methodOrOptions: 'all' | 'get' | 'run' | EmExecuteOptions = 'all',
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    const options: EmExecuteOptions =
      typeof methodOrOptions === 'object'
        ? { ...methodOrOptions }
        : { method: methodOrOptions, loggerContext };
    if (this.#replicaReads) options.connectionType ??= 'read';
    return this.#readPrepared<T>(query, params, options) ?? super.execute<T>(query, params, options);
  }

  /**
   * Reads outside a transaction go as prepared statements (decision 027), when they can:
   * undefined sends the statement MikroORM's way (writes, transactions, abortable reads).
   */
  #readPrepared<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[]>(
    query: SqlQuery,
    params: unknown[] | Dictionary,
    options: EmExecuteOptions,
  ): Promise<T> | undefined {
    const method = options.method ?? 'all';
    if (!this.preparesReads) return undefined;
    if (typeof query !== 'string' || !Array.isArray(params) || method === 'run') return undefined;
    if (options.signal || this.getTransactionContext()) return undefined;
    const connection = this.getConnection(options.connectionType ?? 'write');
    return readPrepared(connection, query, params).then(
      async (rows) => {
        if (!rows) return super.execute<T>(query, params, options);
        return (method === 'get' ? rows[0] : rows) as T;
      },
      (error: Error) => {
        // The same exception classes as MikroORM's own statements (a unique violation is CONFLICT).
        throw this.getDriver().convertException(error);
      },
    );
  }

  /** Whether reads outside a transaction go as prepared statements (`DATABASE_PREPARED_STATEMENTS`). */
  protected get preparesReads(): boolean {
    return true;
  }

  /** Finds and counts: the connection type MikroORM hands to the driver (a transaction still wins). */
  protected override prepareOptions<O extends FindOptions<any, any, any, any> | CountOptions<any, any>>(
    options: O,
  ): O {
    const prepared = super.prepareOptions(options);
    if (this.#replicaReads) prepared.connectionType ??= 'read';
    return prepared;
  }
}

/** The routing EntityManager with every statement sent MikroORM's way (`DATABASE_PREPARED_STATEMENTS=false`). */
class InterpolatingEntityManager extends RoutingEntityManager {
  protected override get preparesReads(): boolean {
    return false;
  }
}

/**
 * MikroORM options for the read replicas at `urls` (none: no replicas). The
 * routing EntityManager is always used, and MikroORM's default of sending
 * every `find` outside a transaction to a replica is turned off: only
 * read-only GraphQL requests read from replicas. `preparedStatements: false`
 * keeps every statement MikroORM's (a connection pooler that cannot keep
 * named statements between transactions; decision 027).
 */
export function replicaOptions(
  urls: readonly string[],
  { preparedStatements = true }: { preparedStatements?: boolean } = {},
): Partial<Options> {
  return {
    entityManager: preparedStatements ? RoutingEntityManager : InterpolatingEntityManager,
    preferReadReplicas: false,
    replicas: urls.map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
  };
}

/** The read replica connections of `orm` (MikroORM keeps them on the driver). */
export function replicaConnections(orm: MikroORM): Connection[] {
  return (orm.em.getDriver() as unknown as { replicas: Connection[] }).replicas;
}

/** Deletes a fence only if it still holds the position read (a newer write keeps its own). */
const DELETE_IF_UNCHANGED =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/**
 * Remembers, per session (or API token), the primary's WAL position after its
 * last write, until every replica has replayed past it: until then that
 * session reads from the primary, so it always sees its own writes. With
 * Redis the positions are shared by every instance (the next request may
 * reach another one); they are also kept in this process, which answers
 * alone while Redis is unreachable.
 */
export class WriteFence {
  readonly #local = new Map<string, { lsn: string; at: number }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly shared: { redis: Redis; prefix: string } | null = null,
    /** After this long a fence is dropped even if a replica never caught up (a broken replica must not leak memory). */
    private readonly maxAgeMs = 10 * 60_000,
  ) {}

  #sharedKey(key: string): string {
    return `${this.shared?.prefix ?? ''}phoihop:write-fence:${key}`;
  }

  /** Records that `key` just committed a write: its reads go to the primary until the replicas replay it. */
  async recordWrite(key: string): Promise<void> {
    const [row] = await this.orm.em
      .fork()
      .execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
    this.#local.delete(key); // re-inserted last: the map stays in write order for pruning
    this.#local.set(key, { lsn: row.lsn, at: Date.now() });
    this.#prune();
    await this.shared?.redis.set(this.#sharedKey(key), row.lsn, 'PX', this.maxAgeMs).catch(() => {});
  }

  /** Whether `key` may read from a replica now: it wrote nothing pending, or every replica has replayed its last write. */
  async replicasCaughtUp(key: string): Promise<boolean> {
    let lsn = this.#local.get(key)?.lsn ?? null;
    if (this.shared) {
      try {
        lsn = (await this.shared.redis.get(this.#sharedKey(key))) ?? lsn;
      } catch {
        return false;
      }
    }
    if (!lsn) return true;
    try {
      const positions = await Promise.all(
        replicaConnections(this.orm).map((connection) =>
          connection.execute<{ caught_up: boolean | null }[]>(
            'select pg_last_wal_replay_lsn() >= ?::pg_lsn as caught_up',
            [lsn],
          ),
        ),
      );
      if (!positions.every((rows) => rows[0]?.caught_up === true)) return false;
    } catch {
      return false;
    }
    if (this.#local.get(key)?.lsn === lsn) this.#local.delete(key);
    await this.shared?.redis.eval(DELETE_IF_UNCHANGED, 1, this.#sharedKey(key), lsn).catch(() => {});
    return true;
  }

  #prune(): void {
    const oldest = Date.now() - this.maxAgeMs;
    for (const [key, fence] of this.#local) {
      if (fence.at >= oldest) break;
      this.#local.delete(key);
    }
  }
}
