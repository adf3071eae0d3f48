import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { LocalDate } from '../../core/scalars.js';
import { LegalDocument, LegalDocumentKind } from './legal-document.entity.js';

registerEnumType(LegalDocumentKind, {
  name: 'LegalDocumentKind',
  description: 'Kind of legal basis document.',
  valuesConfig: {
    DECISION: { description: 'Quyết định' },
    DIRECTIVE: { description: 'Chỉ thị' },
    RESOLUTION: { description: 'Nghị quyết' },
    CONCLUSION: { description: 'Kết luận' },
    REGULATION: { description: 'Quy chế, quy định' },
    SCHEME: { description: 'Đề án' },
    PLAN: { description: 'Kế hoạch' },
    DECREE: { description: 'Nghị định' },
    ORDINANCE: { description: 'Pháp lệnh' },
    LAW: { description: 'Luật' },
  },
});

/**
 * A legal basis document (e.g. Quyết định `593-QĐ/TU`). Documents are public
 * acts: readable by every signed-in user. Root values are `LegalDocument`
 * entities; `id` and `issuingOrganization` come from `LegalDocumentResolver`.
 */
@ObjectType('LegalDocument', { implements: Node })
export class LegalDocumentType extends Node {
  @Field({ description: 'Official number, e.g. `593-QĐ/TU` (NFC).' })
  number!: string;

  @Field(() => LegalDocumentKind)
  kind!: LegalDocumentKind;

  @Field({ description: 'Title (trích yếu), NFC.' })
  title!: string;

  @Field(() => LocalDate, { description: 'Date of issue.' })
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: 'Link to the published text, when known.' })
  url!: string | null;

  @Field()
  createdAt!: Date;
}

/** A page of legal documents (`LegalDocumentConnection`). */
export const LegalDocumentConnection = connectionType('LegalDocument', LegalDocumentType);

readAs(LegalDocument, LegalDocumentType, 'LegalDocument');
