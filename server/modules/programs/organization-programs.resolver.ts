import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context } from '../../core/context.js';
import { PageArgs, paginate, pageSize } from '../../core/pagination.js';
import { todayInVietnam } from '../../core/scalars.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { ParticipantRole } from './participant.entity.js';
import { CoordinationProgram, ProgramStatus } from './program.entity.js';
import { programWhere } from './program.repository.js';
import { ProgramConnection } from './program.type.js';
import { BY_CODE, organizationProgramsKey, programsByOrganization } from './programs.loaders.js';

/** Adds "my agency's shared plans" to `Organization`. */
@Resolver(() => OrganizationType)
export class OrganizationProgramsResolver {
  @FieldResolver(() => ProgramConnection, {
    description:
      'Programs the organization currently takes part in (optionally in one role and statuses) that the viewer may read, by code. The first page of many organizations is one query.',
  })
  async programs(
    @Root() organization: Organization,
    @Arg('role', () => ParticipantRole, { nullable: true }) role: ParticipantRole | null,
    @Arg('status', () => [ProgramStatus], { nullable: true }) status: ProgramStatus[] | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const today = todayInVietnam();
    const first = pageSize(page.first);
    if (page.after) {
      const where = programWhere(
        { participantOrganizationId: organization.id, role, status },
        await ctx.access(),
        today,
      );
      return paginate(ctx.em, CoordinationProgram, where, BY_CODE, page);
    }
    const key = organizationProgramsKey({
      organizationId: organization.id,
      role: role ?? null,
      status: status?.length ? status.toSorted() : null,
      first,
      today,
    });
    return loader(ctx, programsByOrganization).load(key);
  }
}
