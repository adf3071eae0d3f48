import { hashSecret, randomSecret } from '../../../core/auth/tokens.js';
import { requireUser, type Context } from '../../../core/context.js';
import { badInput, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { meetingOrganizationPolicy } from '../meeting.policy.js';
import { feedPersonPolicy } from './feed.policy.js';
import { Organization } from '../../organizations/organization.entity.js';
import { Person } from '../../people/person.entity.js';
import { User } from '../../users/user.entity.js';
import { CalendarFeed } from '../calendar-feed.entity.js';
import type { CreateCalendarFeedInput } from './feed.inputs.js';

/** Prefix of feed tokens. */
export const FEED_TOKEN_PREFIX = 'phc';

/** The feed's path on the server for a token. */
export const feedPath = (token: string): string => `/calendar/${token}.ics`;

/**
 * Creates a calendar feed of an organization's meetings (VIEWER or more on
 * it) or of the viewer's own person. The token is returned once; only its
 * hash is kept. Signed-in users only (not API tokens).
 */
export async function createCalendarFeed(
  ctx: Context,
  input: CreateCalendarFeedInput,
): Promise<{ feed: CalendarFeed; url: string; token: string }> {
  const user = requireUser(ctx);
  if (Boolean(input.organizationId) === Boolean(input.personId)) {
    throw badInput('organizationId', 'give exactly one of organizationId and personId');
  }
  const name = input.name ?? null;
  return inTransaction(ctx, async (em) => {
    let organization: Organization | null = null;
    let person: Person | null = null;
    if (input.organizationId) {
      organization = await em.findOne(
        Organization,
        fromGlobalId(input.organizationId, 'Organization', 'organizationId'),
      );
      if (!organization) throw notFound('Organization', input.organizationId);
      await authorize(ctx, meetingOrganizationPolicy, 'createCalendarFeed', organization);
    } else {
      person = await em.findOne(Person, fromGlobalId(input.personId as string, 'Person', 'personId'));
      if (!person) throw notFound('Person', input.personId ?? undefined);
      await authorize(ctx, feedPersonPolicy, 'createCalendarFeed', {
        id: person.id,
        isViewer: person.id === user.personId,
      });
    }
    const token = randomSecret(FEED_TOKEN_PREFIX);
    const feed = em.create(CalendarFeed, {
      name,
      organization,
      person,
      createdBy: em.getReference(User, user.userId),
      tokenHash: hashSecret(token),
    });
    return { feed, url: feedPath(token), token };
  });
}
