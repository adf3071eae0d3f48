import { Badge, Group, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../components/EmptyNote';
import { OrganizationLink } from '../../components/OrganizationLink';
import { SectionCard } from '../../components/SectionCard';
import { ViewerRoleGrantsFragment } from '../../current-organization/use-current-organization';
import { type FragmentType, getFragmentData } from '../../gql';

/** The roles granted to the viewer, each on an organization (and what lies below it). */
export function ViewerRoles(props: { viewer: FragmentType<typeof ViewerRoleGrantsFragment> }) {
  const { t } = useTranslation();
  const roles = getFragmentData(ViewerRoleGrantsFragment, props.viewer).roles.filter(
    (grant) => grant.isActive,
  );
  return (
    <SectionCard title={t('myOrganizations.rolesTitle')} intro={t('myOrganizations.rolesIntro')}>
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
    </SectionCard>
  );
}
