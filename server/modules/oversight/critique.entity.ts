import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { Organization } from '../organizations/organization.entity.js';

/**
 * How a social critique was given.
 * - `CONFERENCE`: A critique conference (hội nghị phản biện).
 * - `WRITTEN`: Written opinions (gửi văn bản).
 */
export const CritiqueForm = stringEnum('CONFERENCE', 'WRITTEN');
/** A member of {@link CritiqueForm}. */
export type CritiqueForm = EnumMember<typeof CritiqueForm>;

/**
 * A social critique ("phản biện xã hội") by the Fatherland Front or a
 * socio-political organization (the owner) of a draft document of a drafting
 * body: the form, the opinions given, and whether the drafting body took them
 * in, with its answer.
 */
@Entity({ tableName: 'social_critique' })
@Index({ properties: ['organization', 'heldOn'] })
@Index({ properties: ['draftingOrganization'] })
@Index({
  name: 'social_critique_search_key_trgm',
  expression:
    'create index "social_critique_search_key_trgm" on "social_critique" using gin ("search_key" gin_trgm_ops)',
})
export class SocialCritique extends BaseEntity {
  /** The critiquing organization. */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  /** The title of the draft document critiqued. */
  @Property({ type: 'string', length: 1000 })
  draftTitle!: string;

  /** `foldForSearch(draftTitle)`. */
  @Property({ type: 'string', length: 1000 })
  searchKey!: string;

  /** The body drafting the document (it answers). */
  @ManyToOne(() => Organization, { ref: true })
  draftingOrganization!: Ref<Organization>;

  @Enum({ items: () => CritiqueForm })
  form!: CritiqueForm;

  @Property({ type: 'date' })
  heldOn!: string;

  @Property({ type: 'integer' })
  opinionsCount!: number;

  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  /** Whether the drafting body took the opinions in; null until it answers. */
  @Property({ type: 'boolean', nullable: true })
  takenIn: boolean | null = null;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: 'date', nullable: true })
  answeredOn: string | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
