import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
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
  const modal = useModalForm({
    initialValues: { message: '' },
    validate: { message: required('tasks.urgeMessageRequired') },
    submit: ({ message }) => urge({ variables: { input: { taskId, message: message.trim() } } }),
  });
  return (
    <ModalForm
      label={t('tasks.urge')}
      button={{ color: 'orange', variant: 'light' }}
      modal={modal}
      submitLabel={t('tasks.send')}
      submitColor="orange"
    >
      <Textarea label={t('tasks.urgeMessage')} required {...modal.field('message')} data-autofocus />
    </ModalForm>
  );
}
