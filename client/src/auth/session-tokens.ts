import { graphql } from '../gql';

/** The tokens of a session, as signing in and renewing both answer them (kept by `tokenStore`). */
export const SessionTokensFragment = graphql(`
  fragment SessionTokens on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
`);
