import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';

import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { personById } from '../people/people.loaders.js';
import { PersonType } from '../people/person.type.js';
import { readableProgram } from '../programs/programs.loaders.js';
import { ProgramType } from '../programs/program.type.js';
import { loadVisibleTask } from '../tasks/task.visibility.js';
import { TaskType } from '../tasks/task.type.js';
import { agendaItemById, conclusionById, meetingById, minutesById } from './meeting.loaders.js';
import { registerMeetingPart } from './meeting.nodes.js';
import { MeetingType } from './meeting.type.js';
import type { MeetingAgendaItem, MeetingConclusion } from './record.entity.js';
import { MeetingAgendaItemType, MeetingConclusionType } from './record.type.js';

registerMeetingPart('MeetingAgendaItem', agendaItemById);
registerMeetingPart('MeetingMinutes', minutesById);
registerMeetingPart('MeetingConclusion', conclusionById);

/** An agenda item's links; a linked program or task shows only to those who may see it. */
@Resolver(() => MeetingAgendaItemType)
export class AgendaItemResolver {
  @FieldResolver(() => OrganizationType, { nullable: true })
  presenterOrganization(@Root() item: MeetingAgendaItem, @Ctx() ctx: Context) {
    return item.presenterOrganization
      ? loader(ctx, organizationById).load(item.presenterOrganization.id)
      : null;
  }

  @FieldResolver(() => PersonType, { nullable: true })
  presenterPerson(@Root() item: MeetingAgendaItem, @Ctx() ctx: Context) {
    return item.presenterPerson ? loader(ctx, personById).load(item.presenterPerson.id) : null;
  }

  @FieldResolver(() => ProgramType, {
    nullable: true,
    description: 'Null when none or not visible to the viewer.',
  })
  program(@Root() item: MeetingAgendaItem, @Ctx() ctx: Context) {
    return item.program ? readableProgram(ctx, item.program.id) : null;
  }

  @FieldResolver(() => TaskType, {
    nullable: true,
    description: 'Null when none or not visible to the viewer.',
  })
  task(@Root() item: MeetingAgendaItem, @Ctx() ctx: Context) {
    return item.task ? loadVisibleTask(ctx, item.task.id) : null;
  }
}

/** A conclusion's links: its meeting and the task it became. */
@Resolver(() => MeetingConclusionType)
export class ConclusionResolver {
  @FieldResolver(() => MeetingType)
  meeting(@Root() conclusion: MeetingConclusion, @Ctx() ctx: Context) {
    return loadNow(ctx, meetingById, conclusion.meeting.id);
  }

  @FieldResolver(() => TaskType, {
    nullable: true,
    description: 'The task it became (turnConclusionIntoTask); null when none or not visible to the viewer.',
  })
  task(@Root() conclusion: MeetingConclusion, @Ctx() ctx: Context) {
    return conclusion.task ? loadVisibleTask(ctx, conclusion.task.id) : null;
  }
}
