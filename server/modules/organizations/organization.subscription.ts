import { Arg, Authorized, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { loader, type Context } from '../../core/context.js';
import { parseGlobalId } from '../../core/ids.js';
import type { Events } from '../../core/pubsub.js';
import { Rule } from '../../core/rules.js';
import { organizationById } from './organization.loaders.js';
import { OrganizationType } from './organization.type.js';

/** A change in the directory. */
@ObjectType()
export class OrganizationChange {
  @Field({ description: 'CREATED, RENAMED, MOVED, MERGED, SUCCEEDED or DISSOLVED.' })
  change!: string;

  @Field(() => OrganizationType)
  organization!: OrganizationType;
}

type Payload = Events['ORGANIZATION_CHANGED'][0];

/** Live directory changes. */
@Resolver()
export class OrganizationSubscriptionResolver {
  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => OrganizationChange, {
    topics: 'ORGANIZATION_CHANGED',
    filter: ({ payload, args }: { payload: Payload; args: { organizationId?: string | null } }) =>
      !args.organizationId || parseGlobalId(args.organizationId)?.id === payload.organizationId,
    description: 'Directory changes; with organizationId, only that organization.',
  })
  async organizationChanged(
    @Root() payload: Payload,
    @Arg('organizationId', () => ID, { nullable: true }) _organizationId: string | null,
    @Ctx() ctx: Context,
  ) {
    return {
      change: payload.change,
      organization: await loader(ctx, organizationById).load(payload.organizationId),
    };
  }
}
