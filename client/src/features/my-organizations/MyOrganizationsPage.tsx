import { useQuery } from '@apollo/client/react';
import { Badge, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { graphql } from '../../gql';
import { ViewerPositions } from './ViewerPositions';
import { ViewerRoles } from './ViewerRoles';

const MyOrganizationsQuery = graphql(`
  query MyOrganizations {
    viewer {
      id
      email
      isSystemAdmin
      person {
        id
        fullName
        ...ViewerPositions
      }
      ...ViewerRoles
    }
  }
`);

/** "Tổ chức của tôi": who the viewer is, the positions they hold and the roles they have. */
export default function MyOrganizationsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyOrganizationsQuery);
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const { viewer } = data;
  return (
    <>
      <PageTitle
        title={t('myOrganizations.title')}
        intro={t('myOrganizations.greeting', { name: viewer.person.fullName })}
        actions={
          viewer.isSystemAdmin ? (
            <Badge color="red" variant="filled" tt="none">
              {t('myOrganizations.systemAdmin')}
            </Badge>
          ) : undefined
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ViewerPositions person={viewer.person} />
        <ViewerRoles viewer={viewer} />
      </SimpleGrid>
    </>
  );
}
