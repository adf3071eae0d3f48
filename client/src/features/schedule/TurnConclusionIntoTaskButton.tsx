import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OrganizationMultiPicker } from '../../components/OrganizationMultiPicker';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { graphql } from '../../gql';
import { localDateInVietnam } from '../../i18n/format-date';

const TurnConclusionIntoTaskMutation = graphql(`
  mutation TurnConclusionIntoTask($input: TurnConclusionIntoTaskInput!) {
    turnConclusionIntoTask(input: $input) {
      conclusion {
        id
        task {
          id
          title
          deadlineBucket
        }
      }
      task {
        id
      }
    }
  }
`);

type Option = { id: string; name: string };

/** Props of `TurnConclusionIntoTaskButton`. */
export interface TurnConclusionIntoTaskButtonProps {
  conclusionId: string;
  /** The conclusion's text: the task's title. */
  text: string;
}

/** "Giao thành nhiệm vụ": a conclusion becomes a task with a lead, coordinating organizations and a deadline. */
export function TurnConclusionIntoTaskButton({ conclusionId, text }: TurnConclusionIntoTaskButtonProps) {
  const { t } = useTranslation();
  const { current } = useCurrentOrganization();
  const [opened, { open, close }] = useDisclosure(false);
  const [dueOn, setDueOn] = useState(localDateInVietnam(30));
  const [lead, setLead] = useState<Option | null>(null);
  const [coordinating, setCoordinating] = useState<Option[]>([]);
  const [touched, setTouched] = useState(false);
  const [turn, { loading, error, reset }] = useMutation(TurnConclusionIntoTaskMutation, {
    refetchQueries: ['MeetingPage'],
  });
  const chosenLead = lead ?? (current ? { id: current.id, name: current.name } : null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!dueOn || !chosenLead) return;
    const result = await turn({
      variables: {
        input: {
          conclusionId,
          dueOn,
          lead: { organizationId: chosenLead.id },
          coordinating: coordinating
            .filter((o) => o.id !== chosenLead.id)
            .map((o) => ({ organizationId: o.id })),
        },
      },
    }).catch(() => null);
    if (result?.data) close();
  };
  return (
    <>
      <Button
        size="xs"
        variant="light"
        onClick={() => {
          reset();
          setTouched(false);
          open();
        }}
      >
        {t('meeting.turnIntoTask')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('meeting.turnIntoTask')} centered size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <Text size="sm">{text}</Text>
            <OrganizationPicker
              label={t('createTask.lead')}
              required
              value={chosenLead}
              onChange={setLead}
              error={touched && !chosenLead ? t('createTask.leadRequired') : null}
            />
            <OrganizationMultiPicker
              label={t('createTask.coordinating')}
              value={coordinating}
              onChange={setCoordinating}
              excludeId={chosenLead?.id}
            />
            <TextInput
              type="date"
              label={t('createTask.dueOn')}
              required
              value={dueOn}
              error={touched && !dueOn ? t('createTask.dueRequired') : null}
              onChange={(event) => setDueOn(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('meeting.turnIntoTaskSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
