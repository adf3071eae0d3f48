import { useMutation } from '@apollo/client/react';
import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { PageForm } from '../../components/forms/PageForm';
import { required } from '../../components/forms/rules';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { PageTitle } from '../../components/PageTitle';
import { graphql } from '../../gql';
import type { TaskPriority } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';
import { AssignmentFields, noAssignment, useTaskAssignment } from './task-assignment';

const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        id
      }
    }
  }
`);

const PRIORITIES: TaskPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/**
 * "Giao nhiệm vụ": title, deadline, the lead organization and the coordinating ones. The
 * server decides who may (COORDINATOR on the lead); a refusal is explained in plain words.
 */
export default function CreateTaskPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { leadOf, checkLead, assignmentInput } = useTaskAssignment();
  const [create] = useMutation(CreateTaskMutation, { refetchQueries: ['Dashboard', 'OrganizationTaskList'] });
  const taskForm = useMutationForm({
    initialValues: {
      ...noAssignment(),
      title: '',
      description: '',
      dueOn: localDateInVietnam(30),
      priority: 'NORMAL' as TaskPriority,
    },
    validate: {
      title: required('createTask.titleRequired'),
      dueOn: required('createTask.dueRequired'),
      lead: checkLead,
    },
    submit: (values) =>
      create({
        variables: {
          input: {
            title: values.title.trim(),
            description: values.description.trim() || null,
            dueOn: values.dueOn,
            priority: values.priority,
            ...assignmentInput(values),
          },
        },
      }),
    onSuccess: (result) => {
      if (result.data) void navigate(paths.task(result.data.createTask.task.id));
    },
  });
  return (
    <>
      <PageTitle title={t('createTask.title')} intro={t('createTask.intro')} />
      <PageForm
        maw={720}
        form={taskForm}
        label={t('createTask.title')}
        submitLabel={t('createTask.submit')}
        cancelTo={paths.tasks}
      >
        <TextInput label={t('createTask.taskTitle')} required {...taskForm.field('title')} />
        <Textarea label={t('createTask.description')} minRows={2} {...taskForm.field('description')} />
        <Group grow align="flex-start">
          <TextInput type="date" label={t('createTask.dueOn')} required {...taskForm.field('dueOn')} />
          <Select
            label={t('createTask.priority')}
            data={PRIORITIES.map((value) => ({ value, label: t(`taskPriority.${value}`) }))}
            allowDeselect={false}
            {...taskForm.field('priority')}
          />
        </Group>
        <AssignmentFields
          lead={taskForm.field('lead')}
          leadPerson={taskForm.field('leadPerson')}
          coordinating={taskForm.field('coordinating')}
          shownLead={leadOf(taskForm.values)}
        />
      </PageForm>
    </>
  );
}
