import type { ErrorLike } from '@apollo/client';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyNote } from './EmptyNote';
import { ErrorAlert } from './ErrorAlert';
import { LoadingState } from './LoadingState';
import { LoadMoreButton } from './LoadMoreButton';

/** What `ConnectionView` reads of a Relay connection. */
export interface ConnectionPage<Node> {
  totalCount: number;
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Props of `ConnectionView`. */
export interface ConnectionViewProps<Node> {
  /** Undefined while the first page loads. */
  connection: ConnectionPage<Node> | undefined;
  error: ErrorLike | undefined;
  onRetry: () => void;
  /** Fetches the page after the cursor. */
  onLoadMore: (after: string | null | undefined) => Promise<unknown>;
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
  const { connection, error, onRetry, onLoadMore, countText, emptyText, children } = props;
  if (error && !connection) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (!connection) return <LoadingState />;
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
      {connection.pageInfo.hasNextPage && (
        <LoadMoreButton onLoadMore={() => onLoadMore(connection.pageInfo.endCursor)} />
      )}
    </>
  );
}
