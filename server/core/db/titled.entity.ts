import { Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from './base.entity.js';

/**
 * Columns of a record known by its title (a task, a complex situation): the
 * Vietnamese title, an optional description and `foldForSearch(title)`, which
 * the record's trigram index searches.
 */
export abstract class TitledEntity extends BaseEntity {
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** `foldForSearch(title)`. */
  @Property({ type: 'string', length: 500 })
  searchKey!: string;
}
