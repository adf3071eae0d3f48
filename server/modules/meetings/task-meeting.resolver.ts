import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, type LoaderFactory } from '../../core/context.js';
import type { Task } from '../tasks/task.entity.js';
import { TaskType } from '../tasks/task.type.js';
import { visibleMeeting } from './meeting.loaders.js';
import { MeetingConclusion } from './record.entity.js';
import { MeetingConclusionType } from './record.type.js';

/** Conclusions by id, one query per batch (the task keeps the id, no foreign key). */
const conclusionBySourceId: LoaderFactory<string, MeetingConclusion | null> = (ctx) => async (ids) => {
  const rows = await ctx.em.find(MeetingConclusion, { id: { $in: [...ids] } });
  return ids.map((id) => rows.find((r) => r.id === id) ?? null);
};

/** The link back from a task to the meeting conclusion it came from. */
@Resolver(() => TaskType)
export class TaskMeetingResolver {
  @FieldResolver(() => MeetingConclusionType, {
    nullable: true,
    description:
      'For a task from a meeting conclusion: that conclusion (and through it the meeting); null when the viewer may not see the meeting.',
  })
  async sourceConclusion(@Root() task: Task, @Ctx() ctx: Context) {
    if (!task.sourceConclusionId) return null;
    const conclusion = await loader(ctx, conclusionBySourceId).load(task.sourceConclusionId);
    return conclusion && (await visibleMeeting(ctx, conclusion.meeting.id)) ? conclusion : null;
  }
}
