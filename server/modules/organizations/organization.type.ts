import { readAs } from '../../core/read/rows.js';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { Organization, OrganizationKind, OrganizationStatus } from './organization.entity.js';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Kind of organization in the political system.',
  valuesConfig: {
    PARTY_COMMITTEE: { description: 'Cấp ủy (Tỉnh ủy, Huyện ủy, Đảng ủy)' },
    PARTY_STANDING_COMMITTEE: { description: 'Ban Thường vụ, Thường trực cấp ủy' },
    MASS_MOBILIZATION_COMMISSION: { description: 'Ban Dân vận' },
    PEOPLES_COUNCIL: { description: 'Hội đồng nhân dân' },
    PEOPLES_COMMITTEE: { description: 'Ủy ban nhân dân' },
    STATE_AGENCY: { description: 'Sở, ban, ngành; cơ quan nhà nước' },
    ARMED_FORCES: { description: 'Lực lượng vũ trang' },
    FATHERLAND_FRONT: { description: 'Ủy ban Mặt trận Tổ quốc' },
    SOCIO_POLITICAL_ORG: { description: 'Tổ chức chính trị – xã hội (đoàn thể)' },
    GRASSROOTS_BODY: { description: 'Ban Thanh tra nhân dân, tổ hòa giải, Ban Chỉ đạo QCDC' },
  },
});
registerEnumType(OrganizationStatus, { name: 'OrganizationStatus' });

/** An agency or body. Root values are `Organization` entities. */
@ObjectType('Organization', { implements: Node })
export class OrganizationType extends Node {
  @Field()
  code!: string;

  @Field({ description: 'Vietnamese name (NFC).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name, when the organization has one.' })
  shortName!: string | null;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => OrganizationStatus)
  status!: OrganizationStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date it began (a commune founded in a reorganization); null when not recorded.',
  })
  startedOn!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date it was merged or dissolved; null while ACTIVE.',
  })
  endedOn!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back to updates.' })
  version!: number;
}

export const OrganizationConnection = connectionType('Organization', OrganizationType);

readAs(Organization, OrganizationType, 'Organization');
