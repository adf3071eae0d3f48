import { print } from 'graphql';
import { GRAPHQL_PATH } from '../apollo/endpoint';
import { graphql } from '../gql';
import { tokenStore } from './token-store';

const RefreshTokensMutation = graphql(`
  mutation RefreshTokens($input: RefreshTokenInput!) {
    refreshTokens(input: $input) {
      ...SessionTokens
    }
  }
`);

/** Answers meaning the refresh token is no good (spent, revoked, expired): the session is over. */
const REFUSED = new Set(['UNAUTHENTICATED', 'BAD_USER_INPUT']);

let inFlight: Promise<boolean> | null = null;

/**
 * Exchanges the stored refresh token for new tokens. Concurrent callers share one
 * request (refresh tokens are single-use: a second use would end the session).
 * Resolves true when the session was renewed; false when there was no session or the
 * server refused the token, in which case the session is cleared as expired. A network
 * failure rejects and keeps the session, so a later try can still succeed.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= exchangeRefreshToken().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * Refreshes first when the access token is about to expire (tokens live 15 minutes),
 * so requests rarely meet an UNAUTHENTICATED answer. Never rejects.
 */
export async function ensureFreshAccessToken(): Promise<void> {
  if (tokenStore.get() && tokenStore.accessTokenExpiresSoon()) {
    await refreshSession().catch(() => false);
  }
}

async function exchangeRefreshToken(): Promise<boolean> {
  const session = tokenStore.get();
  if (!session) return false;
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      operationName: 'RefreshTokens',
      query: print(RefreshTokensMutation),
      variables: { input: { refreshToken: session.refreshToken } },
    }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { refreshTokens?: typeof session } | null;
    errors?: { extensions?: { code?: string } }[];
  } | null;
  const tokens = body?.data?.refreshTokens;
  if (tokens) {
    tokenStore.set(tokens);
    return true;
  }
  const refused = body?.errors?.some((e) => REFUSED.has(e.extensions?.code ?? ''));
  if (refused) {
    tokenStore.clear('expired');
    return false;
  }
  throw new Error(`refreshTokens failed (HTTP ${response.status})`);
}
