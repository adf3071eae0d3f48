import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { required } from '../../components/forms/rules';
import { useModalForm } from '../../components/forms/use-modal-form';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const RenameOrganizationFragment = graphql(`
  fragment RenameOrganization on Organization {
    id
    name
    shortName
    status
    version
    viewerCan {
      rename
    }
  }
`);

const RenameOrganizationMutation = graphql(`
  mutation RenameOrganization($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) {
      organization {
        id
        name
        shortName
        version
      }
    }
  }
`);

/** Props of `RenameOrganizationButton`. */
export interface RenameOrganizationButtonProps {
  organization: FragmentType<typeof RenameOrganizationFragment>;
  onRenamed: (name: string) => void;
}

/**
 * "Rename", shown only when the server says the viewer may (`viewerCan.rename`). The form sends
 * the version it was opened with, so a change made meanwhile by someone else is refused
 * (CONFLICT) instead of overwritten; the cache updates every view of the organization.
 */
export function RenameOrganizationButton({ organization: ref, onRenamed }: RenameOrganizationButtonProps) {
  const { t } = useTranslation();
  const organization = getFragmentData(RenameOrganizationFragment, ref);
  const [rename] = useMutation(RenameOrganizationMutation);
  const modal = useModalForm({
    initialValues: {
      name: organization.name,
      shortName: organization.shortName ?? '',
      version: organization.version,
    },
    validate: { name: required('organization.nameRequired') },
    submit: ({ name, shortName, version }) =>
      rename({
        variables: {
          input: {
            organizationId: organization.id,
            name: name.trim(),
            shortName: shortName.trim() || null,
            expectedVersion: version,
          },
        },
      }),
    onSuccess: (result) => {
      if (result.data) onRenamed(result.data.renameOrganization.organization.name);
    },
  });
  if (!organization.viewerCan.rename) return null;
  return (
    <ModalForm
      modal={modal}
      label={t('organization.rename')}
      title={t('organization.renameTitle')}
      button={{ variant: 'light', leftSection: <IconPencil size={16} aria-hidden /> }}
    >
      <TextInput label={t('organization.nameLabel')} required data-autofocus {...modal.field('name')} />
      <TextInput
        label={t('organization.shortNameLabel')}
        description={t('organization.shortNameHint')}
        {...modal.field('shortName')}
      />
    </ModalForm>
  );
}
