import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLatest } from './use-latest';

const BriefingScheduleChangedSubscription = graphql(`
  subscription BriefingScheduleChanged($organizationId: ID!) {
    briefingScheduleChanged(organizationId: $organizationId) {
      change
      meetingId
    }
  }
`);

/**
 * Runs `onChange` when a meeting the organization hosts or is invited to is scheduled,
 * moved, postponed or cancelled (a signal: the page refetches over HTTP).
 */
export function useScheduleLive(organizationId: string | undefined, onChange: () => void): void {
  const callback = useLatest(onChange);
  useSubscription(BriefingScheduleChangedSubscription, {
    variables: { organizationId: organizationId ?? '' },
    skip: !organizationId,
    onData: () => callback.current(),
  });
}
