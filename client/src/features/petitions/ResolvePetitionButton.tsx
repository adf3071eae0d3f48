import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { localDateInVietnam } from '../../i18n/format-date';
import type { PetitionStep } from './ClassifyPetitionButton';
import { ResolvePetitionMutation } from './petition-mutations';

/** "Giải quyết xong": the outcome ("kết quả giải quyết") and the day it was resolved. */
export function ResolvePetitionButton({
  petition,
  receivedOn,
}: {
  petition: PetitionStep;
  receivedOn: string;
}) {
  const { t } = useTranslation();
  const [resolve] = useMutation(ResolvePetitionMutation, { refetchQueries: ['OrganizationPetitionList'] });
  const modal = useModalForm({
    initialValues: { outcome: '', resolvedOn: localDateInVietnam() },
    validate: {
      outcome: required('petitionActions.outcomeRequired'),
      resolvedOn: required('petitionActions.resolvedOnRequired'),
    },
    submit: (values) =>
      resolve({
        variables: { input: { ...petition, outcome: values.outcome.trim(), resolvedOn: values.resolvedOn } },
      }),
  });
  return (
    <ModalForm
      label={t('petitionActions.resolve')}
      button={{ color: 'green' }}
      modal={modal}
      submitLabel={t('petitionActions.resolve')}
    >
      <Textarea
        label={t('petitionActions.outcome')}
        required
        minRows={3}
        autosize
        {...modal.field('outcome')}
        data-autofocus
      />
      <PastDateField
        label={t('petitionActions.resolvedOn')}
        min={receivedOn}
        required
        {...modal.field('resolvedOn')}
      />
    </ModalForm>
  );
}
