import { useMutation } from '@apollo/client/react';
import { Checkbox, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { SegmentedField } from '../../components/forms/SegmentedField';
import { useModalForm } from '../../components/forms/use-modal-form';
import { localDateInVietnam } from '../../i18n/format-date';
import { ClassifyPetitionMutation } from './petition-mutations';

/** The petition a step acts on, with the version last read. */
export interface PetitionStep {
  petitionId: string;
  expectedVersion: number;
}

/**
 * "Phân loại đơn": within the organization's jurisdiction (accepted — "thụ lý" — on a day, which
 * starts the time limit; a complex case has a longer one) or not (to be transferred or filed).
 */
export function ClassifyPetitionButton({
  petition,
  receivedOn,
}: {
  petition: PetitionStep;
  receivedOn: string;
}) {
  const { t } = useTranslation();
  const [classify] = useMutation(ClassifyPetitionMutation, { refetchQueries: ['OrganizationPetitionList'] });
  const modal = useModalForm({
    initialValues: { jurisdiction: 'within', complex: false, acceptedOn: localDateInVietnam() },
    serverFields: { withinJurisdiction: 'jurisdiction' },
    submit: (values) => {
      const within = values.jurisdiction === 'within';
      return classify({
        variables: {
          input: {
            ...petition,
            withinJurisdiction: within,
            ...(within ? { complex: values.complex, acceptedOn: values.acceptedOn || null } : {}),
          },
        },
      });
    },
  });
  const within = modal.values.jurisdiction === 'within';
  return (
    <ModalForm
      label={t('petitionActions.classify')}
      modal={modal}
      submitLabel={t('petitionActions.classify')}
    >
      <SegmentedField
        label={t('petitionActions.jurisdiction')}
        data={[
          { value: 'within', label: t('petitions.withinJurisdiction') },
          { value: 'outside', label: t('petitions.outsideJurisdiction') },
        ]}
        {...modal.field('jurisdiction')}
      />
      {within ? (
        <>
          <PastDateField
            label={t('petitionActions.acceptedOn')}
            description={t('petitionActions.acceptedOnHint')}
            min={receivedOn}
            {...modal.field('acceptedOn')}
          />
          <Checkbox
            label={t('petitionActions.complex')}
            checked={modal.values.complex}
            onChange={(event) => modal.form.setFieldValue('complex', event.currentTarget.checked)}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('petitionActions.outsideHint')}
        </Text>
      )}
    </ModalForm>
  );
}
