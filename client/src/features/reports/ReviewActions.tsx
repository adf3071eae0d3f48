import { useMutation } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { TextModalButton, type TextModalTexts } from '../../components/forms/TextModalButton';
import { ApproveReportMutation, ReturnReportMutation } from './report-documents';

/** Props of `ReviewActions`. */
export interface ReviewActionsProps {
  submissionId: string;
  version: number;
  /** Whose report it is, said in the dialogs. */
  organizationName: string;
}

const REFRESH = ['ReviewQueue', 'OrganizationReports', 'ReportCompleteness'];
const RETURN: TextModalTexts = {
  label: 'reports.review.return',
  field: 'reports.review.comment',
  required: 'reports.review.commentRequired',
};

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
        texts={RETURN}
        color="orange"
        submit={(comment) => giveBack({ variables: { input: { ...input, comment } } })}
      />
    </Group>
  );
}
