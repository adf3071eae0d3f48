import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { RenameOrganizationModal } from './RenameOrganizationModal';

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

/** Props of `RenameOrganizationButton`. */
export interface RenameOrganizationButtonProps {
  organization: FragmentType<typeof RenameOrganizationFragment>;
  onRenamed: (name: string) => void;
}

/** "Rename", shown only when the server says the viewer may (`viewerCan.rename`). */
export function RenameOrganizationButton({ organization: ref, onRenamed }: RenameOrganizationButtonProps) {
  const { t } = useTranslation();
  const organization = getFragmentData(RenameOrganizationFragment, ref);
  const [opened, { open, close }] = useDisclosure(false);
  if (!organization.viewerCan.rename) return null;
  return (
    <>
      <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={open}>
        {t('organization.rename')}
      </Button>
      {opened && (
        <RenameOrganizationModal
          organization={organization}
          onClose={close}
          onRenamed={(name) => {
            close();
            onRenamed(name);
          }}
        />
      )}
    </>
  );
}
