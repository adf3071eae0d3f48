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

/** What every request context is built from. */
export interface ContextDeps {
  orm: MikroORM;
  config: AppConfig;
  pubsub: PubSub;
}

/** Per user or API token: how many times its access changed (ACCESS_CHANGED events) in this process's view. */
const accessEpochs = new Map<string, number>();

function accessEpoch(viewer: Viewer | null): number {
  const key = viewer?.userId ?? viewer?.apiTokenId;
  return key ? (accessEpochs.get(key) ?? 0) : 0;
}

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

/** Resolves the viewer of a bearer token; null for none, invalid, expired or revoked. */
export async function viewerFromToken(deps: ContextDeps, token: string | null): Promise<Viewer | null> {
  if (!token) return null;
  if (token.startsWith(`${API_TOKEN_PREFIX}_`)) return findApiTokenViewer(deps.orm.em.fork(), token);
  const claims = await verifyAccessToken(deps.config.tokenSecret, token);
  if (!claims) return null;
  return findViewer(deps.orm.em.fork(), claims);
}

/** A fresh context: its own EntityManager fork and empty loaders. */
export function createContext(
  deps: ContextDeps,
  viewer: Viewer | null,
  requestId = randomUUID(),
  clientAddress: string | null = null,
): Context {
  const em = deps.orm.em.fork();
  let access: { epoch: number; roles: Promise<ViewerAccess> } | undefined;
  return {
    em,
    viewer,
    access: () => {
      const epoch = accessEpoch(viewer);
      if (!access || access.epoch !== epoch) access = { epoch, roles: loadViewerAccess(em.fork(), viewer) };
      return access.roles;
    },
    operation: null,
    requestId,
    clientAddress,
    config: deps.config,
    pubsub: deps.pubsub,
    loaders: new Map(),
  };
}
