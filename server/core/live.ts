import { filter, pipe } from '@graphql-yoga/subscription';
import { Role, type ViewerAccess } from './access.js';
import type { Context } from './context.js';
import { parseGlobalId } from './ids.js';
import { observeDeliveryLag } from './metrics.js';
import { nodeFetcher } from './node.js';
import type { Events } from './pubsub.js';

/** The arguments of a subscription field, as graphql-js hands them to `subscribe`. */
export type LiveArgs = Record<string, string>;

/** The database id of a subscription's global-id argument of `type` (null when malformed: no events). */
export function idArg(args: LiveArgs, name: string, type: string): string | null {
  const parsed = parseGlobalId(args[name] ?? '');
  return parsed?.type === type ? parsed.id : null;
}

/** The database id of the subscription's `organizationId` argument (null when malformed). */
export function organizationArg(args: LiveArgs): string | null {
  return idArg(args, 'organizationId', 'Organization');
}

/**
 * The organization of the subscription must be concerned by the event and
 * the viewer must hold a role reaching it — and so may read the record,
 * which the organization takes part in.
 */
export function concernsReadableOrganization(
  access: ViewerAccess,
  organizationIds: string[],
  args: LiveArgs,
): boolean {
  const organizationId = organizationArg(args);
  return (
    !!organizationId && organizationIds.includes(organizationId) && access.has(Role.VIEWER, organizationId)
  );
}

/**
 * The events of `topic` that `accepts` lets through for the subscriber (a
 * type-graphql `subscribe` function). The viewer's access is loaded once,
 * when the subscription starts, and kept (reloaded on the next event after
 * ACCESS_CHANGED for that viewer); events carry the organizations they
 * concern, so each delivery is checked in memory: no query per subscriber
 * and event.
 */
export function liveEvents<K extends keyof Events>(
  topic: K,
  accepts: (payload: Events[K][0], args: LiveArgs, access: ViewerAccess) => boolean,
): (data: { args: unknown; context: unknown }) => Promise<AsyncIterable<Events[K][0]>> {
  return async ({ args, context }) => {
    const ctx = context as Context;
    await ctx.access();
    return pipe(
      (ctx.pubsub.subscribe as (topic: K) => AsyncIterable<Events[K][0]>)(topic),
      filter(async (payload: Events[K][0]) => {
        const accepted = accepts(payload, args as LiveArgs, await ctx.access());
        if (accepted) observeDeliveryLag(payload);
        return accepted;
      }),
    );
  };
}

/**
 * Loads the record of one event as the subscriber may see it now (each
 * event gets a fresh EntityManager and DataLoaders: `freshPerEvent` in
 * server/app/schema.ts). Only runs when the subscriber selected the record.
 */
export async function fetchNode(ctx: Context, type: string, id: string): Promise<unknown> {
  return (await nodeFetcher(type)?.(ctx, id)) ?? null;
}
