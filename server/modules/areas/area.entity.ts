import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';

/** Levels of Vietnam's administrative units. No fixed depth: two-tier provinces skip DISTRICT. */
export const AreaLevel = stringEnum('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE');
/** A member of {@link AreaLevel}. */
export type AreaLevel = EnumMember<typeof AreaLevel>;

/** Rank of each level, higher is lower in the tree; a child must rank below its parent. */
export const AREA_LEVEL_RANK: Record<AreaLevel, number> = {
  CENTRAL: 0,
  PROVINCE: 1,
  DISTRICT: 2,
  COMMUNE: 3,
  VILLAGE: 4,
};

/** An administrative area (tỉnh, huyện, xã, thôn…) in a tree. */
@Entity({ tableName: 'administrative_area' })
@Index({
  name: 'administrative_area_search_key_trgm',
  expression:
    'create index "administrative_area_search_key_trgm" on "administrative_area" using gin ("search_key" gin_trgm_ops)',
})
export class AdministrativeArea extends BaseEntity {
  /** Official code (e.g. `20` for Lạng Sơn), unique. */
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  /** Sorted the Vietnamese way (collation `vietnamese`: Đ after D, tones after the base letter). */
  @Property({ type: 'string', length: 300, collation: 'vietnamese' })
  name!: string;

  /** `foldForSearch(name)`, kept in step by the commands that set the name. */
  @Property({ type: 'string', length: 300 })
  searchKey!: string;

  @Enum({ items: () => AreaLevel })
  level!: AreaLevel;

  @ManyToOne(() => AdministrativeArea, { nullable: true, ref: true, index: true })
  parent: Ref<AdministrativeArea> | null = null;
}
