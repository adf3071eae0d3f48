import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The view `role_holder` (read-only): the people who hear about an
 * organization's business — a role in force directly on it (not inherited
 * from above) and an enabled account; one row per role held (`grant_id`). Other modules'
 * SQL reads who holds roles through this view, never through `role_grant`
 * or `app_user`.
 */
@Entity({
  tableName: 'role_holder',
  view: true,
  expression: `select g.id as grant_id, g.organization_id, u.person_id from role_grant g join app_user u on u.id = g.user_id
    where not u.disabled and g.valid_from <= now() and (g.valid_to is null or g.valid_to > now())`,
})
export class RoleHolder {
  @PrimaryKey({ type: 'uuid' })
  grantId!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  personId!: string;
}
