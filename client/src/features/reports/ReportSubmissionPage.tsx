import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type Fact, FactsTable } from '../../components/FactsTable';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { SectionCard } from '../../components/SectionCard';
import { getFragmentData, graphql } from '../../gql';
import { useFormatDateTime, useFormatLocalDate } from '../../i18n/format-date';
import { useReportsLive } from '../../live/use-reports-live';
import { CorrectReportButton } from './CorrectReportButton';
import { ReportEntryForm } from './ReportEntryForm';
import { ReportStatusBadge } from './ReportStatusBadge';
import { ReviewActions } from './ReviewActions';
import { ReportSubmissionFieldsFragment } from './report-documents';
import { formatPeriod } from './report-labels';

const ReportSubmissionQuery = graphql(`
  query ReportSubmission($id: ID!) {
    reportSubmission(id: $id) {
      id
      ...ReportSubmissionFields
    }
  }
`);

/** One report: its facts, the data entry (or the frozen figures), and the actions the viewer may take. */
export default function ReportSubmissionPage() {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const formatDateTime = useFormatDateTime();
  const { submissionId = '' } = useParams();
  const query = useQuery(ReportSubmissionQuery, { variables: { id: submissionId } });
  useReportsLive((id) => id === submissionId && void query.refetch());
  if (query.error && !query.data)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  const report = getFragmentData(ReportSubmissionFieldsFragment, query.data.reportSubmission);
  const period = formatPeriod(report.periodKey, t);
  const facts: Fact[] = [
    [t('reports.facts.organization'), report.organization.name],
    [t('reports.facts.status'), <ReportStatusBadge key="status" status={report.status} />],
    [
      t('reports.facts.period'),
      t('reports.facts.periodDates', {
        period,
        start: formatDate(report.periodStart),
        end: formatDate(report.periodEnd),
      }),
    ],
    [t('reports.facts.dueOn'), formatDate(report.dueOn)],
    [t('reports.facts.approver'), report.approver?.name ?? '—'],
  ];
  if (report.submittedAt) facts.push([t('reports.facts.submittedAt'), formatDateTime(report.submittedAt)]);
  if (report.approvedAt) facts.push([t('reports.facts.approvedAt'), formatDateTime(report.approvedAt)]);
  if (report.revision > 1) facts.push([t('reports.facts.revision'), String(report.revision)]);
  const canCorrect = report.viewerCan.edit && report.status === 'APPROVED' && report.current;
  return (
    <>
      <PageTitle
        title={`${report.form.name} – ${period}`}
        intro={report.organization.name}
        actions={
          <Group gap="xs">
            {report.viewerCan.review && report.status === 'SUBMITTED' && (
              <ReviewActions
                submissionId={report.id}
                version={report.version}
                organizationName={report.organization.name}
              />
            )}
            {canCorrect && <CorrectReportButton submissionId={report.id} version={report.version} />}
          </Group>
        }
      />
      <Stack>
        <Anchor component={Link} to={paths.reports} size="sm">
          {t('reports.backToList')}
        </Anchor>
        {report.status === 'RETURNED' && report.returnComment && (
          <Alert color="orange" variant="light" title={t('reports.returnedTitle')}>
            {report.returnComment}
          </Alert>
        )}
        {report.correctionReason && (
          <Alert
            color="blue"
            variant="light"
            title={t('reports.correctionTitle', { revision: report.revision })}
          >
            {report.correctionReason}
            {report.corrects && (
              <>
                {' '}
                <Anchor component={Link} to={paths.reportSubmission(report.corrects.id)}>
                  {t('reports.previousVersion', { revision: report.corrects.revision })}
                </Anchor>
              </>
            )}
          </Alert>
        )}
        {!report.current && (
          <Alert color="gray" variant="light">
            {t('reports.replaced')}
          </Alert>
        )}
        <SectionCard title={t('reports.facts.title')}>
          <FactsTable label={t('reports.facts.title')} facts={facts} />
        </SectionCard>
        <ReportEntryForm key={report.id} submission={report} />
      </Stack>
    </>
  );
}
