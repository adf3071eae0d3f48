import { useMutation } from '@apollo/client/react';
import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { graphql } from '../../gql';
import type { ParticipantRole } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';
import { PARTICIPANT_ROLES } from './ParticipantFields';

const AddProgramParticipantMutation = graphql(`
  mutation AddProgramParticipant($input: AddProgramParticipantInput!) {
    addProgramParticipant(input: $input) {
      program {
        id
        ...ProgramParticipants
      }
    }
  }
`);

const RemoveProgramParticipantMutation = graphql(`
  mutation RemoveProgramParticipant($input: RemoveProgramParticipantInput!) {
    removeProgramParticipant(input: $input) {
      program {
        id
        ...ProgramParticipants
      }
    }
  }
`);

/** "Thêm cơ quan tham gia": an organization joins the program with a role, from a day (today by default). */
export function AddParticipantButton({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const [add] = useMutation(AddProgramParticipantMutation, { refetchQueries: ['ProgramPage'] });
  const modal = useModalForm({
    initialValues: {
      organization: null as { id: string; name: string } | null,
      role: 'PARTNER' as ParticipantRole,
      joinedOn: localDateInVietnam(),
    },
    validate: { organization: required('programActions.organizationRequired') },
    serverFields: { organizationId: 'organization' },
    submit: ({ organization, role, joinedOn }) =>
      add({
        variables: {
          input: { programId, organizationId: organization?.id ?? '', role, joinedOn: joinedOn || null },
        },
      }),
  });
  return (
    <ModalForm
      label={t('programActions.addParticipant')}
      button={{ variant: 'light', size: 'xs' }}
      modal={modal}
    >
      <OrganizationPicker
        label={t('programActions.organization')}
        required
        {...modal.field('organization')}
      />
      <Select
        label={t('programActions.role')}
        data={PARTICIPANT_ROLES.map((value) => ({ value, label: t(`participantRole.${value}`) }))}
        allowDeselect={false}
        {...modal.field('role')}
      />
      <TextInput type="date" label={t('programActions.joinedOn')} {...modal.field('joinedOn')} />
    </ModalForm>
  );
}

/** Props of `RemoveParticipantButton`. */
export interface RemoveParticipantButtonProps {
  programId: string;
  organization: { id: string; name: string };
}

/** "Rút": the organization leaves the program as of today (its history is kept). */
export function RemoveParticipantButton({ programId, organization }: RemoveParticipantButtonProps) {
  const { t } = useTranslation();
  const [remove] = useMutation(RemoveProgramParticipantMutation, { refetchQueries: ['ProgramPage'] });
  return (
    <ConfirmButton
      label={t('programActions.remove')}
      title={t('programActions.removeTitle')}
      question={t('programActions.removeQuestion', { name: organization.name })}
      color="red"
      variant="subtle"
      size="xs"
      onConfirm={() => remove({ variables: { input: { programId, organizationId: organization.id } } })}
    />
  );
}
