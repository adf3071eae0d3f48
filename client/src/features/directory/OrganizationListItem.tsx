import { Group, Stack, Text } from '@mantine/core';
import { KindBadge } from '../../components/KindBadge';
import { OrganizationLink } from '../../components/OrganizationLink';
import { StatusBadge } from '../../components/StatusBadge';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const OrganizationListItemFragment = graphql(`
  fragment OrganizationListItem on Organization {
    id
    name
    shortName
    kind
    status
    area {
      id
      name
    }
  }
`);

/** One organization in a list: name (a link), kind, status and area. */
export function OrganizationListItem(props: {
  organization: FragmentType<typeof OrganizationListItemFragment>;
}) {
  const organization = getFragmentData(OrganizationListItemFragment, props.organization);
  return (
    <Stack gap={4} py="xs">
      <Group gap="xs">
        <OrganizationLink organization={organization} fw={500} />
        <StatusBadge status={organization.status} />
      </Group>
      <Group gap="xs">
        <KindBadge kind={organization.kind} />
        <Text size="xs" c="dimmed">
          {organization.area.name}
        </Text>
      </Group>
    </Stack>
  );
}
