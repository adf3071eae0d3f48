import type { Context } from '../../core/context.js';

/**
 * After commit, tells every instance that these users' or tokens' access
 * changed, so live subscriptions reload it before delivering the next event.
 */
export function publishAccessChanged(
  ctx: Context,
  change: { userIds?: string[]; apiTokenIds?: string[] },
): void {
  ctx.pubsub.publish('ACCESS_CHANGED', {
    userIds: change.userIds ?? [],
    apiTokenIds: change.apiTokenIds ?? [],
  });
}
