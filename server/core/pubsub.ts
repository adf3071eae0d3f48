import { createPubSub } from '@graphql-yoga/subscription';

/** Events the platform publishes after commit. Payloads carry IDs only. */
export type Events = {
  /** An organization was created or changed (directory). */
  ORGANIZATION_CHANGED: [{ organizationId: string; change: string }];
};

/** Creates the in-process pub/sub used by type-graphql subscriptions. */
export function createEventBus() {
  return createPubSub<Events>();
}

/** The pub/sub type used across the server. */
export type PubSub = ReturnType<typeof createEventBus>;
