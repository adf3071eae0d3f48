import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';

/** A person (cán bộ, công chức, đảng viên). Root values are `Person` entities. */
@ObjectType('Person', { implements: Node })
export class PersonType extends Node {
  @Field({ description: 'Full Vietnamese name (NFC).' })
  fullName!: string;

  // TODO(access control): contact details are personal data; the access-control
  // issue restricts them to the person and to those who work with them.
  @Field(() => String, { nullable: true, description: 'Contact email; personal data.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number; personal data.' })
  phone!: string | null;
}

/** A page of people (`PersonConnection`). */
export const PersonConnection = connectionType('Person', PersonType);
