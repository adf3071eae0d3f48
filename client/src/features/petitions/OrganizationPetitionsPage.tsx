import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { graphql } from '../../gql';
import { OrganizationPetitions } from './OrganizationPetitions';

const OrganizationPetitionsTitleQuery = graphql(`
  query OrganizationPetitionsTitle($id: ID!) {
    organization(id: $id) {
      id
      name
    }
  }
`);

/**
 * "Đơn thư của cơ quan": the petitions an organization of the directory handles now, reached from
 * its page (the viewer sees those it may read; an unrelated viewer, none).
 */
export default function OrganizationPetitionsPage() {
  const { t } = useTranslation();
  const id = useParams().organizationId ?? '';
  const { data, error, refetch } = useQuery(OrganizationPetitionsTitleQuery, { variables: { id } });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const { organization } = data;
  return (
    <>
      <PageTitle
        title={t('petitions.ofOrganization', { name: organization.name })}
        intro={
          <Anchor component={Link} to={paths.organization(organization.id)}>
            {organization.name}
          </Anchor>
        }
      />
      <OrganizationPetitions organizationId={organization.id} />
    </>
  );
}
