import { useQuery } from '@apollo/client/react';
import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconBellCog, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { useSignOut } from '../auth/use-sign-out';
import { graphql } from '../gql';

const UserMenuQuery = graphql(`
  query UserMenu {
    viewer {
      id
      email
      person {
        id
        fullName
      }
    }
  }
`);

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2)
    .map((word) => word[0])
    .join('')
    .toUpperCase();

/** The signed-in user's name in the header, with the sign-out action. */
export function UserMenu() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const { data } = useQuery(UserMenuQuery);
  const name = data?.viewer.person.fullName ?? data?.viewer.email ?? '';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px={6}
          aria-label={t('auth.userMenu', { name })}
          leftSection={
            <Avatar size={28} radius="xl">
              {initials(name)}
            </Avatar>
          }
        >
          <Text size="sm" visibleFrom="sm" truncate maw={200}>
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {data && <Menu.Label>{data.viewer.email}</Menu.Label>}
        <Menu.Item
          component={Link}
          to={paths.notificationPreferences}
          leftSection={<IconBellCog size={16} aria-hidden />}
        >
          {t('preferences.menu')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
