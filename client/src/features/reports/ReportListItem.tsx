import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { type FragmentType, getFragmentData } from '../../gql';
import { useFormatDateTime, useFormatLocalDate } from '../../i18n/format-date';
import { ReportListItemFragment } from './report-documents';
import { formatPeriod } from './report-labels';
import { ReportStatusBadge } from './ReportStatusBadge';
import { ReviewActions } from './ReviewActions';

/** Props of `ReportListItem`. */
export interface ReportListItemProps {
  report: FragmentType<typeof ReportListItemFragment>;
  /** Show the reporting organization (the approver's queue). */
  withOrganization?: boolean;
  /** Offer approve and return at the row's end, when the viewer may review it (the approver's queue). */
  withReview?: boolean;
}

/** One report in a list: its form and period (a link), status, organization, due and submitted dates. */
export function ReportListItem({ report: ref, withOrganization, withReview }: ReportListItemProps) {
  const { t } = useTranslation();
  const formatDate = useFormatLocalDate();
  const formatDateTime = useFormatDateTime();
  const report = getFragmentData(ReportListItemFragment, ref);
  const title = `${report.form.name} – ${formatPeriod(report.periodKey, t)}`;
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <div>
        <Group gap="xs">
          <Anchor component={Link} to={paths.reportSubmission(report.id)} fw={500}>
            {withOrganization ? `${report.organization.name}: ${formatPeriod(report.periodKey, t)}` : title}
          </Anchor>
          <ReportStatusBadge status={report.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {withOrganization && `${report.form.name} · `}
          {t('reports.dueOn', { date: formatDate(report.dueOn) })}
          {report.submittedAt &&
            ` · ${t('reports.submittedAt', { date: formatDateTime(report.submittedAt) })}`}
          {report.revision > 1 && ` · ${t('reports.revision', { revision: report.revision })}`}
        </Text>
      </div>
      {withReview && report.viewerCan.review && (
        <ReviewActions
          submissionId={report.id}
          version={report.version}
          organizationName={report.organization.name}
        />
      )}
    </Group>
  );
}
