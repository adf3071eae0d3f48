import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TextModalButton } from '../../components/forms/TextModalButton';
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
  return (
    <TextModalButton
      label={t('tasks.cancelTask')}
      fieldLabel={t('tasks.cancelReason')}
      requiredMessage="tasks.cancelReasonRequired"
      submitLabel={t('tasks.cancelTask')}
      color="red"
      submit={(reason) => cancel({ variables: { input: { taskId, expectedVersion: version, reason } } })}
    />
  );
}
