import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLatest } from './use-latest';

const TaskAssignedSubscription = graphql(`
  subscription TaskAssigned($organizationId: ID!) {
    taskAssigned(organizationId: $organizationId) {
      change
      taskId
    }
  }
`);

const TaskUpdatedSubscription = graphql(`
  subscription TaskUpdated($organizationId: ID!) {
    taskUpdated(organizationId: $organizationId) {
      change
      taskId
    }
  }
`);

/**
 * Runs `onChange` when a task is given to the organization or one of its tasks changes.
 * The events are signals only: the page refetches what it shows over HTTP.
 */
export function useTasksLive(organizationId: string | undefined, onChange: () => void): void {
  const callback = useLatest(onChange);
  const options = {
    variables: { organizationId: organizationId ?? '' },
    skip: !organizationId,
    onData: () => callback.current(),
  };
  useSubscription(TaskAssignedSubscription, options);
  useSubscription(TaskUpdatedSubscription, options);
}
