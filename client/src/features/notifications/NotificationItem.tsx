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

/**
 * One notification: what happened, linking to the record (by its text, or by
 * its title when it has none, as an overdue task's reminder), when, and "mark read" while unread, never clipped on a narrow screen.
 */
export function NotificationItem(props: NotificationItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const n = getFragmentData(NotificationItemFragment, props.notification);
  const link = notificationLink(n.subjectType, n.subjectId);
  const unread = !n.readAt;
  const title = n.title.normalize('NFC');
  const body = n.body?.normalize('NFC') ?? null;
  return (
    <Paper withBorder p="sm" bg={unread ? 'blue.0' : undefined} component="article" aria-label={title}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: '1 1 14rem', minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            {unread && (
              <Badge size="xs" color="blue" tt="none" style={{ flexShrink: 0 }}>
                {t('notifications.unread')}
              </Badge>
            )}
            {link && !body ? (
              <Anchor component={Link} to={link} fw={600} style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Anchor>
            ) : (
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Text>
            )}
          </Group>
          {body &&
            (link ? (
              <Anchor component={Link} to={link} size="sm">
                {body}
              </Anchor>
            ) : (
              <Text size="sm">{body}</Text>
            ))}
          <Text size="xs" c="dimmed">
            {formatDateTime(n.createdAt)}
          </Text>
        </Stack>
        {unread && (
          <Button
            size="xs"
            variant="light"
            style={{ flexShrink: 0 }}
            loading={props.marking}
            onClick={() => props.onMarkRead(n.id)}
            aria-label={t('notifications.markReadOne', { title })}
          >
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
