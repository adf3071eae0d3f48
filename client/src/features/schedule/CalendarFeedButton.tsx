import { useMutation } from '@apollo/client/react';
import { Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';

const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) {
      url
      feed {
        id
      }
    }
  }
`);

/** "Đăng ký lịch": creates an iCalendar feed of the organization and shows its URL once. */
export function CalendarFeedButton({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [create, { data, loading, error, reset }] = useMutation(CreateCalendarFeedMutation);
  const url = data ? new URL(data.createCalendarFeed.url, window.location.origin).toString() : null;
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconCalendarShare size={16} aria-hidden />}
        onClick={() => {
          reset();
          open();
        }}
      >
        {t('schedule.subscribe')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('schedule.subscribe')} centered>
        <Stack>
          <Text size="sm">{t('schedule.subscribeIntro')}</Text>
          {error && <ErrorAlert error={error} />}
          {url ? (
            <>
              <TextInput
                label={t('schedule.feedUrl')}
                value={url}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
              />
              <Text size="xs" c="dimmed">
                {t('schedule.feedOnce')}
              </Text>
              <Group justify="flex-end">
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button variant="light" onClick={copy}>
                      {copied ? t('schedule.copied') : t('schedule.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </>
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                loading={loading}
                onClick={() => void create({ variables: { input: { organizationId } } }).catch(() => null)}
              >
                {t('schedule.createFeed')}
              </Button>
            </Group>
          )}
        </Stack>
      </Modal>
    </>
  );
}
