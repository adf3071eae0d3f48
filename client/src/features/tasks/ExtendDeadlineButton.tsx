import { useMutation } from '@apollo/client/react';
import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';

const ExtendTaskDeadlineMutation = graphql(`
  mutation ExtendTaskDeadline($input: ExtendTaskDeadlineInput!) {
    extendTaskDeadline(input: $input) {
      task {
        id
        version
        dueOn
        deadlineBucket
      }
    }
  }
`);

/** The day after `date` (`YYYY-MM-DD`). */
const dayAfter = (date: string): string =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);

/** "Gia hạn": moves the task's deadline later, with the reason kept in its history. */
export function ExtendDeadlineButton({
  taskId,
  version,
  dueOn,
}: {
  taskId: string;
  version: number;
  dueOn: string;
}) {
  const { t } = useTranslation();
  const [extend] = useMutation(ExtendTaskDeadlineMutation, { refetchQueries: ['TaskPage'] });
  const modal = useModalForm({
    initialValues: { dueOn: dayAfter(dueOn), reason: '' },
    validate: {
      dueOn: required('tasks.extendDueRequired'),
      reason: required('tasks.extendReasonRequired'),
    },
    submit: (values) =>
      extend({
        variables: {
          input: { taskId, expectedVersion: version, dueOn: values.dueOn, reason: values.reason.trim() },
        },
      }),
  });
  return (
    <ModalForm
      label={t('tasks.extendDeadline')}
      button={{ variant: 'light' }}
      modal={modal}
      submitLabel={t('tasks.extendDeadline')}
    >
      <TextInput
        type="date"
        label={t('tasks.extendDueOn')}
        min={dayAfter(dueOn)}
        required
        {...modal.field('dueOn')}
        data-autofocus
      />
      <Textarea label={t('tasks.extendReason')} required {...modal.field('reason')} />
    </ModalForm>
  );
}
