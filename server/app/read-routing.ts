import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import type { AppConfig } from '../core/config.js';
import type { Context, Viewer } from '../core/context.js';
import { RoutingEntityManager, replicaConnections, WriteFence } from '../core/db/replicas.js';

/** Whose writes a read must see: the sign-in session, or the API token. */
function writerKey(viewer: Viewer | null): string | null {
  return viewer?.sessionId ?? viewer?.apiTokenId ?? null;
}

/**
 * Sends read-only GraphQL requests over HTTP to the read replicas (when
 * `DATABASE_REPLICA_URLS` names any), in one place: once the operation is
 * known to be a query, the request's EntityManager becomes a replica-read
 * fork — unless the viewer's session wrote something the replicas have not
 * replayed yet (read-your-writes; with `REDIS_URL` across instances). After a
 * mutation, the primary's WAL position is recorded for the session.
 * Mutations, subscriptions (their own contexts, over WebSocket) and the
 * viewer's identity (session) stay on the primary; a query reads the
 * viewer's roles with the rest of its data, on the replica. See
 * docs/decisions/011-read-replicas.md.
 */
export function readRoutingPlugin(orm: MikroORM, config: AppConfig): ApolloServerPlugin<Context> {
  if (replicaConnections(orm).length === 0) return {};
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1 }) : null;
  // ioredis reconnects by itself; while Redis is down the fence answers "primary".
  redis?.on('error', () => {});
  const fence = new WriteFence(orm, redis && { redis, prefix: config.redisChannelPrefix });
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          redis?.disconnect();
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const em = contextValue.em;
          if (operation?.operation !== 'query' || !(em instanceof RoutingEntityManager)) return;
          const key = writerKey(contextValue.viewer);
          if (key && !(await fence.replicasCaughtUp(key))) return;
          contextValue.em = em.forReplicaReads();
        },
        async willSendResponse({ operation, contextValue }) {
          const key = writerKey(contextValue.viewer);
          if (operation?.operation === 'mutation' && key) await fence.recordWrite(key);
        },
      };
    },
  };
}
