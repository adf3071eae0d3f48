import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from '../auth/RequireSession';
import { SignInPage } from '../features/sign-in/SignInPage';
import { AppLayout } from '../layout/AppLayout';
import { paths } from './paths';

// Pages load on demand (each is its own chunk); the sign-in page and the frame load at once.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const DirectoryPage = lazy(() => import('../features/directory/DirectoryPage'));
const OrganizationPage = lazy(() => import('../features/organization/OrganizationPage'));
const ProgramsPage = lazy(() => import('../features/programs/ProgramsPage'));
const ProgramPage = lazy(() => import('../features/programs/ProgramPage'));
const TasksPage = lazy(() => import('../features/tasks/TasksPage'));
const TaskPage = lazy(() => import('../features/tasks/TaskPage'));
const CreateTaskPage = lazy(() => import('../features/tasks/CreateTaskPage'));
const SchedulePage = lazy(() => import('../features/schedule/SchedulePage'));
const MeetingPage = lazy(() => import('../features/schedule/MeetingPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const CreateProgramPage = lazy(() => import('../features/programs/CreateProgramPage'));
const ScheduleMeetingPage = lazy(() => import('../features/schedule/ScheduleMeetingPage'));
const NotificationPreferencesPage = lazy(
  () => import('../features/notifications/NotificationPreferencesPage'),
);
const PetitionsPage = lazy(() => import('../features/petitions/PetitionsPage'));
const PetitionPage = lazy(() => import('../features/petitions/PetitionPage'));
const OrganizationPetitionsPage = lazy(() => import('../features/petitions/OrganizationPetitionsPage'));
const ModelsPage = lazy(() => import('../features/models/ModelsPage'));
const ModelPage = lazy(() => import('../features/models/ModelPage'));
const OversightPage = lazy(() => import('../features/oversight/OversightPage'));
const SituationsPage = lazy(() => import('../features/situations/SituationsPage'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage'));
const ReportSubmissionPage = lazy(() => import('../features/reports/ReportSubmissionPage'));
const ReviewQueuePage = lazy(() => import('../features/reports/ReviewQueuePage'));
const CompletenessPage = lazy(() => import('../features/reports/CompletenessPage'));
const IndicatorsPage = lazy(() => import('../features/reports/IndicatorsPage'));
const NotFoundPage = lazy(() => import('../features/placeholders/NotFoundPage'));

/** Every route of the client: a module's list at its path, its records below it. */
export const routes: RouteObject[] = [
  { path: paths.signIn, element: <SignInPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: paths.directory, element: <DirectoryPage /> },
          { path: `${paths.directory}/organizations/:organizationId`, element: <OrganizationPage /> },
          {
            path: `${paths.directory}/organizations/:organizationId/petitions`,
            element: <OrganizationPetitionsPage />,
          },
          { path: paths.programs, element: <ProgramsPage /> },
          { path: paths.newProgram, element: <CreateProgramPage /> },
          { path: `${paths.programs}/:programId`, element: <ProgramPage /> },
          { path: paths.tasks, element: <TasksPage /> },
          { path: paths.newTask, element: <CreateTaskPage /> },
          { path: `${paths.tasks}/:taskId`, element: <TaskPage /> },
          { path: paths.schedule, element: <SchedulePage /> },
          { path: `${paths.schedule}/meetings/:meetingId`, element: <MeetingPage /> },
          { path: paths.newMeeting, element: <ScheduleMeetingPage /> },
          { path: paths.petitions, element: <PetitionsPage /> },
          { path: `${paths.petitions}/:petitionId`, element: <PetitionPage /> },
          { path: paths.models, element: <ModelsPage /> },
          { path: `${paths.models}/:modelId`, element: <ModelPage /> },
          { path: paths.oversight, element: <OversightPage /> },
          { path: paths.situations, element: <SituationsPage /> },
          { path: paths.reports, element: <ReportsPage /> },
          { path: paths.reportsReview, element: <ReviewQueuePage /> },
          { path: paths.reportsCompleteness, element: <CompletenessPage /> },
          { path: paths.reportsIndicators, element: <IndicatorsPage /> },
          { path: `${paths.reports}/submissions/:submissionId`, element: <ReportSubmissionPage /> },
          { path: paths.notifications, element: <NotificationsPage /> },
          { path: paths.notificationPreferences, element: <NotificationPreferencesPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
