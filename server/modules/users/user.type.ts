import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../core/node.js';

/** A sign-in account. Root values are `User` entities. */
@ObjectType('User', { implements: Node })
export class UserType extends Node {
  @Field()
  email!: string;

  @Field()
  isSystemAdmin!: boolean;
}
