import { AppShell, Badge, NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NAV_ITEMS } from '../app/nav-items';
import { paths } from '../app/paths';

/** Props of `AppNavbar`. */
export interface AppNavbarProps {
  /** Open on a phone-sized screen (always shown on larger ones). */
  mobileOpened: boolean;
  /** Called after a link is followed (closes the menu on a phone). */
  onNavigate: () => void;
}

const isActive = (itemPath: string, pathname: string) =>
  itemPath === paths.home
    ? pathname === itemPath
    : pathname === itemPath || pathname.startsWith(`${itemPath}/`);

/**
 * The main navigation (`NAV_ITEMS`), with the current page marked for screen readers too.
 * Closed on a phone, it is hidden from keyboard and screen readers, not just moved off-screen.
 */
export function AppNavbar({ mobileOpened, onNavigate }: AppNavbarProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <AppShell.Navbar
      p="xs"
      component="nav"
      aria-label={t('nav.label')}
      id="main-navigation"
      data-mobile-closed={mobileOpened ? undefined : true}
    >
      {NAV_ITEMS.map((item) => {
        const active = isActive(item.path, pathname);
        return (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={t(`nav.${item.label}`)}
            leftSection={<item.icon size={18} aria-hidden />}
            rightSection={
              item.soon ? (
                <Badge size="xs" variant="light" color="gray" tt="none">
                  {t('nav.soon')}
                </Badge>
              ) : undefined
            }
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </AppShell.Navbar>
  );
}
