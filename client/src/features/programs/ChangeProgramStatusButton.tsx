import { useMutation } from '@apollo/client/react';
import { Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import type { ProgramStatus } from '../../gql/graphql';

const ChangeProgramStatusMutation = graphql(`
  mutation ChangeProgramStatus($input: ChangeProgramStatusInput!) {
    changeProgramStatus(input: $input) {
      program {
        id
        version
        status
        statusReason
      }
    }
  }
`);

/** The moves the server allows from each status (the server checks again). */
const NEXT: Record<ProgramStatus, ProgramStatus[]> = {
  DRAFT: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['SUSPENDED', 'COMPLETED', 'CANCELLED'],
  SUSPENDED: ['ACTIVE', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};
const NEEDS_REASON: ProgramStatus[] = ['SUSPENDED', 'CANCELLED'];
const needsReason = (status: ProgramStatus | null) => status !== null && NEEDS_REASON.includes(status);

/** Whether a program in `status` can still change status. */
export const canChangeFrom = (status: ProgramStatus) => NEXT[status].length > 0;

/** Props of `ChangeProgramStatusButton`. */
export interface ChangeProgramStatusButtonProps {
  programId: string;
  version: number;
  status: ProgramStatus;
}

/** "Đổi tình trạng": a new status, with a reason when suspending or cancelling. */
export function ChangeProgramStatusButton({ programId, version, status }: ChangeProgramStatusButtonProps) {
  const { t } = useTranslation();
  const [change] = useMutation(ChangeProgramStatusMutation, { refetchQueries: ['ProgramPage'] });
  const modal = useModalForm({
    initialValues: { status: null as ProgramStatus | null, reason: '' },
    validate: {
      status: required('programs.newStatusRequired'),
      reason: (reason, values) =>
        needsReason(values.status) && !reason.trim() ? 'programs.statusReasonRequired' : null,
    },
    // `status` is set: the check above ran first.
    submit: (values) =>
      change({
        variables: {
          input: {
            programId,
            expectedVersion: version,
            status: values.status ?? status,
            reason: values.reason.trim() || null,
          },
        },
      }),
  });
  return (
    <ModalForm label={t('programs.changeStatus')} button={{ variant: 'light' }} modal={modal}>
      <Select
        label={t('programs.newStatus')}
        required
        data={NEXT[status].map((value) => ({ value, label: t(`programStatus.${value}`) }))}
        {...modal.field('status')}
        data-autofocus
      />
      <Textarea
        label={t('programs.statusReason')}
        required={needsReason(modal.values.status)}
        minRows={2}
        {...modal.field('reason')}
      />
    </ModalForm>
  );
}
