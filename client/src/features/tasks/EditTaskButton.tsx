import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { TaskBasicFields, taskBasicRules } from './task-basics';

const UpdateTaskMutation = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      task {
        id
        version
        title
        description
        dueOn
        deadlineBucket
      }
    }
  }
`);

/** Props of `EditTaskButton`: the task as last read. */
export interface EditTaskButtonProps {
  taskId: string;
  version: number;
  title: string;
  description: string | null;
  dueOn: string;
}

/**
 * "Sửa nhiệm vụ": corrects an open task's title, description and deadline (a corrected deadline
 * is kept in its history; more time is "Gia hạn", with a reason).
 */
export function EditTaskButton({ taskId, version, title, description, dueOn }: EditTaskButtonProps) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateTaskMutation, { refetchQueries: ['TaskPage'] });
  const modal = useModalForm({
    initialValues: { title, description: description ?? '', dueOn },
    validate: taskBasicRules,
    submit: (values) =>
      update({
        variables: {
          input: {
            taskId,
            expectedVersion: version,
            title: values.title.trim(),
            description: values.description.trim(),
            dueOn: values.dueOn === dueOn ? undefined : values.dueOn,
          },
        },
      }),
  });
  return (
    <ModalForm label={t('tasks.edit')} button={{ variant: 'light' }} modal={modal}>
      <TaskBasicFields form={modal} />
    </ModalForm>
  );
}
