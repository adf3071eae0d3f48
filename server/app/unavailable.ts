import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Context } from '../core/context.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../core/db/failures.js';
import { ErrorCode } from '../core/errors.js';

/**
 * Answers HTTP 503 with `Retry-After` when a response carries a
 * SERVICE_UNAVAILABLE error (set by `formatError` for a pool wait that timed
 * out, a statement or lock timeout, or a database outage), so clients and
 * proxies retry instead of treating it as a bug. The cause goes to the
 * request's log as a warning (the client sees no details).
 */
export function unavailablePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const cause = unwrapResolverError(error);
            if (isDatabaseUnavailable(cause))
              contextValue.log?.warn({ err: cause }, 'database unavailable: 503');
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/**
 * The error a request gets when the database cannot serve it before GraphQL
 * runs (building the context): SERVICE_UNAVAILABLE, HTTP 503, `Retry-After`.
 */
export function serviceUnavailable(cause: unknown): GraphQLError {
  return new GraphQLError('the service is overloaded or its database is unavailable; retry shortly', {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}
