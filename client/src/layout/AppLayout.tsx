import { Anchor, AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LoadingState } from '../components/LoadingState';
import { AppHeader } from './AppHeader';
import { AppNavbar } from './AppNavbar';

/**
 * The signed-in frame: header, main navigation (a burger menu on phone-sized screens)
 * and the page. Pages load lazily inside it.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <Anchor href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppHeader navOpened={navOpened} onToggleNav={toggle} />
      <AppNavbar mobileOpened={navOpened} onNavigate={close} />
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
