import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../core/access.js';
import { Node } from '../../core/node.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'A role on an organization, strongest first; it reaches down the chain of command.',
  valuesConfig: {
    ADMIN: { description: "Manages the organization's users, roles, tokens and data." },
    COORDINATOR: { description: 'Creates and runs programs, tasks and meetings.' },
    MEMBER: { description: 'Reports on what is assigned to the organization.' },
    VIEWER: { description: 'Reads.' },
  },
});

/** A role granted to a user on an organization for a term. Root values are `RoleGrant` entities. */
@ObjectType('RoleGrant', { implements: Node })
export class RoleGrantType extends Node {
  @Field(() => Role)
  role!: Role;

  @Field({ description: 'Start of the term.' })
  validFrom!: Date;

  @Field(() => Date, { nullable: true, description: 'End of the term (exclusive); null while open-ended.' })
  validTo!: Date | null;
}

/** An agency integration's token: one role on one organization. Root values are `ApiToken` entities. */
@ObjectType('ApiToken', { implements: Node })
export class ApiTokenType extends Node {
  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null: does not expire.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when revoked; the token stops working at once.' })
  revokedAt!: Date | null;
}
