import { useQuery } from '@apollo/client/react';
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';
import { getFragmentData, graphql } from '../../gql';
import { useTasksLive } from '../../live/use-tasks-live';
import { CancelTaskButton } from './CancelTaskButton';
import { CompleteTaskButton } from './CompleteTaskButton';
import { EditTaskButton } from './EditTaskButton';
import { ExtendDeadlineButton } from './ExtendDeadlineButton';
import { ReassignLeadButton } from './ReassignLeadButton';
import { ReportProgressButton } from './ReportProgressButton';
import { TaskAssignments } from './TaskAssignments';
import { TaskFacts } from './TaskFacts';
import { TaskFollowUps } from './TaskFollowUps';
import { TaskReports } from './TaskReports';
import { UrgeTaskButton } from './UrgeTaskButton';

/** What the page's title and action buttons read of the task. */
const TaskHeadFragment = graphql(`
  fragment TaskHead on Task {
    id
    title
    description
    version
    status
    dueOn
    viewerCan {
      manage
      edit
      complete
      report
      urge
      extendDeadline
    }
    assignments {
      id
      role
      organization {
        id
        name
      }
    }
  }
`);

const TaskPageQuery = graphql(`
  query TaskPage($id: ID!) {
    task(id: $id) {
      id
      ...TaskHead
      ...TaskFacts
      ...TaskAssignments
      ...TaskReports
      ...TaskFollowUps
    }
  }
`);

/** A task: facts, assignments, progress reports, follow-ups and the actions the viewer may take. */
export default function TaskPage() {
  const { taskId = '' } = useParams();
  const { current, organizations } = useCurrentOrganization();
  const { data, error, refetch } = useQuery(TaskPageQuery, { variables: { id: taskId } });
  useTasksLive(current?.id, () => void refetch());
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  // The head's fields, and the sections' fragment references they are passed.
  const task = { ...data.task, ...getFragmentData(TaskHeadFragment, data.task) };
  const mine = new Set(organizations.map((o) => o.id));
  const open = task.status !== 'DONE' && task.status !== 'CANCELLED';
  const reporters = task.assignments.map((a) => a.organization).filter((o) => mine.has(o.id));
  return (
    <>
      <PageTitle
        title={task.title}
        actions={
          <Group gap="xs">
            {task.viewerCan.report && reporters.length > 0 && (
              <ReportProgressButton taskId={task.id} organizations={reporters} />
            )}
            {task.viewerCan.complete && <CompleteTaskButton taskId={task.id} version={task.version} />}
            {task.viewerCan.urge && <UrgeTaskButton taskId={task.id} />}
            {task.viewerCan.manage && open && (
              <ReassignLeadButton
                taskId={task.id}
                version={task.version}
                currentLeadId={task.assignments.find((a) => a.role === 'LEAD')?.organization.id ?? null}
              />
            )}
            {task.viewerCan.edit && open && (
              <EditTaskButton
                taskId={task.id}
                version={task.version}
                title={task.title}
                description={task.description ?? null}
                dueOn={task.dueOn}
              />
            )}
            {task.viewerCan.extendDeadline && open && (
              <ExtendDeadlineButton taskId={task.id} version={task.version} dueOn={task.dueOn} />
            )}
            {task.viewerCan.manage && open && <CancelTaskButton taskId={task.id} version={task.version} />}
          </Group>
        }
      />
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <TaskFacts task={task} />
          <TaskAssignments task={task} canAssign={task.viewerCan.manage && open} />
        </SimpleGrid>
        <TaskReports task={task} />
        <TaskFollowUps task={task} />
      </Stack>
    </>
  );
}
