import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../gql/graphql';

const COLORS: Record<ReportStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  APPROVED: 'green',
  RETURNED: 'orange',
};

/** A report's status: being written, awaiting review, approved (locked), returned. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" tt="none">
      {t(`reportStatus.${status}`)}
    </Badge>
  );
}
