import { useQuery } from '@apollo/client/react';
import { Badge, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { graphql } from '../../gql';
import { ViewerPositions } from '../my-organizations/ViewerPositions';
import { CreateTaskButton } from '../tasks/CreateTaskButton';
import { ViewerRoles } from '../my-organizations/ViewerRoles';
import { OrganizationDashboard } from './OrganizationDashboard';

const DashboardViewerQuery = graphql(`
  query DashboardViewer {
    viewer {
      id
      email
      isSystemAdmin
      person {
        id
        fullName
        ...ViewerPositions
      }
      ...ViewerRoleGrants
    }
  }
`);

/**
 * "Cơ quan của tôi", the landing page: the chosen organization's tasks by deadline bucket
 * (overdue first), its on-time rate and upcoming briefings, all live; then who the viewer
 * is, the positions they hold and their roles.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(DashboardViewerQuery);
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const { viewer } = data;
  return (
    <>
      <PageTitle
        title={t('dashboard.title')}
        intro={t('myOrganizations.greeting', { name: viewer.person.fullName })}
        actions={
          <Stack gap="xs" align="flex-end">
            {viewer.isSystemAdmin && (
              <Badge variant="light" tt="none">
                {t('myOrganizations.systemAdmin')}
              </Badge>
            )}
            <CreateTaskButton />
          </Stack>
        }
      />
      <Stack gap="lg">
        <RequireOrganization>
          {(organization) => <OrganizationDashboard organizationId={organization.id} />}
        </RequireOrganization>
        <Title order={2} size="h3" mt="md">
          {t('myOrganizations.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ViewerPositions person={viewer.person} />
          <ViewerRoles viewer={viewer} />
        </SimpleGrid>
      </Stack>
    </>
  );
}
