import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { AssignmentFields, noAssignment, useTaskAssignment } from '../tasks/task-assignment';
import { TaskModalForm } from '../tasks/TaskModalForm';
import { newTaskValues, taskBasicInput, taskBasicRules } from '../tasks/task-basics';

const CreatePetitionFollowUpTaskMutation = graphql(`
  mutation CreatePetitionFollowUpTask($input: CreatePetitionFollowUpTaskInput!) {
    createPetitionFollowUpTask(input: $input) {
      petition {
        id
        ...PetitionFollowUpTasks
      }
    }
  }
`);

/**
 * "Giao nhiệm vụ xử lý": a task with a lead agency (by default the viewer's organization) and
 * coordinating ones, to follow the open petition up; it is listed on the petition.
 */
export function FollowUpTaskButton({ petitionId, subject }: { petitionId: string; subject: string }) {
  const { t } = useTranslation();
  const { leadOf, checkLead, assignmentInput } = useTaskAssignment();
  const [create] = useMutation(CreatePetitionFollowUpTaskMutation);
  const modal = useModalForm({
    initialValues: {
      ...noAssignment(),
      ...newTaskValues(t('petitionActions.followUpTitle', { subject }), 15),
    },
    validate: { ...taskBasicRules, lead: checkLead },
    submit: (values) =>
      create({ variables: { input: { petitionId, ...taskBasicInput(values), ...assignmentInput(values) } } }),
  });
  return (
    <TaskModalForm
      label={t('petitionActions.followUp')}
      button={{ variant: 'light' }}
      modal={modal}
      without="priority"
    >
      <AssignmentFields
        lead={modal.field('lead')}
        coordinating={modal.field('coordinating')}
        shownLead={leadOf(modal.values)}
      />
    </TaskModalForm>
  );
}
