import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../core/read/rows.js';
import type { AuditChange } from '../../core/audit.js';
import { loader, type Context } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { optionalGlobalId, parseGlobalId, toGlobalId } from '../../core/ids.js';
import { registerNodeType, visibleNode } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { readByIds } from '../../core/read/rows.js';
import { authorize } from '../../core/policy.js';
import { SignedInQuery } from '../../core/rules.js';
import { apiTokenById, userById } from '../access/access.loaders.js';
import { ApiTokenType } from '../access/access.type.js';
import { UserType } from '../users/user.type.js';
import { AuditRecord } from './audit-record.entity.js';
import { AuditRecordFilter } from './audit.inputs.js';
import { auditLogPolicy, auditRecordPolicy } from './audit.policy.js';
import { auditListQuery } from './audit.repository.js';
import { AuditRecordConnection, AuditRecordType } from './audit.type.js';

registerNodeType(
  'AuditRecord',
  visibleNode(
    async (ctx, id) => (await readByIds(ctx.em, AuditRecord, [id])).get(id),
    async (ctx, record) => auditRecordPolicy.read(await ctx.access(), record),
  ),
);

/** The filter's global IDs as database ids (BAD_USER_INPUT on malformed ones). */
function databaseFilter(filter: AuditRecordFilter | null) {
  if (filter?.from && filter.to && filter.to < filter.from)
    throw badInput('to', 'to must not be before from');
  const recordId = filter?.recordId ? parseGlobalId(filter.recordId)?.id : null;
  if (filter?.recordId && !recordId) throw badInput('recordId', 'recordId is not a valid global ID');
  return {
    organizationId: optionalGlobalId(filter?.organizationId, 'Organization', 'organizationId'),
    userId: optionalGlobalId(filter?.userId, 'User', 'userId'),
    recordId,
    from: filter?.from,
    to: filter?.to,
  };
}

/** The audit log: `auditRecords` and the record's fields. */
@Resolver(() => AuditRecordType)
export class AuditResolver {
  @SignedInQuery(() => AuditRecordConnection, {
    description:
      'The audit log, newest first. System administrators see every record; ADMINs the records concerning organizations where they are ADMIN; anyone else gets FORBIDDEN.',
  })
  async auditRecords(
    @Args() page: PageArgs,
    @Arg('filter', () => AuditRecordFilter, { nullable: true }) filter: AuditRecordFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const where = databaseFilter(filter);
    await authorize(ctx, auditLogPolicy, 'query', {});
    const query = auditListQuery(await ctx.access(), where);
    return readPlainPage(ctx.em, AuditRecord, query, pageRequest(page, info));
  }

  @FieldResolver(() => UserType, {
    nullable: true,
    description: 'Who acted; null for an API token or anonymous.',
  })
  actorUser(@Root() record: Plain<AuditRecord>, @Ctx() ctx: Context) {
    return record.actorUserId ? loader(ctx, userById).load(record.actorUserId) : null;
  }

  @FieldResolver(() => ApiTokenType, { nullable: true, description: 'The API token that acted, if one did.' })
  actorApiToken(@Root() record: Plain<AuditRecord>, @Ctx() ctx: Context) {
    return record.actorApiTokenId ? loader(ctx, apiTokenById).load(record.actorApiTokenId) : null;
  }

  @FieldResolver(() => [ID], { description: 'Global IDs of the records changed.' })
  recordIds(@Root() record: Plain<AuditRecord>) {
    const ids = record.changes.map((c: AuditChange) => toGlobalId(c.entity, c.id));
    return [...new Set(ids)];
  }

  @FieldResolver(() => [ID], { description: 'Global IDs of the organizations concerned.' })
  organizationIds(@Root() record: Plain<AuditRecord>) {
    return record.organizationIds.map((id) => toGlobalId('Organization', id));
  }
}
