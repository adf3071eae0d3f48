import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { graphql } from '../../gql';

const CompleteTaskMutation = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      task {
        id
        version
        status
        deadlineBucket
        progressPercent
        completedOn
      }
    }
  }
`);

/** "Hoàn thành": marks the task done today, after a confirmation (stale versions get CONFLICT). */
export function CompleteTaskButton({ taskId, version }: { taskId: string; version: number }) {
  const { t } = useTranslation();
  const [complete] = useMutation(CompleteTaskMutation, { refetchQueries: ['TaskPage'] });
  return (
    <ConfirmButton
      label={t('tasks.complete')}
      question={t('tasks.completeConfirm')}
      color="green"
      variant="light"
      onConfirm={() => complete({ variables: { input: { taskId, expectedVersion: version } } })}
    />
  );
}
