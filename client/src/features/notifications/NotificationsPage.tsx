import { useMutation, useQuery } from '@apollo/client/react';
import { Button, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionView } from '../../components/ConnectionView';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { graphql } from '../../gql';
import { NotificationItem } from './NotificationItem';

const NotificationListQuery = graphql(`
  query NotificationList($unreadOnly: Boolean, $after: String) {
    unreadNotificationCount
    notifications(first: 20, unreadOnly: $unreadOnly, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { id ...NotificationItem } }
    }
  }
`);

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
    }
  }
`);

/** "Thông báo": the viewer's inbox, newest first, live, with "mark read" and "mark all read". */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const query = useQuery(NotificationListQuery, {
    variables: { unreadOnly: filter === 'unread' },
  });
  const { data } = query;
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: ['NotificationList', 'UnreadNotificationCount'],
    awaitRefetchQueries: true,
  });
  const [markingId, setMarkingId] = useState<string | null>(null);
  const markOne = (id: string) => {
    setMarkingId(id);
    void markRead({ variables: { input: { ids: [id] } } })
      .catch(() => null)
      .finally(() => setMarkingId(null));
  };
  return (
    <>
      <PageTitle
        title={t('notifications.title')}
        intro={data ? t('notifications.unreadCount', { count: data.unreadNotificationCount }) : undefined}
        actions={
          data && data.unreadNotificationCount > 0 ? (
            <Button
              variant="light"
              loading={marking.loading && markingId === null}
              onClick={() => void markRead({ variables: { input: { all: true } } }).catch(() => null)}
            >
              {t('notifications.markAllRead')}
            </Button>
          ) : undefined
        }
      />
      <Stack>
        <SegmentedControl
          aria-label={t('notifications.filterLabel')}
          value={filter}
          onChange={(value) => setFilter(value === 'unread' ? 'unread' : 'all')}
          data={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
          maw={320}
        />
        {marking.error && <ErrorAlert error={marking.error} />}
        <div>
          <ConnectionView
            connection={query.data?.notifications}
            query={query}
            emptyText={t('notifications.empty')}
          >
            {(notifications) => (
              <Stack gap="xs" role="list" aria-label={t('notifications.listLabel')}>
                {notifications.map((notification) => (
                  <div role="listitem" key={notification.id}>
                    <NotificationItem
                      notification={notification}
                      onMarkRead={markOne}
                      marking={markingId === notification.id}
                    />
                  </div>
                ))}
              </Stack>
            )}
          </ConnectionView>
        </div>
      </Stack>
    </>
  );
}
