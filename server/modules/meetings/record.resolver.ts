import { Arg, Ctx, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { SignedInMutation } from '../../core/rules.js';
import { addConclusion } from './commands/add-conclusion.js';
import { recordMinutes } from './commands/record-minutes.js';
import { closeMeeting, startMeeting } from './commands/run-meeting.js';
import { setAgenda } from './commands/set-agenda.js';
import { turnConclusionIntoTask } from './commands/turn-conclusion-into-task.js';
import { MeetingPayload } from './meeting.inputs.js';
import {
  AddConclusionInput,
  CloseMeetingInput,
  ConclusionPayload,
  MeetingIdInput,
  RecordMinutesInput,
  RecordMinutesPayload,
  SetAgendaInput,
  TurnConclusionIntoTaskInput,
  TurnConclusionIntoTaskPayload,
} from './record.inputs.js';

/** Running a meeting: agenda, start, minutes, conclusions (and their tasks), close. COORDINATOR on the host. */
@Resolver()
export class MeetingRecordResolver {
  @SignedInMutation(() => MeetingPayload, { description: 'Replaces the agenda of a meeting not yet held.' })
  async setAgenda(@Arg('input', () => SetAgendaInput) input: SetAgendaInput, @Ctx() ctx: Context) {
    return { meeting: await setAgenda(ctx, input) };
  }

  @SignedInMutation(() => MeetingPayload, { description: 'SCHEDULED → IN_PROGRESS.' })
  async startMeeting(@Arg('input', () => MeetingIdInput) input: MeetingIdInput, @Ctx() ctx: Context) {
    return { meeting: await startMeeting(ctx, input) };
  }

  @SignedInMutation(() => RecordMinutesPayload, {
    description: 'Writes the minutes (draft, or approved: final).',
  })
  async recordMinutes(
    @Arg('input', () => RecordMinutesInput) input: RecordMinutesInput,
    @Ctx() ctx: Context,
  ) {
    return { minutes: await recordMinutes(ctx, input) };
  }

  @SignedInMutation(() => ConclusionPayload, {
    description: 'Adds a conclusion (kết luận) to a meeting that has started.',
  })
  async addConclusion(
    @Arg('input', () => AddConclusionInput) input: AddConclusionInput,
    @Ctx() ctx: Context,
  ) {
    return { conclusion: await addConclusion(ctx, input) };
  }

  @SignedInMutation(() => TurnConclusionIntoTaskPayload, {
    description:
      'Creates the task of a conclusion (lead, coordinating, deadline) in one go; CONFLICT the second time.',
  })
  turnConclusionIntoTask(
    @Arg('input', () => TurnConclusionIntoTaskInput) input: TurnConclusionIntoTaskInput,
    @Ctx() ctx: Context,
  ) {
    return turnConclusionIntoTask(ctx, input);
  }

  @SignedInMutation(() => MeetingPayload, {
    description: 'IN_PROGRESS → HELD, with the citizen count of a dialogue.',
  })
  async closeMeeting(@Arg('input', () => CloseMeetingInput) input: CloseMeetingInput, @Ctx() ctx: Context) {
    return { meeting: await closeMeeting(ctx, input) };
  }
}
