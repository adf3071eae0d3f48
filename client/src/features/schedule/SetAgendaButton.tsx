import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { useModalForm } from '../../components/forms/use-modal-form';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

const SetAgendaFragment = graphql(`
  fragment SetAgenda on Meeting {
    id
    agenda {
      id
      title
      durationMinutes
      presenterOrganization {
        id
      }
      presenterPerson {
        id
      }
      program {
        id
      }
      task {
        id
      }
    }
  }
`);

const SetAgendaMutation = graphql(`
  mutation SetAgenda($input: SetAgendaInput!) {
    setAgenda(input: $input) {
      meeting {
        id
        ...MeetingAgenda
        ...SetAgenda
      }
    }
  }
`);

/** An agenda item being edited; what the form does not show (presenter, program, task) is kept as it was. */
interface ItemValues {
  title: string;
  minutes: number | string;
  kept: { presenterOrganizationId?: string; presenterPersonId?: string; programId?: string; taskId?: string };
}

const validMinutes = (minutes: number | string) =>
  Number.isInteger(minutes) && Number(minutes) >= 1 && Number(minutes) <= 600;

/** "Sửa chương trình họp": the agenda's items in order, each a title and minutes; items can be added and removed. */
export function SetAgendaButton(props: { meeting: FragmentType<typeof SetAgendaFragment> }) {
  const { t } = useTranslation();
  const meeting = getFragmentData(SetAgendaFragment, props.meeting);
  const [setAgenda] = useMutation(SetAgendaMutation);
  const modal = useModalForm({
    initialValues: {
      items: meeting.agenda.map(
        (item): ItemValues => ({
          title: item.title,
          minutes: item.durationMinutes,
          kept: {
            presenterOrganizationId: item.presenterOrganization?.id,
            presenterPersonId: item.presenterPerson?.id,
            programId: item.program?.id,
            taskId: item.task?.id,
          },
        }),
      ),
    },
    validate: {
      items: (items) =>
        items.some((item) => !item.title.trim())
          ? 'meetingActions.itemTitleRequired'
          : items.some((item) => !validMinutes(item.minutes))
            ? 'meetingActions.itemMinutesInvalid'
            : null,
    },
    submit: ({ items }) =>
      setAgenda({
        variables: {
          input: {
            meetingId: meeting.id,
            items: items.map((item) => ({
              title: item.title.trim(),
              durationMinutes: Number(item.minutes),
              ...item.kept,
            })),
          },
        },
      }),
  });
  const { value: items, onChange, error } = modal.field('items');
  const change = (index: number, patch: Partial<ItemValues>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <ModalForm label={t('meetingActions.setAgenda')} button={{ variant: 'light' }} modal={modal} size="lg">
      <Stack gap="xs">
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no id until saved; the order is the identity.
          <Group key={index} align="flex-end" wrap="nowrap" gap="xs">
            <TextInput
              flex={1}
              label={t('meetingActions.itemTitle', { n: index + 1 })}
              value={item.title}
              onChange={(event) => change(index, { title: event.currentTarget.value })}
            />
            <NumberInput
              w={96}
              label={t('meetingActions.itemMinutes')}
              min={1}
              max={600}
              allowDecimal={false}
              value={item.minutes}
              onChange={(minutes) => change(index, { minutes })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('meetingActions.removeItem', { n: index + 1 })}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Button
          variant="subtle"
          onClick={() => onChange([...items, { title: '', minutes: 30, kept: {} }])}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('meetingActions.addItem')}
        </Button>
      </Stack>
    </ModalForm>
  );
}
