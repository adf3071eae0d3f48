import { Badge, Card, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { OrganizationLink } from '../../components/OrganizationLink';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const ViewerRolesFragment = graphql(`
  fragment ViewerRoles on User {
    roles {
      id
      role
      isActive
      organization {
        id
        name
      }
    }
  }
`);

/** The roles granted to the viewer, each on an organization (and what lies below it). */
export function ViewerRoles(props: { viewer: FragmentType<typeof ViewerRolesFragment> }) {
  const { t } = useTranslation();
  const roles = getFragmentData(ViewerRolesFragment, props.viewer).roles.filter((grant) => grant.isActive);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="viewer-roles-title">
      <Title order={2} size="h4" id="viewer-roles-title">
        {t('myOrganizations.rolesTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('myOrganizations.rolesIntro')}
      </Text>
      {roles.length === 0 ? (
        <EmptyNote>{t('myOrganizations.noRoles')}</EmptyNote>
      ) : (
        <List spacing="sm" listStyleType="none">
          {roles.map((grant) => (
            <List.Item key={grant.id}>
              <Group gap="xs" wrap="nowrap">
                <Badge variant="light" tt="none" miw={90}>
                  {t(`role.${grant.role}`)}
                </Badge>
                <OrganizationLink organization={grant.organization} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
