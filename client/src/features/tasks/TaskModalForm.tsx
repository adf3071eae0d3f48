import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm, type ModalFormProps } from '../../components/forms/ModalForm';
import type { ModalFormState } from '../../components/forms/use-modal-form';
import { localDateInVietnam } from '../../i18n/format-date';
import { TaskBasicFields, type TaskBasicFieldsProps, type TaskBasicValues } from './task-basics';

/** Props of `TaskModalForm`. */
export interface TaskModalFormProps<Values extends TaskBasicValues>
  extends Pick<ModalFormProps, 'label' | 'title' | 'button'> {
  /** From `useModalForm`, with the values of `newTaskValues` among its own. */
  modal: ModalFormState & TaskBasicFieldsProps<Values>['form'];
  /** A field the mutation does not take, left out. */
  without?: 'description' | 'priority';
  /** The fields after the task's basic ones (who does it). */
  children?: ReactNode;
}

/**
 * A dialog that gives a task (follow a petition up, carry a recommendation out): the task's
 * title, description, deadline (from today) and priority, then the caller's fields.
 */
export function TaskModalForm<Values extends TaskBasicValues>({
  modal,
  without,
  children,
  ...texts
}: TaskModalFormProps<Values>) {
  const { t } = useTranslation();
  return (
    <ModalForm {...texts} modal={modal} submitLabel={t('createTask.submit')} size="lg">
      <TaskBasicFields
        form={modal}
        priority={without === 'priority' ? undefined : modal.field('priority')}
        noDescription={without === 'description'}
        dueMin={localDateInVietnam()}
      />
      {children}
    </ModalForm>
  );
}
