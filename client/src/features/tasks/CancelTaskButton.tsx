import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';

const CancelTaskMutation = graphql(`
  mutation CancelTask($input: CancelTaskInput!) {
    cancelTask(input: $input) {
      task {
        id
        version
        status
        statusReason
        deadlineBucket
      }
    }
  }
`);

/** "Hủy nhiệm vụ": cancels the task with a reason (stale versions get CONFLICT). */
export function CancelTaskButton({ taskId, version }: { taskId: string; version: number }) {
  const { t } = useTranslation();
  const [cancel] = useMutation(CancelTaskMutation, { refetchQueries: ['TaskPage'] });
  const modal = useModalForm({
    initialValues: { reason: '' },
    validate: { reason: required('tasks.cancelReasonRequired') },
    submit: ({ reason }) =>
      cancel({ variables: { input: { taskId, expectedVersion: version, reason: reason.trim() } } }),
  });
  return (
    <ModalForm
      label={t('tasks.cancelTask')}
      button={{ color: 'red', variant: 'light' }}
      modal={modal}
      submitLabel={t('tasks.cancelTask')}
      submitColor="red"
    >
      <Textarea label={t('tasks.cancelReason')} required {...modal.field('reason')} data-autofocus />
    </ModalForm>
  );
}
