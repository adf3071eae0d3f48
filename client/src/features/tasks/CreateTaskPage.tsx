import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { PageForm } from '../../components/forms/PageForm';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { PageTitle } from '../../components/PageTitle';
import { graphql } from '../../gql';
import { localDateInVietnam } from '../../i18n/format-date';
import { AssignmentFields, noAssignment, useTaskAssignment } from './task-assignment';
import { newTaskValues, TaskBasicFields, taskBasicInput, taskBasicRules } from './task-basics';

const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        id
      }
    }
  }
`);

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
    initialValues: { ...noAssignment(), ...newTaskValues() },
    validate: { ...taskBasicRules, lead: checkLead },
    submit: (values) =>
      create({ variables: { input: { ...taskBasicInput(values), ...assignmentInput(values) } } }),
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
        <TaskBasicFields
          form={taskForm}
          priority={taskForm.field('priority')}
          dueMin={localDateInVietnam()}
        />
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
