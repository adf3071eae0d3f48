import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from '../auth/RequireSession';
import { SignInPage } from '../features/sign-in/SignInPage';
import { AppLayout } from '../layout/AppLayout';
import { paths } from './paths';

// Pages load on demand (each is its own chunk); the sign-in page and the frame load at once.
const MyOrganizationsPage = lazy(() => import('../features/my-organizations/MyOrganizationsPage'));
const DirectoryPage = lazy(() => import('../features/directory/DirectoryPage'));
const OrganizationPage = lazy(() => import('../features/organization/OrganizationPage'));
const ComingSoonPage = lazy(() => import('../features/placeholders/ComingSoonPage'));
const NotFoundPage = lazy(() => import('../features/placeholders/NotFoundPage'));

/**
 * Every route of the client. Modules still to come have placeholder routes: replace
 * `<ComingSoonPage module="…" />` with the module's pages (a list at the path, its
 * records below it, e.g. `programs/:programId`) and drop `soon` in `nav-items.tsx`.
 */
export const routes: RouteObject[] = [
  { path: paths.signIn, element: <SignInPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <MyOrganizationsPage /> },
          { path: paths.directory, element: <DirectoryPage /> },
          { path: `${paths.directory}/organizations/:organizationId`, element: <OrganizationPage /> },
          { path: paths.programs, element: <ComingSoonPage module="programs" /> },
          { path: paths.tasks, element: <ComingSoonPage module="tasks" /> },
          { path: paths.schedule, element: <ComingSoonPage module="schedule" /> },
          { path: paths.notifications, element: <ComingSoonPage module="notifications" /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
