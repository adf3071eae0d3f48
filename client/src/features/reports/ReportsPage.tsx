import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConnectionView } from '../../components/ConnectionView';
import { PageTitle } from '../../components/PageTitle';
import { RecordList } from '../../components/RecordList';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { graphql } from '../../gql';
import { OpenReportButton } from './OpenReportButton';
import { ReportListItem } from './ReportListItem';
import { ReportsTabs } from './ReportsTabs';

const OrganizationReportsQuery = graphql(`
  query OrganizationReports($organizationId: ID!, $after: String) {
    reportSubmissions(filter: { organizationId: $organizationId }, first: 20, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          ...ReportListItem
        }
      }
    }
  }
`);

function OrganizationReports({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const query = useQuery(OrganizationReportsQuery, { variables: { organizationId } });
  return (
    <ConnectionView
      connection={query.data?.reportSubmissions}
      query={query}
      countText={(count) => t('reports.count', { count })}
      emptyText={t('reports.empty')}
    >
      {(reports) => (
        <RecordList records={reports} label={t('reports.listLabel')}>
          {(report) => <ReportListItem report={report} withOrganization />}
        </RecordList>
      )}
    </ConnectionView>
  );
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
