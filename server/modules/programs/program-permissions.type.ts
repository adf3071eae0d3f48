import { Field, ObjectType } from 'type-graphql';

/** What the viewer may do on a program (from `programPolicy`), so clients can hide what it may not. */
@ObjectType()
export class ProgramPermissions {
  @Field({ description: 'updateProgramDetails, setProgramObjective, recordObjectiveValue' })
  update!: boolean;

  @Field({ description: 'changeProgramStatus' })
  changeStatus!: boolean;

  @Field({ description: 'addProgramParticipant, removeProgramParticipant' })
  manageParticipants!: boolean;

  @Field({ description: 'postProgramUpdate' })
  postUpdate!: boolean;

  @Field({ description: 'createTask in the program' })
  createTask!: boolean;
}
