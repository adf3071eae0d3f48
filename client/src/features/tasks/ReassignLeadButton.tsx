import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { graphql } from '../../gql';

const ReassignTaskLeadMutation = graphql(`
  mutation ReassignTaskLead($input: ReassignTaskLeadInput!) {
    reassignTaskLead(input: $input) {
      task {
        id
        version
      }
    }
  }
`);

type Option = { id: string; name: string };

/** Props of `ReassignLeadButton`. */
export interface ReassignLeadButtonProps {
  taskId: string;
  version: number;
  /** The current lead organization, left out of the choices' default. */
  currentLeadId: string | null;
}

/** "Đổi cơ quan chủ trì": another organization leads the task (stale versions get CONFLICT). */
export function ReassignLeadButton({ taskId, version, currentLeadId }: ReassignLeadButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [lead, setLead] = useState<Option | null>(null);
  const [touched, setTouched] = useState(false);
  const [reassign, { loading, error, reset }] = useMutation(ReassignTaskLeadMutation, {
    refetchQueries: ['TaskPage'],
  });
  const leadError = touched
    ? !lead
      ? t('createTask.leadRequired')
      : lead.id === currentLeadId
        ? t('tasks.sameLead')
        : null
    : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!lead || lead.id === currentLeadId) return;
    const result = await reassign({
      variables: { input: { taskId, expectedVersion: version, organizationId: lead.id } },
    }).catch(() => null);
    if (result?.data) close();
  };
  return (
    <>
      <Button
        variant="light"
        onClick={() => {
          reset();
          setLead(null);
          setTouched(false);
          open();
        }}
      >
        {t('tasks.reassignLead')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('tasks.reassignLead')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <OrganizationPicker
              label={t('tasks.newLead')}
              required
              value={lead}
              onChange={setLead}
              error={leadError}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
