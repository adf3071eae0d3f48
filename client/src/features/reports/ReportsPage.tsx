import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { graphql } from '../../gql';
import { OpenReportButton } from './OpenReportButton';
import { ReportSubmissionList } from './ReportSubmissionList';
import { ReportsTabs } from './ReportsTabs';

const OrganizationReportsQuery = graphql(`
  query OrganizationReports($organizationId: ID!, $after: String) {
    reportSubmissions(filter: { organizationId: $organizationId }, first: 20, after: $after) {
      ...ReportListPage
    }
  }
`);

function OrganizationReports({ organizationId }: { organizationId: string }) {
  const query = useQuery(OrganizationReportsQuery, { variables: { organizationId } });
  return <ReportSubmissionList page={query.data?.reportSubmissions} query={query} texts="reports" />;
}

/** "Báo cáo": the periodic reports of the viewer's organization and those below it; opening one. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const { current } = useCurrentOrganization();
  return (
    <>
      <PageTitle
        title={t('reports.title')}
        intro={t('reports.intro')}
        actions={current && <OpenReportButton organizationId={current.id} />}
      />
      <ReportsTabs />
      <RequireOrganization>
        {(organization) => <OrganizationReports organizationId={organization.id} />}
      </RequireOrganization>
    </>
  );
}
