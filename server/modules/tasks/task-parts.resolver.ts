import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { loadWithFields } from '../../core/loaders.js';
import { fieldsRead, selectedFields } from '../../core/read/selection.js';

import { registerNodeType, visibleNode } from '../../core/node.js';
import { userById } from '../access/access.loaders.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { personById } from '../people/people.loaders.js';
import { PersonType } from '../people/person.type.js';
import type { TaskAssignment } from './assignment.entity.js';
import type { ProgressReport, TaskFollowUp } from './progress-report.entity.js';
import { assignmentById, followUpById, reportById } from './task.loaders.js';
import { ProgressReportType, TaskAssignmentType, TaskFollowUpType, TaskType } from './task.type.js';
import { loadVisibleTask } from './task.visibility.js';

/** A part of a task (assignment, report, follow-up) is visible with its task. */
const partOfVisibleTask = <T extends { task: { id: string } }>(
  load: (ctx: Context, id: string) => Promise<T | null>,
) => visibleNode(load, (ctx, part) => loadVisibleTask(ctx, part.task.id));

registerNodeType(
  'TaskAssignment',
  partOfVisibleTask((ctx, id) => loader(ctx, assignmentById).load(id)),
);
registerNodeType(
  'ProgressReport',
  partOfVisibleTask((ctx, id) => loader(ctx, reportById).load(id)),
);
registerNodeType(
  'TaskFollowUp',
  partOfVisibleTask((ctx, id) => loader(ctx, followUpById).load(id)),
);

fieldsRead('TaskAssignment', { organization: ['organization'] });

/** The person behind a user account (authors); null for API tokens. */
async function authorPerson(ctx: Context, userId: string | undefined) {
  if (!userId) return null;
  const user = await loader(ctx, userById).load(userId);
  return user ? loader(ctx, personById).load(user.person.id) : null;
}

/** A task assignment's links. */
@Resolver(() => TaskAssignmentType)
export class TaskAssignmentResolver {
  @FieldResolver(() => TaskType)
  task(@Root() assignment: TaskAssignment, @Ctx() ctx: Context) {
    return loadVisibleTask(ctx, assignment.task.id);
  }

  @FieldResolver(() => OrganizationType)
  organization(@Root() assignment: TaskAssignment, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return loadWithFields(ctx, organizationById, assignment.organization.id, selectedFields(info));
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'The named person in charge, if any.' })
  personInCharge(@Root() assignment: TaskAssignment, @Ctx() ctx: Context) {
    return assignment.personInCharge ? loader(ctx, personById).load(assignment.personInCharge.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'True while not handed on or ended.' })
  isCurrent(@Root() assignment: TaskAssignment) {
    return assignment.endedOn === null;
  }
}

/** A progress report's links. */
@Resolver(() => ProgressReportType)
export class ProgressReportResolver {
  @FieldResolver(() => TaskType)
  task(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return loadVisibleTask(ctx, report.task.id);
  }

  @FieldResolver(() => OrganizationType, { description: 'The reporting organization.' })
  organization(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, report.organization.id);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Who wrote it; null for an integration.' })
  author(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return authorPerson(ctx, report.author?.id);
  }
}

/** A follow-up's links. */
@Resolver(() => TaskFollowUpType)
export class TaskFollowUpResolver {
  @FieldResolver(() => OrganizationType, { description: 'The organization urging.' })
  organization(@Root() followUp: TaskFollowUp, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, followUp.organization.id);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Who wrote it; null for an integration.' })
  author(@Root() followUp: TaskFollowUp, @Ctx() ctx: Context) {
    return authorPerson(ctx, followUp.author?.id);
  }
}
