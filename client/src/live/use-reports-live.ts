import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLatest } from './use-latest';

const ReportNotificationSubscription = graphql(`
  subscription ReportNotification {
    notificationAdded {
      id
      kind
      subjectType
      subjectId
    }
  }
`);

/**
 * Runs `onChange` with the report's global ID when the viewer is told of a report change (submitted
 * to it for review, returned to it). The events are signals only: the page refetches over HTTP.
 */
export function useReportsLive(onChange: (submissionId: string) => void): void {
  const callback = useLatest(onChange);
  useSubscription(ReportNotificationSubscription, {
    onData: ({ data }) => {
      const added = data.data?.notificationAdded;
      if (added?.subjectType === 'ReportSubmission') callback.current(added.subjectId);
    },
  });
}
