import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { graphql } from '../../gql';

const MayCreateTaskQuery = graphql(`
  query MayCreateTask($id: ID!) {
    organization(id: $id) {
      id
      viewerCan {
        createTask
      }
    }
  }
`);

/**
 * "Giao nhiệm vụ", shown only when the server says the viewer may create a task led by the
 * current organization (`Organization.viewerCan.createTask`, the tasks module's own rule).
 */
export function CreateTaskButton() {
  const { t } = useTranslation();
  const { current } = useCurrentOrganization();
  const { data } = useQuery(MayCreateTaskQuery, { variables: { id: current?.id ?? '' }, skip: !current });
  if (!data?.organization?.viewerCan.createTask) return null;
  return (
    <Button component={Link} to={paths.newTask} leftSection={<IconPlus size={16} aria-hidden />}>
      {t('tasks.create')}
    </Button>
  );
}
