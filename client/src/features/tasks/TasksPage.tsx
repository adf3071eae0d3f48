import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import { OrganizationTasks } from './OrganizationTasks';

/** "Nhiệm vụ": the tasks of the viewer's organization, filtered by role, status and deadline. */
export default function TasksPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle
        title={t('tasks.title')}
        intro={t('tasks.intro')}
        actions={
          <Button component={Link} to={paths.newTask} leftSection={<IconPlus size={16} aria-hidden />}>
            {t('tasks.create')}
          </Button>
        }
      />
      <Stack>
        <RequireOrganization>
          {(organization) => <OrganizationTasks organizationId={organization.id} />}
        </RequireOrganization>
      </Stack>
    </>
  );
}
