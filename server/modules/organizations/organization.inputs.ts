import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Name, Search } from '../../core/text.js';
import { OrganizationKind, OrganizationStatus } from './organization.entity.js';
import { OrganizationType } from './organization.type.js';

/** What a mutation on one organization answers: the organization as it now is. */
@ObjectType()
abstract class OrganizationPayload {
  @Field(() => OrganizationType)
  organization!: OrganizationType;
}

@InputType()
export class OrganizationFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Matches name or short name, ignoring case and diacritics.',
  })
  @Search()
  search?: string | null;

  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @Field(() => ID, { nullable: true })
  areaId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'With areaId: also organizations of the areas below it.',
  })
  includeDescendantAreas?: boolean | null;

  @Field(() => [OrganizationStatus], { nullable: true, description: 'Default: every status.' })
  status?: OrganizationStatus[] | null;
}

/**
 * An organization's names: given by `createOrganization`, changed by
 * `renameOrganization` (unused on its own, so absent from the schema).
 */
@InputType()
abstract class OrganizationNamesInput {
  @Field()
  @Name()
  name!: string;

  @Field(() => String, { nullable: true })
  @Name({ required: false })
  shortName?: string | null;
}

@InputType()
export class CreateOrganizationInput extends OrganizationNamesInput {
  @Field()
  @Name({ max: 64 })
  code!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => ID)
  areaId!: string;

  @Field(() => ID, { nullable: true, description: 'The organization above it in its chain of command.' })
  parentId?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date it began (counts it among "the communes then" from that day); left out: not recorded.',
  })
  startedOn?: string | null;
}

@ObjectType()
export class CreateOrganizationPayload extends OrganizationPayload {}

@InputType()
export class RenameOrganizationInput extends OrganizationNamesInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int, { nullable: true, description: 'Version last read; a stale one gets CONFLICT.' })
  expectedVersion?: number | null;
}

@ObjectType()
export class RenameOrganizationPayload extends OrganizationPayload {}

@InputType()
export class ChangeOrganizationParentInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'Null makes it a top of its chain.' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ObjectType()
export class ChangeOrganizationParentPayload extends OrganizationPayload {}

@InputType()
export class MergeOrganizationsInput {
  @Field(() => [ID], { description: 'Organizations that cease and pass to the successor.' })
  mergedIds!: string[];

  @Field(() => ID)
  successorId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the merger; default today.' })
  effectiveOn?: string | null;
}

@ObjectType()
export class MergeOrganizationsPayload {
  @Field(() => OrganizationType)
  successor!: OrganizationType;

  @Field(() => [OrganizationType])
  merged!: OrganizationType[];
}

@InputType()
export class DissolveOrganizationInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today.' })
  effectiveOn?: string | null;
}

@ObjectType()
export class DissolveOrganizationPayload extends OrganizationPayload {}
