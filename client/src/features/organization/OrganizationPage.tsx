import { useQuery } from '@apollo/client/react';
import { Alert, Button, Grid, Group, Stack } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { graphql } from '../../gql';
import { ChainOfCommand } from './ChainOfCommand';
import { OrganizationBreadcrumbs } from './OrganizationBreadcrumbs';
import { OrganizationFacts } from './OrganizationFacts';
import { OrganizationHead } from './OrganizationHead';
import { OrganizationPositions } from './OrganizationPositions';
import { OrganizationRelated } from './OrganizationRelated';
import { RenameOrganizationButton } from './RenameOrganizationButton';
import { useOrganizationLive } from './use-organization-live';

const OrganizationPageQuery = graphql(`
  query OrganizationPage($id: ID!) {
    organization(id: $id) {
      id
      name
      ...OrganizationBreadcrumbs
      ...OrganizationFacts
      ...ChainOfCommand
      ...OrganizationHead
      ...OrganizationPositions
      ...RenameOrganization
    }
  }
`);

/** An organization: its facts, head, chain of command, people, children and partners; a link to its petitions. */
export default function OrganizationPage() {
  const { t } = useTranslation();
  const id = useParams().organizationId ?? '';
  const { data, error, refetch } = useQuery(OrganizationPageQuery, { variables: { id } });
  const [renamedTo, setRenamedTo] = useState<string | null>(null);
  useOrganizationLive(id, () => void refetch());

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const { organization } = data;
  return (
    <>
      <OrganizationBreadcrumbs organization={organization} />
      <PageTitle
        title={organization.name}
        actions={
          <Group gap="xs">
            <Button
              component={Link}
              to={paths.organizationPetitions(organization.id)}
              variant="light"
              leftSection={<IconFileText size={16} aria-hidden />}
            >
              {t('organization.petitions')}
            </Button>
            <RenameOrganizationButton organization={organization} onRenamed={setRenamedTo} />
          </Group>
        }
      />
      {renamedTo && (
        <Alert
          color="green"
          variant="light"
          role="status"
          mb="md"
          withCloseButton
          onClose={() => setRenamedTo(null)}
        >
          {t('organization.renamed', { name: renamedTo })}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <OrganizationHead organization={organization} />
            <OrganizationFacts organization={organization} />
            <ChainOfCommand organization={organization} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <OrganizationPositions organization={organization} />
            <OrganizationRelated organizationId={organization.id} relation="children" />
            <OrganizationRelated organizationId={organization.id} relation="partners" />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
