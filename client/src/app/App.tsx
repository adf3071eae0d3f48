import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { ApiClients } from '../apollo/create-apollo-client';
import { routes } from './routes';
import { cssVariablesResolver, theme } from './theme';

/** The whole client: theme, API, routes. */
export function App({ clients }: { clients: ApiClients }) {
  const router = useMemo(() => createBrowserRouter(routes), []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <ApolloProvider client={clients.apollo}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
