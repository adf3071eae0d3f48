import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { PersonPicker } from '../../components/PersonPicker';
import { graphql } from '../../gql';

const ReassignTaskLeadMutation = graphql(`
  mutation ReassignTaskLead($input: ReassignTaskLeadInput!) {
    reassignTaskLead(input: $input) {
      task {
        id
        version
      }
    }
  }
`);

type Option = { id: string; name: string };

/** Props of `ReassignLeadButton`. */
export interface ReassignLeadButtonProps {
  taskId: string;
  version: number;
  /** The current lead organization, which cannot be chosen again. */
  currentLeadId: string | null;
}

/**
 * "Đổi cơ quan chủ trì": another organization leads the task, with its person in charge if any
 * (stale versions get CONFLICT).
 */
export function ReassignLeadButton({ taskId, version, currentLeadId }: ReassignLeadButtonProps) {
  const { t } = useTranslation();
  const [reassign] = useMutation(ReassignTaskLeadMutation, { refetchQueries: ['TaskPage'] });
  const modal = useModalForm({
    initialValues: { lead: null as Option | null, person: null as { id: string; fullName: string } | null },
    validate: {
      lead: (lead) =>
        !lead ? 'createTask.leadRequired' : lead.id === currentLeadId ? 'tasks.sameLead' : null,
    },
    serverFields: { organizationId: 'lead', personInChargeId: 'person' },
    // `lead` is set: the check above ran first.
    submit: ({ lead, person }) =>
      reassign({
        variables: {
          input: {
            taskId,
            expectedVersion: version,
            organizationId: lead?.id ?? '',
            personInChargeId: person?.id ?? null,
          },
        },
      }),
  });
  return (
    <ModalForm label={t('tasks.reassignLead')} button={{ variant: 'light' }} modal={modal}>
      <OrganizationPicker label={t('tasks.newLead')} required {...modal.field('lead')} />
      <PersonPicker label={t('taskAgencies.personInCharge')} {...modal.field('person')} />
    </ModalForm>
  );
}
