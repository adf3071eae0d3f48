import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { PersonPicker } from '../../components/PersonPicker';
import { graphql } from '../../gql';

const AssignTaskMutation = graphql(`
  mutation AssignTask($input: AssignTaskInput!) {
    assignTask(input: $input) {
      task {
        id
        version
        ...TaskAssignments
      }
    }
  }
`);

/**
 * "Thêm cơ quan phối hợp": a coordinating organization joins the task, with its person in charge
 * and its own deadline if any.
 */
export function AssignTaskButton({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const [assign] = useMutation(AssignTaskMutation);
  const modal = useModalForm({
    initialValues: {
      organization: null as { id: string; name: string } | null,
      person: null as { id: string; fullName: string } | null,
      dueOn: '',
    },
    validate: { organization: required('taskAgencies.organizationRequired') },
    serverFields: { organizationId: 'organization', personInChargeId: 'person' },
    submit: ({ organization, person, dueOn }) =>
      assign({
        variables: {
          input: {
            taskId,
            organizationId: organization?.id ?? '',
            personInChargeId: person?.id ?? null,
            dueOn: dueOn || null,
          },
        },
      }),
  });
  return (
    <ModalForm label={t('taskAgencies.assign')} button={{ variant: 'light', size: 'xs' }} modal={modal}>
      <OrganizationPicker label={t('taskAgencies.organization')} required {...modal.field('organization')} />
      <PersonPicker label={t('taskAgencies.personInCharge')} {...modal.field('person')} />
      <TextInput type="date" label={t('taskAgencies.dueOn')} {...modal.field('dueOn')} />
    </ModalForm>
  );
}
