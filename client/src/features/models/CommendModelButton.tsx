import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import { localDateInVietnam } from '../../i18n/format-date';

const CommendModelMutation = graphql(`
  mutation CommendModel($input: CommendModelInput!) {
    commendModel(input: $input) {
      commendation {
        commendedBy
        commendedOn
        decisionNumber
      }
    }
  }
`);

/** "Ghi nhận khen thưởng": who commended the model, when, and the decision's number. */
export function CommendModelButton({ modelId }: { modelId: string }) {
  const { t } = useTranslation();
  const [commend] = useMutation(CommendModelMutation, { refetchQueries: ['ModelPage'] });
  const modal = useModalForm({
    initialValues: { commendedBy: '', commendedOn: localDateInVietnam(), decisionNumber: '' },
    validate: {
      commendedBy: required('modelActions.commendedByRequired'),
      commendedOn: required('modelActions.commendedOnRequired'),
      decisionNumber: required('modelActions.decisionNumberRequired'),
    },
    submit: (values) =>
      commend({
        variables: {
          input: {
            modelId,
            commendedBy: values.commendedBy.trim(),
            commendedOn: values.commendedOn,
            decisionNumber: values.decisionNumber.trim(),
          },
        },
      }),
  });
  return (
    <ModalForm
      label={t('modelActions.commend')}
      button={{ variant: 'light' }}
      modal={modal}
      submitLabel={t('modelActions.commend')}
    >
      <TextInput
        label={t('modelActions.commendedBy')}
        placeholder={t('modelActions.commendedByPlaceholder')}
        required
        {...modal.field('commendedBy')}
        data-autofocus
      />
      <PastDateField label={t('modelActions.commendedOn')} required {...modal.field('commendedOn')} />
      <TextInput
        label={t('modelActions.decisionNumber')}
        placeholder="1234/QĐ-UBND"
        required
        {...modal.field('decisionNumber')}
      />
    </ModalForm>
  );
}
