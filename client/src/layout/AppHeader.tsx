import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

/** Props of `AppHeader`. */
export interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
}

/** Top bar: menu button (phones), product name, live notification bell, language switch, the user's menu. */
export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <AppShell.Header>
      <Group h="100%" px="md" justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Burger
            opened={navOpened}
            onClick={onToggleNav}
            hiddenFrom="sm"
            size="sm"
            aria-label={t(navOpened ? 'nav.closeMenu' : 'nav.openMenu')}
            aria-expanded={navOpened}
            aria-controls="main-navigation"
          />
          <Anchor component={Link} to={paths.home} fw={700} size="lg" c="red.8" underline="never">
            {t('app.name')}
          </Anchor>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <NotificationBell />
          <LanguageSwitch />
          <UserMenu />
        </Group>
      </Group>
    </AppShell.Header>
  );
}
