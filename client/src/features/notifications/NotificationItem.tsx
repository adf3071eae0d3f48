import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatDateTime } from '../../i18n/format-date';
import { notificationLink } from './notification-link';

const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    title
    body
    createdAt
    readAt
    subjectId
    subjectType
  }
`);

/** Props of `NotificationItem`. */
export interface NotificationItemProps {
  notification: FragmentType<typeof NotificationItemFragment>;
  onMarkRead: (id: string) => void;
  marking: boolean;
}

/** One notification: what happened, when, a link to the record, and "mark read" while unread. */
export function NotificationItem(props: NotificationItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const n = getFragmentData(NotificationItemFragment, props.notification);
  const link = notificationLink(n.subjectType, n.subjectId);
  const unread = !n.readAt;
  return (
    <Paper withBorder p="sm" bg={unread ? 'red.0' : undefined} component="article" aria-label={n.title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            {unread && (
              <Badge size="xs" color="red" tt="none">
                {t('notifications.unread')}
              </Badge>
            )}
            <Text fw={600}>{n.title}</Text>
          </Group>
          {n.body &&
            (link ? (
              <Anchor component={Link} to={link} size="sm">
                {n.body}
              </Anchor>
            ) : (
              <Text size="sm">{n.body}</Text>
            ))}
          <Text size="xs" c="dimmed">
            {formatDateTime(n.createdAt)}
          </Text>
        </Stack>
        {unread && (
          <Button
            size="xs"
            variant="subtle"
            loading={props.marking}
            onClick={() => props.onMarkRead(n.id)}
            aria-label={t('notifications.markReadOne', { title: n.title })}
          >
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
