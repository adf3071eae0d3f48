import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { Attendance, ChairRole, InvitationResponse } from './participation.entity.js';

registerEnumType(ChairRole, {
  name: 'ChairRole',
  valuesConfig: { CHAIR: { description: 'Chủ trì' }, CO_CHAIR: { description: 'Đồng chủ trì' } },
});
registerEnumType(InvitationResponse, {
  name: 'InvitationResponse',
  valuesConfig: { DELEGATED: { description: 'Cử người khác dự thay (a named substitute)' } },
});
registerEnumType(Attendance, {
  name: 'Attendance',
  valuesConfig: {
    PRESENT: { description: 'Có mặt' },
    ABSENT_EXCUSED: { description: 'Vắng có lý do' },
    ABSENT_UNEXCUSED: { description: 'Vắng không lý do' },
  },
});

/** A person chairing a meeting. Root values are `MeetingChair` entities. */
@ObjectType('MeetingChair', { implements: Node })
export class MeetingChairType extends Node {
  @Field(() => ChairRole)
  role!: ChairRole;
}

/**
 * An invitation to an organization or a named person, its answer and the
 * attendance. Root values are `MeetingInvitation` entities.
 */
@ObjectType('MeetingInvitation', { implements: Node })
export class MeetingInvitationType extends Node {
  @Field(() => InvitationResponse)
  response!: InvitationResponse;

  @Field(() => String, { nullable: true })
  responseNote!: string | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field(() => Attendance, { nullable: true, description: 'Recorded once the meeting has started.' })
  attendance!: Attendance | null;

  @Field(() => String, { nullable: true })
  attendanceNote!: string | null;
}
