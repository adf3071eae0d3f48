import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../core/db/base.entity.js';

/** A person: cán bộ, công chức, đảng viên. */
@Entity({ tableName: 'person' })
@Index({
  name: 'person_search_key_trgm',
  expression: 'create index "person_search_key_trgm" on "person" using gin ("search_key" gin_trgm_ops)',
})
export class Person extends BaseEntity {
  @Property({ type: 'string', length: 300 })
  fullName!: string;

  @Property({ type: 'string', length: 300 })
  searchKey!: string;

  /** Contact details: personal data, see the access policy. */
  @Property({ type: 'string', length: 320, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  phone: string | null = null;
}
