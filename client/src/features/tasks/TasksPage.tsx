import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { CreateTaskButton } from './CreateTaskButton';
import { OrganizationTasks } from './OrganizationTasks';

/** "Nhiệm vụ": the tasks of the viewer's organization, filtered by role, status and deadline. */
export default function TasksPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('tasks.title')} intro={t('tasks.intro')} actions={<CreateTaskButton />} />
      <Stack>
        <RequireOrganization>
          {(organization) => <OrganizationTasks organizationId={organization.id} />}
        </RequireOrganization>
      </Stack>
    </>
  );
}
