import { Arg, Ctx, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { checkConflicts } from './commands/check-conflicts.js';
import { cancelMeeting } from './commands/cancel-meeting.js';
import { postponeMeeting } from './commands/postpone-meeting.js';
import { rescheduleMeeting } from './commands/reschedule-meeting.js';
import { scheduleMeeting } from './commands/schedule-meeting.js';
import { updateMeeting } from './commands/update-meeting.js';
import {
  CancelMeetingInput,
  CancelMeetingPayload,
  MeetingPayload,
  PostponeMeetingInput,
  RescheduleMeetingInput,
  RescheduleMeetingPayload,
  UpdateMeetingInput,
} from './meeting.inputs.js';
import { SchedulingConflict } from './conflict.type.js';
import { ScheduleMeetingInput, ScheduleMeetingPayload, SchedulingConflictsInput } from './schedule.inputs.js';

/** Scheduling: schedule, move, edit, postpone and cancel meetings and series; double bookings beforehand. */
@Resolver()
export class MeetingMutationResolver {
  @SignedInQuery(() => [SchedulingConflict], {
    description:
      "Double bookings of chairs and invited organizations' heads at the given times, before scheduling or moving; COORDINATOR on the host.",
  })
  schedulingConflicts(
    @Arg('input', () => SchedulingConflictsInput) input: SchedulingConflictsInput,
    @Ctx() ctx: Context,
  ) {
    return checkConflicts(ctx, input);
  }

  @SignedInMutation(() => ScheduleMeetingPayload, {
    description: 'Schedules a meeting, or a series (every occurrence is created); COORDINATOR on the host.',
  })
  scheduleMeeting(
    @Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput,
    @Ctx() ctx: Context,
  ) {
    return scheduleMeeting(ctx, input);
  }

  @SignedInMutation(() => RescheduleMeetingPayload, {
    description:
      'Moves this occurrence, this and the following ones (splits the series), or the whole series.',
  })
  rescheduleMeeting(
    @Arg('input', () => RescheduleMeetingInput) input: RescheduleMeetingInput,
    @Ctx() ctx: Context,
  ) {
    return rescheduleMeeting(ctx, input);
  }

  @SignedInMutation(() => RescheduleMeetingPayload, {
    description:
      'Edits title, description, place, link or time of this occurrence, this and the following ones (splits the series), or the whole series.',
  })
  updateMeeting(@Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() ctx: Context) {
    return updateMeeting(ctx, input);
  }

  @SignedInMutation(() => MeetingPayload, { description: 'Postpones a scheduled meeting, with a reason.' })
  async postponeMeeting(
    @Arg('input', () => PostponeMeetingInput) input: PostponeMeetingInput,
    @Ctx() ctx: Context,
  ) {
    return { meeting: await postponeMeeting(ctx, input) };
  }

  @SignedInMutation(() => CancelMeetingPayload, {
    description: 'Cancels a meeting (or occurrences of its series), with a reason.',
  })
  cancelMeeting(@Arg('input', () => CancelMeetingInput) input: CancelMeetingInput, @Ctx() ctx: Context) {
    return cancelMeeting(ctx, input);
  }
}
