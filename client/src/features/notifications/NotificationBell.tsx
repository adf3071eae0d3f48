import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';

const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
    }
  }
`);

/**
 * The bell in the header with the number of unread notifications, live: a new notification
 * (graphql-ws) refetches the count and the notifications list over HTTP.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationCountQuery);
  useSubscription(NotificationAddedSubscription, {
    onData: () => {
      void client.refetchQueries({ include: ['UnreadNotificationCount', 'NotificationList'] });
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Indicator
      label={count > 99 ? '99+' : count}
      size={18}
      disabled={count === 0}
      offset={4}
      data-testid="unread-count"
      data-count={count}
    >
      <ActionIcon
        component={Link}
        to={paths.notifications}
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={t('notifications.bell', { count })}
      >
        <IconBell size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
