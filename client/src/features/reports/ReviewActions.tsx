import { useMutation } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { TextModalButton } from '../../components/forms/TextModalButton';
import { ApproveReportMutation, ReturnReportMutation } from './report-documents';

/** Props of `ReviewActions`. */
export interface ReviewActionsProps {
  submissionId: string;
  version: number;
  /** Whose report it is, said in the dialogs. */
  organizationName: string;
}

const REFRESH = ['ReviewQueue', 'OrganizationReports', 'ReportCompleteness'];

/** The approver's two answers to a submitted report: approve (which locks it), or return it with a comment. */
export function ReviewActions({ submissionId, version, organizationName }: ReviewActionsProps) {
  const { t } = useTranslation();
  const [approve] = useMutation(ApproveReportMutation, { refetchQueries: REFRESH });
  const [giveBack] = useMutation(ReturnReportMutation, { refetchQueries: REFRESH });
  const input = { submissionId, expectedVersion: version };
  return (
    <Group gap="xs">
      <ConfirmButton
        label={t('reports.review.approve')}
        question={t('reports.review.approveQuestion', { name: organizationName })}
        color="green"
        size="sm"
        onConfirm={() => approve({ variables: { input } })}
      />
      <TextModalButton
        label={t('reports.review.return')}
        fieldLabel={t('reports.review.comment')}
        requiredMessage="reports.review.commentRequired"
        submitLabel={t('reports.review.return')}
        color="orange"
        submit={(comment) => giveBack({ variables: { input: { ...input, comment } } })}
      />
    </Group>
  );
}
