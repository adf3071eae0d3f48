import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import type { FieldRule } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import type { PetitionStep } from './ClassifyPetitionButton';
import { TransferPetitionMutation } from './petition-mutations';

type Organization = { id: string; name: string };

/**
 * "Chuyển đơn": hands the petition to another active organization, which handles it from now on
 * (the chain of handlers keeps the transfer and its note).
 */
export function TransferPetitionButton({
  petition,
  handlerId,
}: {
  petition: PetitionStep;
  handlerId: string;
}) {
  const { t } = useTranslation();
  const [transfer] = useMutation(TransferPetitionMutation, { refetchQueries: ['OrganizationPetitionList'] });
  const checkTarget: FieldRule<Organization | null, unknown> = (value) => {
    if (!value) return 'petitionActions.transferToRequired';
    return value.id === handlerId ? 'petitionActions.transferToSelf' : null;
  };
  const modal = useModalForm({
    initialValues: { to: null as Organization | null, note: '' },
    validate: { to: checkTarget },
    serverFields: { toOrganizationId: 'to' },
    submit: (values) =>
      transfer({
        variables: {
          input: { ...petition, toOrganizationId: values.to?.id ?? '', note: values.note.trim() || null },
        },
      }),
  });
  return (
    <ModalForm
      label={t('petitionActions.transfer')}
      button={{ variant: 'light' }}
      modal={modal}
      submitLabel={t('petitionActions.transfer')}
    >
      <OrganizationPicker label={t('petitionActions.transferTo')} required {...modal.field('to')} />
      <Textarea label={t('petitionActions.transferNote')} minRows={2} autosize {...modal.field('note')} />
    </ModalForm>
  );
}
