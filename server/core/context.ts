import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ExecutionResult } from 'graphql';
import type { PubSub } from './pubsub.js';
import type { AppConfig } from './config.js';
import type { ViewerAccess } from './access.js';
import type { Logger } from './logger.js';
import { DomainError, ErrorCode } from './errors.js';

/** Who is calling: a signed-in user, or an agency's integration through an API token. */
export interface Viewer {
  /** The user; null for an API token. */
  userId: string | null;
  /** The user's person; null for an API token. */
  personId: string | null;
  /** The sign-in session (refresh-token family); null for an API token. */
  sessionId: string | null;
  /** The API token; null for a user. */
  apiTokenId: string | null;
  /** The API token's organization (for logs); absent for a user. */
  organizationId?: string | null;
  isSystemAdmin: boolean;
  /**
   * The viewer's access as read with the viewer itself (same statement), when it was:
   * a context starts with it instead of loading it again (until an ACCESS_CHANGED event).
   */
  access?: ViewerAccess;
}

/**
 * Everything one request (or one subscription operation) works with. Built
 * fresh per request: its EntityManager is a fork and its loaders start empty,
 * so nothing is cached across requests.
 */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  /** The request's logger (its lines carry `reqId`). */
  log: Logger;
  /** The client's IP address (`X-Forwarded-For` read only as far as `TRUST_PROXY` trusts); null when unknown. */
  clientAddress: string | null;
  config: AppConfig;
  pubsub: PubSub;
  /** The viewer's roles, computed on first use and kept for the request. */
  access: () => Promise<ViewerAccess>;
  /** The root mutation field being run (for the audit log); null for queries. */
  operation: string | null;
  /** Per-request DataLoaders, created on first use; see `loader`. */
  loaders: Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>;
  /**
   * A subscription's direct output (its WebSocket): each result is written as a `next`
   * message at once, without graphql-ws's per-message iteration (`subscribeShared`).
   */
  liveOutput?: (result: ExecutionResult) => void;
}

/** Builds a batch function for one kind of lookup, given the request's context. */
export type LoaderFactory<K, V> = (ctx: Context) => DataLoader.BatchLoadFn<K, V>;

/**
 * A request's DataLoader that also keeps, as plain values, what it answered
 * or was primed with (see `loadNow`); clearing a key clears both.
 */
class RequestLoader<K, V> extends DataLoader<K, V> {
  private constructor(
    batch: DataLoader.BatchLoadFn<K, V>,
    readonly settled: Map<K, V>,
    options?: DataLoader.Options<K, V>,
  ) {
    super(batch, options);
  }

  /** A loader over `batch` whose answers (errors aside) are kept in `settled`. */
  static over<K, V>(
    batch: DataLoader.BatchLoadFn<K, V>,
    options?: DataLoader.Options<K, V>,
  ): RequestLoader<K, V> {
    const settled = new Map<K, V>();
    const keeping: DataLoader.BatchLoadFn<K, V> = async (keys) => {
      const values = await batch(keys);
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (!(value instanceof Error)) settled.set(keys[i], value);
      }
      return values;
    };
    return new RequestLoader(keeping, settled, options);
  }

  override clear(key: K): this {
    this.settled.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.settled.clear();
    return super.clearAll();
  }
}

/**
 * The request's DataLoader for `factory`, created on first use. Modules
 * declare their factories in `x.loaders.ts`; no central loader class. What
 * it answers is also kept as plain values, for `loadNow`.
 */
export function loader<K, V>(ctx: Context, factory: LoaderFactory<K, V>, options?: DataLoader.Options<K, V>) {
  let existing = ctx.loaders.get(factory as LoaderFactory<unknown, unknown>) as
    | RequestLoader<K, V>
    | undefined;
  if (!existing) {
    existing = RequestLoader.over(factory(ctx), options);
    ctx.loaders.set(factory as LoaderFactory<unknown, unknown>, existing as DataLoader<unknown, unknown>);
  }
  return existing;
}

/**
 * `loader(ctx, factory).load(key)`, but the value itself when the loader
 * already has it (answered earlier in the request, or primed): a field
 * resolver that returns a value completes synchronously, where a promise per
 * object costs graphql-js a promise of its own for every object above it.
 */
export function loadNow<K, V>(ctx: Context, factory: LoaderFactory<K, V>, key: K): V | Promise<V> {
  const byKey = loader(ctx, factory);
  return byKey.settled.has(key) ? (byKey.settled.get(key) as V) : byKey.load(key);
}

/**
 * `loadNow(ctx, factory, key)`, unless the loader already holds a value for
 * `preferred` (a key whose value serves `key` too): then that value.
 */
export function loadNowPreferring<K, V>(
  ctx: Context,
  factory: LoaderFactory<K, V>,
  preferred: K,
  key: K,
): V | Promise<V> {
  const byKey = loader(ctx, factory);
  const settled = byKey.settled.get(preferred);
  if (settled !== undefined) return settled;
  return byKey.settled.has(key) ? (byKey.settled.get(key) as V) : byKey.load(key);
}

/** The value the request's `factory` loader holds for `key`; undefined when it holds none yet (nothing is loaded). */
export function loadedValue<K, V>(ctx: Context, factory: LoaderFactory<K, V>, key: K): V | undefined {
  const existing = ctx.loaders.get(factory as LoaderFactory<unknown, unknown>) as
    | RequestLoader<K, V>
    | undefined;
  return existing?.settled.get(key);
}

/** Gives the request's `factory` loader `value` for `key`, unless it already has one. */
export function primeLoader<K, V>(ctx: Context, factory: LoaderFactory<K, V>, key: K, value: V): void {
  const byKey = loader(ctx, factory);
  if (!byKey.settled.has(key)) byKey.settled.set(key, value);
  byKey.prime(key, value);
}

/** The signed-in viewer; commands run only behind the authorization rule, so it is set. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error('requireViewer called without a viewer (missing authorization rule)');
  return ctx.viewer;
}

/** A signed-in person (not an API token), as needed by personal operations. */
export interface SignedInUser {
  userId: string;
  personId: string;
  sessionId: string;
  isSystemAdmin: boolean;
}

/** The signed-in user; API tokens get FORBIDDEN (they act for an organization, not a person). */
export function requireUser(ctx: Context): SignedInUser {
  const viewer = requireViewer(ctx);
  if (!viewer.userId || !viewer.personId || !viewer.sessionId) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'this operation needs a signed-in user, not an API token');
  }
  return {
    userId: viewer.userId,
    personId: viewer.personId,
    sessionId: viewer.sessionId,
    isSystemAdmin: viewer.isSystemAdmin,
  };
}
