import { Entity, Enum, Index, ManyToOne, Property, Trigger } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { AdministrativeArea } from '../areas/area.entity.js';

/** Kinds of organization in the political system (see domain.md). */
export const OrganizationKind = stringEnum(
  'PARTY_COMMITTEE PARTY_STANDING_COMMITTEE MASS_MOBILIZATION_COMMISSION PEOPLES_COUNCIL',
  'PEOPLES_COMMITTEE STATE_AGENCY ARMED_FORCES FATHERLAND_FRONT SOCIO_POLITICAL_ORG GRASSROOTS_BODY',
);
/** A member of {@link OrganizationKind}. */
export type OrganizationKind = EnumMember<typeof OrganizationKind>;

/** Life-cycle of an organization. History is never deleted. */
export const OrganizationStatus = stringEnum('ACTIVE', 'MERGED', 'DISSOLVED');
/** A member of {@link OrganizationStatus}. */
export type OrganizationStatus = EnumMember<typeof OrganizationStatus>;

/**
 * Keeps `organization_closure` (decision 022) in step with `parent_id`, after
 * each row (when a statement inserts a branch, every row is in place by the
 * time the first trigger runs). An insert links the organization's branch to
 * every ancestor it has; a change of parent first unlinks the branch from the
 * ancestors it no longer has, then links it the same way; other updates
 * return at once.
 */
const CHAIN_OF_COMMAND_BODY = `
  if tg_op = 'DELETE' then
    delete from organization_closure where descendant_id = old.id or ancestor_id = old.id;
    return null;
  end if;
  if tg_op = 'UPDATE' then
    if new.parent_id is not distinct from old.parent_id then return null; end if;
    delete from organization_closure c
     where c.descendant_id in (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d)
       and c.ancestor_id not in (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d);
  end if;
  insert into organization_closure (ancestor_id, descendant_id)
  select a.id, d.id
    from (with recursive a(id) as (select new.id union select o.parent_id from organization o join a on o.id = a.id where o.parent_id is not null) select id from a) a
   cross join (with recursive d(id) as (select new.id union select o.id from organization o join d on o.parent_id = d.id) select id from d) d
  on conflict do nothing;
  return null;`;

/**
 * Counts the statements that write organizations (`OrganizationTreeVersion`):
 * a viewer's reach read before such a write is read again (decision 024).
 */
const TREE_VERSION_BODY = `
  insert into organization_tree_version (id, version) values (1, 1) on conflict (id) do update set version = organization_tree_version.version + 1;
  return null;`;

/** An agency or body: Tỉnh ủy, Ban Dân vận, UBND xã, Hội Nông dân… */
@Entity({ tableName: 'organization' })
@Trigger({
  name: 'organization_chain_of_command',
  timing: 'after',
  events: ['insert', 'update', 'delete'],
  forEach: 'row',
  body: CHAIN_OF_COMMAND_BODY,
})
@Trigger({
  name: 'organization_tree_version',
  timing: 'after',
  events: ['insert', 'update', 'delete'],
  forEach: 'statement',
  body: TREE_VERSION_BODY,
})
@Index({
  name: 'organization_search_key_trgm',
  expression:
    'create index "organization_search_key_trgm" on "organization" using gin ("search_key" gin_trgm_ops)',
})
export class Organization extends BaseEntity {
  @Property({ type: 'string', length: 64, unique: true })
  code!: string;

  /** Sorted the Vietnamese way (collation `vietnamese`: Đ after D, tones after the base letter). */
  @Property({ type: 'string', length: 300, collation: 'vietnamese' })
  name!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  shortName: string | null = null;

  /** `foldForSearch` of name and short name, kept in step by the commands. */
  @Property({ type: 'string', length: 700 })
  searchKey!: string;

  @Enum({ items: () => OrganizationKind })
  kind!: OrganizationKind;

  @ManyToOne(() => AdministrativeArea, { ref: true, index: true })
  area!: Ref<AdministrativeArea>;

  /** The organization above it in its chain of command. */
  @ManyToOne(() => Organization, { nullable: true, ref: true, index: true })
  parent: Ref<Organization> | null = null;

  @Enum({ items: () => OrganizationStatus, default: OrganizationStatus.ACTIVE })
  status: Opt<OrganizationStatus> = OrganizationStatus.ACTIVE;

  /** Set when MERGED: the organization that took over. */
  @ManyToOne(() => Organization, { nullable: true, ref: true })
  successor: Ref<Organization> | null = null;

  /** Date the organization began (a commune founded in a reorganization); null when not recorded. */
  @Property({ type: 'date', nullable: true })
  startedOn: string | null = null;

  /** Date the organization was merged or dissolved. */
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
