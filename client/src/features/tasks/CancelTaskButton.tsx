import { useMutation } from '@apollo/client/react';
import { TextModalButton, type TextModalTexts } from '../../components/forms/TextModalButton';
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

const TEXTS: TextModalTexts = {
  label: 'tasks.cancelTask',
  field: 'tasks.cancelReason',
  required: 'tasks.cancelReasonRequired',
};

/** "Hủy nhiệm vụ": cancels the task with a reason (stale versions get CONFLICT). */
export function CancelTaskButton({ taskId, version }: { taskId: string; version: number }) {
  const [cancel] = useMutation(CancelTaskMutation, { refetchQueries: ['TaskPage'] });
  return (
    <TextModalButton
      texts={TEXTS}
      color="red"
      submit={(reason) => cancel({ variables: { input: { taskId, expectedVersion: version, reason } } })}
    />
  );
}
