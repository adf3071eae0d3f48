import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { verifyAccessToken } from '../core/auth/tokens.js';
import type { AppConfig } from '../core/config.js';
import type { Context, Viewer } from '../core/context.js';
import type { PubSub } from '../core/pubsub.js';
import { findViewer } from '../modules/users/viewer.repository.js';
import { loadViewerAccess } from '../modules/access/access.repository.js';
import { API_TOKEN_PREFIX, findApiTokenViewer } from '../modules/access/api-token.repository.js';
import type { ViewerAccess } from '../core/access.js';
import { internAccess } from '../core/access-fingerprint.js';
import { silentLogger, type Logger } from '../core/logger.js';
import { isDatabaseUnavailable } from '../core/db/failures.js';
import { serviceUnavailable } from './unavailable.js';

/** What every request context is built from. */
export interface ContextDeps {
  orm: MikroORM;
  config: AppConfig;
  pubsub: PubSub;
  /** The process's root logger; silent when not given (tools, unit tests). */
  logger?: Logger;
  /**
   * The ORM whose pool live delivery (WebSocket operations) reads through; when absent the
   * server makes one from `orm` with `config.databaseLivePoolMax` connections (`connectSiblingOrm`).
   */
  liveOrm?: MikroORM;
}

/** Per user or API token: how many times its access changed (ACCESS_CHANGED events) in this process's view. */
const accessEpochs = new Map<string, number>();

function accessEpoch(viewer: Viewer | null): number {
  const key = viewer?.userId ?? viewer?.apiTokenId;
  return key ? (accessEpochs.get(key) ?? 0) : 0;
}

/** The epoch at which each access read with its viewer (`Viewer.access`) was loaded. */
const preloadedAt = new WeakMap<ViewerAccess, number>();

/**
 * Listens for ACCESS_CHANGED (from this or, through Redis, another instance):
 * the access of a long-lived context (a subscription) is reloaded on its next
 * use, so a revoked role stops events at once. Returns a stop function.
 */
export function watchAccessChanges(pubsub: PubSub): () => void {
  const events = pubsub.subscribe('ACCESS_CHANGED');
  void (async () => {
    for await (const event of events) {
      for (const id of [...event.userIds, ...(event.apiTokenIds ?? [])])
        accessEpochs.set(id, (accessEpochs.get(id) ?? 0) + 1);
    }
  })();
  return () => void events.return?.();
}

/** Extracts the token of an `Authorization: Bearer …` value (or a bare token). */
export function bearerToken(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : null;
}

/**
 * Resolves the viewer of a bearer token; null for none, invalid, expired or
 * revoked. Runs before the request's context exists (one query, one pooled
 * connection, released before anything else starts). When the database cannot
 * answer, throws SERVICE_UNAVAILABLE (HTTP 503 with `Retry-After`).
 */
export async function viewerFromToken(deps: ContextDeps, token: string | null): Promise<Viewer | null> {
  if (!token) return null;
  try {
    if (token.startsWith(`${API_TOKEN_PREFIX}_`)) return await findApiTokenViewer(deps.orm.em.fork(), token);
    const claims = await verifyAccessToken(deps.config.tokenSecret, token);
    if (!claims) return null;
    // Read before the query: a role change during it makes the access reload on first use.
    const epoch = accessEpochs.get(claims.userId) ?? 0;
    const viewer = await findViewer(deps.orm.em.fork(), claims);
    if (viewer?.access) preloadedAt.set(viewer.access, epoch);
    return viewer;
  } catch (error) {
    throw isDatabaseUnavailable(error) ? serviceUnavailable(error) : error;
  }
}

/** Viewers being loaded for `connection_init`, by token: connections opened together wait for one load. */
const connecting = new Map<string, Promise<Viewer | null>>();

/**
 * The viewer of a WebSocket connection's token (`viewerFromToken`). Connections of one token
 * that open while its viewer is being loaded share that load (a burst of reconnects costs one
 * statement, not one per connection), and its access is shared with the viewer's other
 * connections that have the same roles (`internAccess`): thousands of connections of one
 * viewer keep its reach once.
 */
export function connectionViewer(deps: ContextDeps, token: string): Promise<Viewer | null> {
  let pending = connecting.get(token);
  if (!pending) {
    pending = loadConnectionViewer(deps, token).finally(() => connecting.delete(token));
    connecting.set(token, pending);
  }
  return pending;
}

async function loadConnectionViewer(deps: ContextDeps, token: string): Promise<Viewer | null> {
  const viewer = await viewerFromToken(deps, token);
  const holder = viewer?.userId ?? viewer?.apiTokenId;
  if (!viewer?.access || !holder) return viewer;
  const epoch = preloadedAt.get(viewer.access);
  const access = internAccess(holder, viewer.access);
  if (epoch !== undefined && access !== viewer.access) preloadedAt.set(access, epoch);
  return { ...viewer, access };
}

/**
 * A fresh context: its own EntityManager fork and empty loaders. The viewer's
 * access is the one read with the viewer (`Viewer.access`, same statement) while
 * no ACCESS_CHANGED event came since; otherwise it is loaded on first use through
 * `context.em` itself — never a second fork — so inside `inTransaction` (where
 * `context.em` is the transaction) it runs on the transaction's own connection
 * (docs/decisions/009). Its logger is `log` when the caller has one for the request
 * (HTTP: the request line's, which carries the request id), else a child of the process's.
 */
export function createContext(
  deps: ContextDeps,
  viewer: Viewer | null,
  requestId: string = randomUUID(),
  clientAddress: string | null = null,
  log?: Logger,
): Context {
  const preloaded = viewer?.access && preloadedAt.get(viewer.access);
  let access: { epoch: number; roles: Promise<ViewerAccess> } | undefined =
    viewer?.access && preloaded !== undefined
      ? { epoch: preloaded, roles: Promise.resolve(viewer.access) }
      : undefined;
  const context: Context = {
    em: deps.orm.em.fork(),
    viewer,
    access: () => {
      const epoch = accessEpoch(viewer);
      if (!access || access.epoch !== epoch) {
        const roles = loadViewerAccess(context.em, viewer);
        access = { epoch, roles };
        // A failed load (e.g. the database is unavailable) is not kept: the next use tries again.
        roles.catch(() => {
          if (access?.roles === roles) access = undefined;
        });
      }
      return access.roles;
    },
    operation: null,
    requestId,
    log: log ?? (deps.logger ?? silentLogger).child({ reqId: requestId }),
    clientAddress,
    config: deps.config,
    pubsub: deps.pubsub,
    loaders: new Map(),
  };
  return context;
}
