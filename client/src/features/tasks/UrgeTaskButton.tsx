import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TextModalButton } from '../../components/forms/TextModalButton';
import { graphql } from '../../gql';

const UrgeTaskMutation = graphql(`
  mutation UrgeTask($input: UrgeTaskInput!) {
    urgeTask(input: $input) {
      followUp {
        id
      }
    }
  }
`);

/** "Đôn đốc": sends a follow-up message to the organizations assigned the task. */
export function UrgeTaskButton({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const [urge] = useMutation(UrgeTaskMutation, { refetchQueries: ['TaskPage'] });
  return (
    <TextModalButton
      label={t('tasks.urge')}
      fieldLabel={t('tasks.urgeMessage')}
      requiredMessage="tasks.urgeMessageRequired"
      submitLabel={t('tasks.send')}
      color="orange"
      submit={(message) => urge({ variables: { input: { taskId, message } } })}
    />
  );
}
