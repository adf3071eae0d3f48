import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { TextModalButton, type TextModalTexts } from '../../components/forms/TextModalButton';
import { CorrectReportMutation } from './report-documents';

const TEXTS: TextModalTexts = {
  label: 'reports.correct.title',
  field: 'reports.correct.reason',
  required: 'reports.correct.reasonRequired',
  submit: 'reports.correct.submit',
};

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
      texts={TEXTS}
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
