import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AuditRecordFilter {
  @Field(() => ID, { nullable: true, description: 'Records concerning this organization.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Records of what this user did.' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Records that changed this record (any global ID).' })
  recordId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this instant (exclusive).' })
  to?: Date | null;
}
