import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { LocalDate } from '../../core/scalars.js';
import {
  Petition,
  PetitionChannel,
  PetitionHandler,
  PetitionKind,
  PetitionPetitioner,
  PetitionStatus,
} from './petition.entity.js';

registerEnumType(PetitionKind, {
  name: 'PetitionKind',
  valuesConfig: {
    COMPLAINT: { description: 'Khiếu nại' },
    DENUNCIATION: { description: 'Tố cáo' },
    RECOMMENDATION: { description: 'Kiến nghị' },
    FEEDBACK: { description: 'Phản ánh' },
  },
});
registerEnumType(PetitionChannel, {
  name: 'PetitionChannel',
  valuesConfig: {
    IN_PERSON: { description: 'Handed over in person, at a citizen reception' },
    POST: { description: 'By post' },
    ONLINE: { description: 'Online' },
    FORWARDED: { description: 'Forwarded by another agency' },
  },
});
registerEnumType(PetitionStatus, {
  name: 'PetitionStatus',
  description:
    'RECEIVED → CLASSIFIED → IN_PROGRESS → RESOLVED; TRANSFERRED (the new handler classifies it again), WITHDRAWN or FILED_NO_ACTION. RESOLVED, WITHDRAWN and FILED_NO_ACTION are final.',
});

/**
 * A petition ("đơn thư"). Root values are plain `Petition` records; links,
 * the petitioner and `viewerCan` come from `PetitionResolver`.
 */
@ObjectType('Petition', { implements: Node })
export class PetitionType extends Node {
  @Field(() => PetitionKind)
  kind!: PetitionKind;

  @Field(() => PetitionChannel)
  channel!: PetitionChannel;

  @Field(() => LocalDate)
  receivedOn!: string;

  @Field({ description: 'NFC, 1 to 500 characters.' })
  subject!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether it is within the handling organization's jurisdiction; null until classified.",
  })
  withinJurisdiction!: boolean | null;

  @Field({ description: 'A complex case (a complaint then has 45 days instead of 30).' })
  complex!: boolean;

  @Field(() => PetitionStatus)
  status!: PetitionStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Day of acceptance ("thụ lý") by the current handler.',
  })
  acceptedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The time limit; null until accepted.' })
  dueOn!: string | null;

  @Field(() => Int, { description: 'Extensions of the time limit used (a denunciation may have one).' })
  extensions!: number;

  @Field(() => String, { nullable: true, description: 'The outcome, when RESOLVED.' })
  outcome!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Day it was resolved, withdrawn or filed.' })
  closedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn or filed without action.' })
  closingReason!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back to every change.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const PetitionConnection = connectionType('Petition', PetitionType);

/** The petitioner: personal data, shown only to whom `viewerCan.readPetitioner` allows. */
@ObjectType('Petitioner')
export class PetitionerType {
  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Citizen identity number (CCCD).' })
  identityNumber!: string | null;
}

/** One organization's turn at handling a petition (the chain of handlers). */
@ObjectType('PetitionHandler')
export class PetitionHandlerType {
  @Field(() => LocalDate)
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Null while it handles the petition.' })
  endedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The transfer note; null for the receiver.' })
  note!: string | null;
}

/** What the viewer may do on a petition (the petition policy). */
@ObjectType()
export class PetitionPermissions {
  @Field({
    description:
      'classifyPetition, startHandlingPetition, resolvePetition, withdrawPetition, filePetitionNoAction, extendPetitionDeadline, createPetitionFollowUpTask',
  })
  handle!: boolean;

  @Field({ description: 'transferPetition' })
  transfer!: boolean;

  @Field({ description: 'Whether `petitioner` is shown.' })
  readPetitioner!: boolean;
}

readAs(Petition, PetitionType, 'Petition');
readAs(PetitionHandler, PetitionHandlerType, 'PetitionHandler');
readAs(PetitionPetitioner, PetitionerType, 'Petitioner');
