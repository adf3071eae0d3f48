import { useMutation } from '@apollo/client/react';
import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { localDateInVietnam } from '../../i18n/format-date';
import { AssignmentFields, noAssignment, useTaskAssignment } from '../tasks/task-assignment';

const TurnConclusionIntoTaskMutation = graphql(`
  mutation TurnConclusionIntoTask($input: TurnConclusionIntoTaskInput!) {
    turnConclusionIntoTask(input: $input) {
      conclusion {
        id
        meeting {
          id
          ...MeetingRecord
        }
      }
    }
  }
`);

/** Props of `TurnConclusionIntoTaskButton`. */
export interface TurnConclusionIntoTaskButtonProps {
  conclusionId: string;
  /** The conclusion's text: the task's title. */
  text: string;
}

/** "Giao thành nhiệm vụ": a conclusion becomes a task with a lead, coordinating organizations and a deadline. */
export function TurnConclusionIntoTaskButton({ conclusionId, text }: TurnConclusionIntoTaskButtonProps) {
  const { t } = useTranslation();
  const { leadOf, checkLead, assignmentInput } = useTaskAssignment();
  const [turn] = useMutation(TurnConclusionIntoTaskMutation);
  const modal = useModalForm({
    initialValues: { ...noAssignment(), dueOn: localDateInVietnam(30) },
    validate: { lead: checkLead, dueOn: required('createTask.dueRequired') },
    submit: (values) =>
      turn({ variables: { input: { conclusionId, dueOn: values.dueOn, ...assignmentInput(values) } } }),
  });
  return (
    <ModalForm
      label={t('meeting.turnIntoTask')}
      button={{ size: 'xs', variant: 'light' }}
      modal={modal}
      submitLabel={t('meeting.turnIntoTaskSubmit')}
      size="lg"
    >
      <Text size="sm">{text}</Text>
      <AssignmentFields
        lead={modal.field('lead')}
        leadPerson={modal.field('leadPerson')}
        coordinating={modal.field('coordinating')}
        shownLead={leadOf(modal.values)}
      />
      <TextInput type="date" label={t('createTask.dueOn')} required {...modal.field('dueOn')} />
    </ModalForm>
  );
}
