import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';

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

/** Props of `RenameOrganizationModal`. */
export interface RenameOrganizationModalProps {
  organization: { id: string; name: string; shortName?: string | null; version: number };
  onClose: () => void;
  onRenamed: (name: string) => void;
}

/**
 * The rename form. It sends the version it was opened with, so a change made meanwhile
 * by someone else is refused (CONFLICT) instead of overwritten; the cache updates every
 * view of the organization from the answer.
 */
export function RenameOrganizationModal({ organization, onClose, onRenamed }: RenameOrganizationModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(organization.name);
  const [shortName, setShortName] = useState(organization.shortName ?? '');
  const [touched, setTouched] = useState(false);
  const [rename, { loading, error }] = useMutation(RenameOrganizationMutation);
  const nameError = touched && !name.trim() ? t('organization.nameRequired') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!name.trim()) return;
    const result = await rename({
      variables: {
        input: {
          organizationId: organization.id,
          name: name.trim(),
          shortName: shortName.trim() || null,
          expectedVersion: organization.version,
        },
      },
    }).catch(() => null);
    if (result?.data) onRenamed(result.data.renameOrganization.organization.name);
  };

  return (
    <Modal opened onClose={onClose} title={t('organization.renameTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <TextInput
            label={t('organization.nameLabel')}
            required
            data-autofocus
            value={name}
            error={nameError}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <TextInput
            label={t('organization.shortNameLabel')}
            description={t('organization.shortNameHint')}
            value={shortName}
            onChange={(event) => setShortName(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
