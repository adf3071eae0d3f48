import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { TextModalButton } from '../../components/forms/TextModalButton';
import { CorrectReportMutation } from './report-documents';

/**
 * "Điều chỉnh báo cáo": opens a correction of an approved (locked) report — a new version, with
 * the reason; the approved one stays readable.
 */
export function CorrectReportButton({ submissionId, version }: { submissionId: string; version: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [correct] = useMutation(CorrectReportMutation, { refetchQueries: ['OrganizationReports'] });
  return (
    <TextModalButton
      label={t('reports.correct.title')}
      fieldLabel={t('reports.correct.reason')}
      requiredMessage="reports.correct.reasonRequired"
      submitLabel={t('reports.correct.submit')}
      submit={async (reason) => {
        const result = await correct({
          variables: { input: { submissionId, expectedVersion: version, reason } },
        });
        const id = result.data?.correctReport.submission.id;
        if (id) void navigate(paths.reportSubmission(id));
      }}
    >
      <Text size="sm">{t('reports.correct.explain')}</Text>
    </TextModalButton>
  );
}
