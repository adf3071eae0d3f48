import { useMutation } from '@apollo/client/react';
import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { localDateInVietnam } from '../../i18n/format-date';
import { AssignmentFields, noAssignment, useTaskAssignment } from '../tasks/task-assignment';

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
      title: t('petitionActions.followUpTitle', { subject }).slice(0, 500),
      description: '',
      dueOn: localDateInVietnam(15),
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
            petitionId,
            title: values.title.trim(),
            description: values.description.trim() || null,
            dueOn: values.dueOn,
            ...assignmentInput(values),
          },
        },
      }),
  });
  return (
    <ModalForm
      label={t('petitionActions.followUp')}
      button={{ variant: 'light' }}
      modal={modal}
      submitLabel={t('createTask.submit')}
      size="lg"
    >
      <TextInput label={t('createTask.taskTitle')} required {...modal.field('title')} data-autofocus />
      <Textarea label={t('createTask.description')} minRows={2} autosize {...modal.field('description')} />
      <TextInput type="date" label={t('createTask.dueOn')} required {...modal.field('dueOn')} />
      <AssignmentFields
        lead={modal.field('lead')}
        coordinating={modal.field('coordinating')}
        shownLead={leadOf(modal.values)}
      />
    </ModalForm>
  );
}
