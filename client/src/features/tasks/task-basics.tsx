import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { required } from '../../components/forms/rules';
import type { TaskPriority } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';

/** The form values every task form asks: the title, the description and the deadline. */
export interface TaskTextValues {
  title: string;
  description: string;
  dueOn: string;
}

/** The values of a new task's form: its title, description, deadline and priority. */
export interface TaskBasicValues extends TaskTextValues {
  priority: TaskPriority;
}

const PRIORITIES: TaskPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/** The basic values of a new task: `title` (cut to the 500 characters a title may have), due in `dueInDays`. */
export const newTaskValues = (title = '', dueInDays = 30): TaskBasicValues => ({
  title: title.slice(0, 500),
  description: '',
  dueOn: localDateInVietnam(dueInDays),
  priority: 'NORMAL',
});

/** The checks of the basic values: a title and a deadline. */
export const taskBasicRules = {
  title: required<string, TaskTextValues>('createTask.titleRequired'),
  dueOn: required<string, TaskTextValues>('createTask.dueRequired'),
};

/** The mutation's input of the basic values (trimmed; no description is null). */
export const taskBasicInput = (values: TaskBasicValues) => ({
  title: values.title.trim(),
  description: values.description.trim() || null,
  dueOn: values.dueOn,
  priority: values.priority,
});

/** The props of a field, as `field(name)` of `useMutationForm` gives them. */
export interface FieldProps<Value> {
  value: Value;
  onChange: (value: unknown) => void;
  onFocus: () => void;
  onBlur: () => void;
  error: string | null;
}

/** Props of `TaskBasicFields`. */
export interface TaskBasicFieldsProps<Values extends TaskTextValues> {
  /** The form (`useModalForm` or `useMutationForm`) whose values hold the title, description and deadline. */
  form: { field: <Path extends keyof Values & string>(path: Path) => FieldProps<Values[Path]> };
  /** The priority's field (`field('priority')`), where the mutation takes one. */
  priority?: FieldProps<TaskPriority>;
  /** Leave the description out (the mutation takes none). */
  noDescription?: boolean;
  /** The earliest deadline offered. */
  dueMin?: string;
}

/** The title (focused first in a dialog), the description, the deadline and the priority of a task. */
export function TaskBasicFields<Values extends TaskTextValues>({
  form,
  priority,
  noDescription,
  dueMin,
}: TaskBasicFieldsProps<Values>) {
  const { t } = useTranslation();
  const dueOn = (
    <TextInput type="date" label={t('createTask.dueOn')} min={dueMin} required {...form.field('dueOn')} />
  );
  return (
    <>
      <TextInput label={t('createTask.taskTitle')} required {...form.field('title')} data-autofocus />
      {!noDescription && (
        <Textarea label={t('createTask.description')} minRows={2} autosize {...form.field('description')} />
      )}
      {priority ? (
        <Group grow align="flex-start">
          {dueOn}
          <Select
            label={t('createTask.priority')}
            data={PRIORITIES.map((value) => ({ value, label: t(`taskPriority.${value}`) }))}
            allowDeselect={false}
            {...priority}
          />
        </Group>
      ) : (
        dueOn
      )}
    </>
  );
}
