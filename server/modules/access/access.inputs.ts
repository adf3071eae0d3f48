import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../../core/access.js';
import { Name } from '../../core/text.js';
import { UserType } from '../users/user.type.js';
import { ApiTokenType, RoleGrantType } from './access.type.js';

@InputType()
export class GrantRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Date, { nullable: true, description: 'Default now.' })
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End (exclusive); default open-ended.' })
  validTo?: Date | null;
}

@ObjectType()
export class GrantRolePayload {
  @Field(() => RoleGrantType)
  grant!: RoleGrantType;
}

@InputType()
export class RevokeRoleInput {
  @Field(() => ID)
  grantId!: string;
}

@ObjectType()
export class RevokeRolePayload {
  @Field(() => RoleGrantType)
  grant!: RoleGrantType;
}

@InputType()
export class InviteUserInput {
  @Field()
  @MaxLength(320)
  email!: string;

  @Field(() => ID, { description: 'The person the account belongs to.' })
  personId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => Role)
  role!: Role;
}

@ObjectType()
export class InviteUserPayload {
  @Field(() => UserType, { description: 'The new account, disabled until the invitation is accepted.' })
  user!: UserType;

  @Field({ description: 'Shown only this once; hand it to the invited person.' })
  invitationToken!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @MaxLength(200)
  invitationToken!: string;

  @Field({ description: 'At least 10 characters.' })
  @MaxLength(1000)
  password!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'What the token is for, e.g. the integration using it.' })
  @Name({ max: 200 })
  name!: string;

  @Field(() => Date, { nullable: true, description: 'Default: never expires.' })
  expiresAt?: Date | null;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => ApiTokenType)
  apiToken!: ApiTokenType;

  @Field({ description: 'The bearer secret (`pht_…`), shown only this once.' })
  secret!: string;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  apiTokenId!: string;
}

@ObjectType()
export class RevokeApiTokenPayload {
  @Field(() => ApiTokenType)
  apiToken!: ApiTokenType;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(1000)
  currentPassword!: string;

  @Field({ description: 'At least 10 characters.' })
  @MaxLength(1000)
  newPassword!: string;
}

@ObjectType()
export class ChangePasswordPayload {
  @Field()
  changed!: boolean;
}
