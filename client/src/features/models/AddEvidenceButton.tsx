import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { localDateInVietnam } from '../../i18n/format-date';

const AddModelEvidenceMutation = graphql(`
  mutation AddModelEvidence($input: AddModelEvidenceInput!) {
    addModelEvidence(input: $input) {
      evidence {
        note
        recordedOn
      }
    }
  }
`);

/** "Thêm minh chứng": an evidence note on the model (what was done, results), on a day. */
export function AddEvidenceButton({ modelId }: { modelId: string }) {
  const { t } = useTranslation();
  const [add] = useMutation(AddModelEvidenceMutation, { refetchQueries: ['ModelPage'] });
  const modal = useModalForm({
    initialValues: { note: '', recordedOn: localDateInVietnam() },
    validate: {
      note: required('modelActions.evidenceRequired'),
      recordedOn: required('modelActions.recordedOnRequired'),
    },
    submit: (values) =>
      add({ variables: { input: { modelId, note: values.note.trim(), recordedOn: values.recordedOn } } }),
  });
  return (
    <ModalForm label={t('modelActions.addEvidence')} button={{ variant: 'default' }} modal={modal}>
      <Textarea
        label={t('modelActions.evidence')}
        required
        minRows={3}
        autosize
        {...modal.field('note')}
        data-autofocus
      />
      <PastDateField label={t('modelActions.recordedOn')} required {...modal.field('recordedOn')} />
    </ModalForm>
  );
}
