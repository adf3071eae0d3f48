import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, type ErrorLike } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { from, mergeMap, throwError } from 'rxjs';
import { ensureFreshAccessToken, refreshSession } from '../auth/refresh-session';
import { tokenStore } from '../auth/token-store';
import { createCache } from './cache';
import { GRAPHQL_PATH, graphqlWsUrl } from './endpoint';
import { nfcLink } from './nfc-link';

/** Operations that must never trigger a token refresh (they are how one gets tokens). */
const AUTH_OPERATIONS = new Set(['SignIn', 'RefreshTokens']);

/** The Apollo client and the graphql-ws client under its subscriptions. */
export interface ApiClients {
  apollo: ApolloClient;
  ws: Client;
}

/** True when the error is a GraphQL answer with `extensions.code` UNAUTHENTICATED. */
export function isUnauthenticated(error: ErrorLike): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  );
}

const authorizationHeader = (): Record<string, string> => {
  const session = tokenStore.get();
  return session ? { authorization: `Bearer ${session.accessToken}` } : {};
};

/**
 * Builds the API clients: queries and mutations over HTTP, subscriptions over graphql-ws
 * (`connectionParams: { authorization: 'Bearer …' }`), both on `/graphql` of this origin.
 *
 * Tokens: each request first renews an access token that is about to expire; an
 * UNAUTHENTICATED answer is retried once after a refresh, and when the refresh is refused
 * the session is cleared as expired (the router then shows the sign-in page). The
 * WebSocket reconnects when the user signs in or out, so it always speaks for the current
 * user.
 */
export function createApiClients(): ApiClients {
  const ws = createClient({
    url: graphqlWsUrl(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    connectionParams: async () => {
      await ensureFreshAccessToken();
      return authorizationHeader();
    },
  });

  const authLink = new SetContextLink(async (prevContext, operation) => {
    if (!AUTH_OPERATIONS.has(operation.operationName ?? '')) await ensureFreshAccessToken();
    return {
      headers: { ...prevContext.headers, ...authorizationHeader() },
      sentAccessToken: tokenStore.get()?.accessToken ?? null,
    };
  });

  const refreshOnceLink = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || AUTH_OPERATIONS.has(operation.operationName ?? '')) return;
    if (!tokenStore.get()) return;
    if (operation.getContext().retriedAfterRefresh) {
      tokenStore.clear('expired');
      return;
    }
    operation.setContext({ retriedAfterRefresh: true });
    // Another request has renewed the session meanwhile: retry with the new token.
    if (operation.getContext().sentAccessToken !== tokenStore.get()?.accessToken) return forward(operation);
    return from(refreshSession().catch(() => false)).pipe(
      mergeMap((renewed) => (renewed ? forward(operation) : throwError(() => error))),
    );
  });

  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    new HttpLink({ uri: GRAPHQL_PATH }),
  );

  const apollo = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([refreshOnceLink, nfcLink, authLink, transport]),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
  // Sign-in or sign-out: the WebSocket reconnects as the new user (or anonymously), and a
  // signed-out tab keeps nothing of what the previous user could read.
  let signedIn = tokenStore.get() !== null;
  tokenStore.subscribe(() => {
    const now = tokenStore.get() !== null;
    if (now === signedIn) return;
    signedIn = now;
    ws.terminate();
    if (!now) void apollo.clearStore();
  });
  return { apollo, ws };
}
