import type { ErrorLike } from '@apollo/client';
import { Card, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { EmptyNote } from './EmptyNote';
import { ErrorAlert } from './ErrorAlert';
import { LoadingState } from './LoadingState';
import { LoadMoreButton } from './LoadMoreButton';

/** Where the next page starts: every paged list selects its `pageInfo { ...NextPage }`. */
const NextPageFragment = graphql(`
  fragment NextPage on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** What `ConnectionView` reads of a Relay connection. */
export interface ConnectionPage<Node> {
  totalCount: number;
  edges: readonly { node: Node }[];
  pageInfo: FragmentType<typeof NextPageFragment>;
}

/** What `ConnectionView` uses of the query (`useQuery`'s result) that reads the connection. */
export interface PagedQuery {
  error?: ErrorLike;
  refetch: () => Promise<unknown>;
  /** Fetches the page after the cursor (`after`), merged by the cache's `relayStylePagination`. */
  fetchMore: (options: { variables: { after: string | null | undefined } }) => Promise<unknown>;
}

/** Props of `ConnectionView`. */
export interface ConnectionViewProps<Node> {
  /** Undefined while the first page loads. */
  connection: ConnectionPage<Node> | undefined;
  query: PagedQuery;
  /** The line above the list that counts every match (e.g. "12 programs"). */
  countText?: (count: number) => string;
  /** Shown when the connection is empty. */
  emptyText: string;
  /** The list of the nodes loaded so far. */
  children: (nodes: Node[]) => ReactNode;
}

/**
 * A paginated list, one way everywhere: an error (with "try again") before the first page,
 * loading, the count, the list or its empty note, and "show more" while there are more pages.
 */
export function ConnectionView<Node>(props: ConnectionViewProps<Node>) {
  const { connection, query, countText, emptyText, children } = props;
  if (query.error && !connection)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!connection) return <LoadingState />;
  const pageInfo = getFragmentData(NextPageFragment, connection.pageInfo);
  return (
    <>
      {countText && (
        <Text size="sm" c="dimmed" mb="xs" role="status" aria-live="polite">
          {countText(connection.totalCount)}
        </Text>
      )}
      {connection.edges.length === 0 ? (
        <EmptyNote>{emptyText}</EmptyNote>
      ) : (
        children(connection.edges.map((edge) => edge.node))
      )}
      {pageInfo.hasNextPage && (
        <LoadMoreButton onLoadMore={() => query.fetchMore({ variables: { after: pageInfo.endCursor } })} />
      )}
    </>
  );
}

/** Props of `FilteredConnectionView`. */
export interface FilteredConnectionViewProps<Node> extends ConnectionViewProps<Node> {
  /** The controls that narrow the list, above its card. */
  filters: ReactNode;
}

/** A list screen's body: its filters, then the paginated list in a card. */
export function FilteredConnectionView<Node>({ filters, ...view }: FilteredConnectionViewProps<Node>) {
  return (
    <Stack>
      {filters}
      <Card withBorder padding="md">
        <ConnectionView {...view} />
      </Card>
    </Stack>
  );
}
