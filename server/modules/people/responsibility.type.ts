import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { LocalDate } from '../../core/scalars.js';
import { WorkField } from './responsibility.entity.js';

registerEnumType(WorkField, {
  name: 'WorkField',
  description: 'Field of work a committee member can be put in charge of.',
  valuesConfig: {
    MASS_MOBILIZATION: { description: 'Công tác dân vận' },
    PROPAGANDA: { description: 'Tuyên giáo' },
    ORGANIZATION_AND_PERSONNEL: { description: 'Tổ chức, cán bộ' },
    INSPECTION: { description: 'Kiểm tra, giám sát' },
    INTERNAL_AFFAIRS: { description: 'Nội chính' },
    ECONOMY: { description: 'Kinh tế' },
    CULTURE_AND_SOCIETY: { description: 'Văn hóa – xã hội' },
    DEFENSE_AND_SECURITY: { description: 'Quốc phòng – an ninh' },
    OTHER: { description: 'Lĩnh vực khác' },
  },
});

/**
 * "Phân công phụ trách": a person in charge of a field of work for an
 * organization or an area, for a term. Root values are `Responsibility`
 * entities; `person`, `organization`, `area` and `isCurrent` come from
 * `ResponsibilityResolver`.
 */
@ObjectType('Responsibility', { implements: Node })
export class ResponsibilityType extends Node {
  @Field(() => WorkField)
  field!: WorkField;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text detail, e.g. "trực tiếp phụ trách công tác dân vận".',
  })
  note!: string | null;

  @Field(() => LocalDate, { description: 'First day of the term.' })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the term; null while it runs.' })
  endsOn!: string | null;
}
