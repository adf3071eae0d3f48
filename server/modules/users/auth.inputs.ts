import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @MaxLength(320)
  email!: string;

  @Field()
  @MaxLength(1000)
  password!: string;
}

@InputType()
export class RefreshTokenInput {
  @Field()
  @MaxLength(200)
  refreshToken!: string;
}

/** Tokens handed out on sign-in and refresh. */
@ObjectType()
export class AuthPayload {
  @Field({ description: 'Short-lived bearer token for `Authorization: Bearer`.' })
  accessToken!: string;

  @Field({ description: 'Single-use token to get new tokens; rotates on every use.' })
  refreshToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;
}

@ObjectType()
export class SignOutPayload {
  @Field()
  signedOut!: boolean;
}
