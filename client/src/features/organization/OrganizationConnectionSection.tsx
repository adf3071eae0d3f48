import type { ErrorLike } from '@apollo/client';
import { Badge, Card, Group, Title } from '@mantine/core';
import { ConnectionView } from '../../components/ConnectionView';
import { type FragmentType, getFragmentData } from '../../gql';
import { OrganizationList } from '../directory/OrganizationList';
import { OrganizationConnectionPageFragment } from '../directory/organization-connection-page';

/** Props of `OrganizationConnectionSection`. */
export interface OrganizationConnectionSectionProps {
  /** Unique on the page; used for the heading's id. */
  id: string;
  title: string;
  emptyText: string;
  connection: FragmentType<typeof OrganizationConnectionPageFragment> | undefined;
  error: ErrorLike | undefined;
  onRetry: () => void;
  onLoadMore: (after: string | null | undefined) => Promise<unknown>;
}

/** A card listing a page of related organizations, with loading, error, empty and "show more" states. */
export function OrganizationConnectionSection(props: OrganizationConnectionSectionProps) {
  const { id, title, emptyText, error, onRetry, onLoadMore } = props;
  const connection = getFragmentData(OrganizationConnectionPageFragment, props.connection);
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
      <ConnectionView
        connection={connection}
        error={error}
        onRetry={onRetry}
        onLoadMore={onLoadMore}
        emptyText={emptyText}
      >
        {(organizations) => <OrganizationList label={title} organizations={organizations} />}
      </ConnectionView>
    </Card>
  );
}
