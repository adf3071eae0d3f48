import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One row counting the writes to `organization` (the trigger
 * `organization_tree_version`, see `Organization`). A viewer's reach over
 * the chain of command is kept between requests while this number and its
 * grants are unchanged (`findViewer`, decision 024): one indexed read per
 * request tells whether it still holds, however large the reach.
 */
@Entity({ tableName: 'organization_tree_version' })
export class OrganizationTreeVersion {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  version!: string;
}
