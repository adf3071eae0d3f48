import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
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
 * replayed yet (read-your-writes). After a mutation, the primary's WAL
 * position is recorded for the session. Mutations, subscriptions (their own
 * contexts, over WebSocket) and the viewer's identity and roles stay on the
 * primary. See docs/decisions/011-read-replicas.md.
 */
export function readRoutingPlugin(orm: MikroORM): ApolloServerPlugin<Context> {
  if (replicaConnections(orm).length === 0) return {};
  const fence = new WriteFence(orm);
  return {
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
