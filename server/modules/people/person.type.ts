import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { Person } from './person.entity.js';

/** A person (cán bộ, công chức, đảng viên). Root values are plain `Person` records (`Plain`). */
@ObjectType('Person', { implements: Node })
export class PersonType extends Node {
  @Field({ description: 'Full Vietnamese name (NFC).' })
  fullName!: string;

  // email and phone: personal data, resolved by PersonContactResolver under the people policy.
}

/** A page of people (`PersonConnection`). */
export const PersonConnection = connectionType('Person', PersonType);

readAs(Person, PersonType, 'Person');
