import type { ErrorLike } from '@apollo/client';
import { Badge, Card, Group, Title } from '@mantine/core';
import type { ComponentProps } from 'react';
import { EmptyNote } from '../../components/EmptyNote';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { OrganizationList } from '../directory/OrganizationList';

type Node = ComponentProps<typeof OrganizationList>['organizations'][number];

/** Props of `OrganizationConnectionSection`. */
export interface OrganizationConnectionSectionProps {
  /** Unique on the page; used for the heading's id. */
  id: string;
  title: string;
  emptyText: string;
  connection:
    | {
        totalCount: number;
        edges: readonly { node: Node }[];
        pageInfo: { hasNextPage: boolean; endCursor?: string | null };
      }
    | undefined;
  error: ErrorLike | undefined;
  onRetry: () => void;
  onLoadMore: (after: string | null | undefined) => Promise<unknown>;
}

/** A card listing a page of related organizations, with loading, error, empty and "show more" states. */
export function OrganizationConnectionSection(props: OrganizationConnectionSectionProps) {
  const { id, title, emptyText, connection, error, onRetry, onLoadMore } = props;
  const titleId = `${id}-title`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        {connection && connection.totalCount > 0 && (
          <Badge variant="light" color="gray">
            {connection.totalCount}
          </Badge>
        )}
      </Group>
      {error && !connection ? (
        <ErrorAlert error={error} onRetry={onRetry} />
      ) : !connection ? (
        <LoadingState />
      ) : connection.edges.length === 0 ? (
        <EmptyNote>{emptyText}</EmptyNote>
      ) : (
        <OrganizationList label={title} organizations={connection.edges.map((edge) => edge.node)} />
      )}
      {connection?.pageInfo.hasNextPage && (
        <LoadMoreButton onLoadMore={() => onLoadMore(connection.pageInfo.endCursor)} />
      )}
    </Card>
  );
}
