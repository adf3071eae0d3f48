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
  let access: Promise<ViewerAccess> | undefined;
  return {
    em,
    viewer,
    access: () => {
      access ??= loadViewerAccess(em.fork(), viewer);
      return access;
    },
    operation: null,
    requestId,
    clientAddress,
    config: deps.config,
    pubsub: deps.pubsub,
    loaders: new Map(),
  };
}
