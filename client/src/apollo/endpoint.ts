/** Path of the GraphQL endpoint, served by the same origin as the client. */
export const GRAPHQL_PATH = '/graphql';

/** WebSocket URL of the GraphQL endpoint (graphql-ws), on the page's own host. */
export function graphqlWsUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${GRAPHQL_PATH}`;
}
