import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConnectionView } from '../../components/ConnectionView';
import { PageTitle } from '../../components/PageTitle';
import { RecordList } from '../../components/RecordList';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { graphql } from '../../gql';
import { useReportsLive } from '../../live/use-reports-live';
import { ReportListItem } from './ReportListItem';
import { ReportsTabs } from './ReportsTabs';

const ReviewQueueQuery = graphql(`
  query ReviewQueue($approverId: ID!, $after: String) {
    reportSubmissions(filter: { approverId: $approverId, status: [SUBMITTED] }, first: 20, after: $after) {
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

function ReviewQueue({ approverId }: { approverId: string }) {
  const { t } = useTranslation();
  const query = useQuery(ReviewQueueQuery, { variables: { approverId }, fetchPolicy: 'cache-and-network' });
  useReportsLive(() => void query.refetch());
  return (
    <ConnectionView
      connection={query.data?.reportSubmissions}
      query={query}
      countText={(count) => t('reports.review.count', { count })}
      emptyText={t('reports.review.empty')}
    >
      {(reports) => (
        <RecordList records={reports} label={t('reports.review.listLabel')}>
          {(report) => <ReportListItem report={report} withOrganization withReview />}
        </RecordList>
      )}
    </ConnectionView>
  );
}

/** "Duyệt báo cáo": the reports the viewer's organization approves that await review. */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('reports.review.title')} intro={t('reports.review.intro')} />
      <ReportsTabs />
      <RequireOrganization>
        {(organization) => <ReviewQueue approverId={organization.id} />}
      </RequireOrganization>
    </>
  );
}
