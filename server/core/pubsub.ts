import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

/** Events the platform publishes after commit. Payloads carry IDs only, never record contents. */
export type Events = {
  /** An organization was created or changed (directory). */
  ORGANIZATION_CHANGED: [{ organizationId: string; change: string }];
  /** A meeting (or a whole series) changed; `organizationIds` are the host and the invited organizations. */
  MEETING_CHANGED: [
    { meetingId: string; seriesId: string | null; organizationIds: string[]; change: string },
  ];
  /** A program or its participants, objectives or updates changed. */
  PROGRAM_CHANGED: [{ programId: string; change: string }];
  /** A task was created or changed; `organizationIds` are the organizations that may see it. */
  TASK_CHANGED: [
    { taskId: string; organizationIds: string[]; change: string; targetOrganizationIds?: string[] },
  ];
  /** New notifications were committed for these people (their inboxes). */
  NOTIFICATION_ADDED: [{ personIds: string[] }];
  /** A user's roles changed: live subscriptions reload that user's access. */
  ACCESS_CHANGED: [{ userIds: string[]; apiTokenIds?: string[] }];
};

/** The pub/sub used by type-graphql subscriptions, plus how to close its connections. */
export type PubSub = ReturnType<typeof createPubSub<Events>> & { close(): Promise<void> };

/**
 * Creates the event bus. Without `redisUrl` events stay in this process; with
 * it they fan out through Redis so a subscriber on another instance receives
 * them. Publishing never blocks or fails a mutation: while Redis is down a
 * publish is dropped (and logged) — the notification inbox, written in the
 * mutation's transaction, still has it — and ioredis reconnects by itself.
 */
export function createEventBus(redisUrl?: string): PubSub {
  if (!redisUrl) return Object.assign(createPubSub<Events>(), { close: async () => {} });
  const options = { maxRetriesPerRequest: 1, lazyConnect: false };
  const publisher = new Redis(redisUrl, { ...options, enableOfflineQueue: false });
  const subscriber = new Redis(redisUrl, options);
  for (const client of [publisher, subscriber]) client.on('error', () => {});
  const eventTarget = createRedisEventTarget({
    publishClient: {
      publish: (channel: string, message: string) =>
        publisher.publish(channel, message).catch((error: unknown) => {
          console.warn(`event ${channel} not fanned out (Redis unavailable): ${String(error)}`);
          return 0;
        }),
    } as unknown as Redis,
    subscribeClient: subscriber,
  });
  return Object.assign(createPubSub<Events>({ eventTarget }), {
    close: async () => {
      publisher.disconnect();
      subscriber.disconnect();
    },
  });
}
