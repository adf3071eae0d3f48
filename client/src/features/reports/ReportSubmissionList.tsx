import { useTranslation } from 'react-i18next';
import { ConnectionView, type PagedQuery } from '../../components/ConnectionView';
import { RecordList } from '../../components/RecordList';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { ReportListItem } from './ReportListItem';

/** A page of reports as `ReportSubmissionList` shows them: `reportSubmissions(…) { ...ReportListPage }`. */
const ReportListPageFragment = graphql(`
  fragment ReportListPage on ReportSubmissionConnection {
    totalCount
    pageInfo { ...NextPage }
    edges { node { id ...ReportListItem } }
  }
`);

/** Props of `ReportSubmissionList`. */
export interface ReportSubmissionListProps {
  /** The query's `reportSubmissions`; undefined while the first page loads. */
  page: FragmentType<typeof ReportListPageFragment> | undefined;
  /** The query that reads it (for "try again" and "show more"). */
  query: PagedQuery;
  /** Where the list's count, empty note and accessible name are: the reports tab or the review queue. */
  texts: 'reports' | 'reports.review';
  /** Each report with its review actions. */
  withReview?: boolean;
}

/** Reports, each with its organization: the count, the list (paginated) or its empty note. */
export function ReportSubmissionList({ page, query, texts, withReview }: ReportSubmissionListProps) {
  const { t } = useTranslation();
  return (
    <ConnectionView
      connection={getFragmentData(ReportListPageFragment, page)}
      query={query}
      countText={(count) => t(`${texts}.count`, { count })}
      emptyText={t(`${texts}.empty`)}
    >
      {(reports) => (
        <RecordList records={reports} label={t(`${texts}.listLabel`)}>
          {(report) => <ReportListItem report={report} withOrganization withReview={withReview} />}
        </RecordList>
      )}
    </ConnectionView>
  );
}
