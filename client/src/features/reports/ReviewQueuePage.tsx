import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { graphql } from '../../gql';
import { useReportsLive } from '../../live/use-reports-live';
import { ReportSubmissionList } from './ReportSubmissionList';
import { ReportsTabs } from './ReportsTabs';

const ReviewQueueQuery = graphql(`
  query ReviewQueue($approverId: ID!, $after: String) {
    reportSubmissions(filter: { approverId: $approverId, status: [SUBMITTED] }, first: 20, after: $after) {
      ...ReportListPage
    }
  }
`);

function ReviewQueue({ approverId }: { approverId: string }) {
  const query = useQuery(ReviewQueueQuery, { variables: { approverId }, fetchPolicy: 'cache-and-network' });
  useReportsLive(() => void query.refetch());
  return (
    <ReportSubmissionList
      page={query.data?.reportSubmissions}
      query={query}
      texts="reports.review"
      withReview
    />
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
