import { useMutation } from '@apollo/client/react';
import { TextModalButton, type TextModalTexts } from '../../components/forms/TextModalButton';
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

const TEXTS: TextModalTexts = {
  label: 'tasks.urge',
  field: 'tasks.urgeMessage',
  required: 'tasks.urgeMessageRequired',
  submit: 'tasks.send',
};

/** "Đôn đốc": sends a follow-up message to the organizations assigned the task. */
export function UrgeTaskButton({ taskId }: { taskId: string }) {
  const [urge] = useMutation(UrgeTaskMutation, { refetchQueries: ['TaskPage'] });
  return (
    <TextModalButton
      texts={TEXTS}
      color="orange"
      submit={(message) => urge({ variables: { input: { taskId, message } } })}
    />
  );
}
