import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { Organization } from '../organizations/organization.entity.js';

/** Kinds of legal basis documents (Quyết định, Chỉ thị, Nghị quyết…). */
export const LegalDocumentKind = stringEnum(
  'DECISION DIRECTIVE RESOLUTION CONCLUSION REGULATION SCHEME PLAN DECREE ORDINANCE LAW',
);
/** A member of {@link LegalDocumentKind}. */
export type LegalDocumentKind = EnumMember<typeof LegalDocumentKind>;

/** A document programs and tasks are based on, e.g. `593-QĐ/TU` of the provincial standing committee. */
@Entity({ tableName: 'legal_document' })
@Index({ properties: ['issuingOrganization', 'number'] })
@Index({
  name: 'legal_document_search_key_trgm',
  expression:
    'create index "legal_document_search_key_trgm" on "legal_document" using gin ("search_key" gin_trgm_ops)',
})
export class LegalDocument extends BaseEntity {
  /** Official number, e.g. `593-QĐ/TU`, `43-CT/TU`, `120-KL/TW`. */
  @Property({ type: 'string', length: 100 })
  number!: string;

  @Enum({ items: () => LegalDocumentKind })
  kind!: LegalDocumentKind;

  @Property({ type: 'string', length: 1000 })
  title!: string;

  /** `foldForSearch` of number and title. */
  @Property({ type: 'string', length: 1200 })
  searchKey!: string;

  @ManyToOne(() => Organization, { ref: true })
  issuingOrganization!: Ref<Organization>;

  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'string', length: 2000, nullable: true })
  url: string | null = null;
}
