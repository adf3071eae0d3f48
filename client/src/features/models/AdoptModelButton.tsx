import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { graphql } from '../../gql';
import { localDateInVietnam } from '../../i18n/format-date';

const AdoptModelMutation = graphql(`
  mutation AdoptModel($input: AdoptModelInput!) {
    adoptModel(input: $input) {
      model {
        id
        adoptionCount
      }
    }
  }
`);

/** "Ghi nhận áp dụng": an organization (a commune's) adopted the model, since a date. */
export function AdoptModelButton({ modelId }: { modelId: string }) {
  const { t } = useTranslation();
  const [adopt] = useMutation(AdoptModelMutation, { refetchQueries: ['ModelPage'] });
  const modal = useModalForm({
    initialValues: {
      organization: null as { id: string; name: string } | null,
      adoptedOn: localDateInVietnam(),
    },
    validate: {
      organization: required('modelActions.adopterRequired'),
      adoptedOn: required('modelActions.adoptedOnRequired'),
    },
    serverFields: { organizationId: 'organization' },
    submit: (values) =>
      adopt({
        variables: {
          input: { modelId, organizationId: values.organization?.id ?? '', adoptedOn: values.adoptedOn },
        },
      }),
  });
  return (
    <ModalForm label={t('modelActions.adopt')} button={{ variant: 'light' }} modal={modal}>
      <OrganizationPicker label={t('modelActions.adopter')} required {...modal.field('organization')} />
      <PastDateField label={t('modelActions.adoptedOn')} required {...modal.field('adoptedOn')} />
    </ModalForm>
  );
}
