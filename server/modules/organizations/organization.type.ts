import { readAs } from '../../core/read/rows.js';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { Organization, OrganizationKind, OrganizationStatus } from './organization.entity.js';

/** The Vietnamese name of each kind of organization (the enum's descriptions, exports' labels). */
export const ORGANIZATION_KIND_VI: Record<OrganizationKind, string> = {
  PARTY_COMMITTEE: 'Cấp ủy (Tỉnh ủy, Huyện ủy, Đảng ủy)',
  PARTY_STANDING_COMMITTEE: 'Ban Thường vụ, Thường trực cấp ủy',
  MASS_MOBILIZATION_COMMISSION: 'Ban Dân vận',
  PEOPLES_COUNCIL: 'Hội đồng nhân dân',
  PEOPLES_COMMITTEE: 'Ủy ban nhân dân',
  STATE_AGENCY: 'Sở, ban, ngành; cơ quan nhà nước',
  ARMED_FORCES: 'Lực lượng vũ trang',
  FATHERLAND_FRONT: 'Ủy ban Mặt trận Tổ quốc',
  SOCIO_POLITICAL_ORG: 'Tổ chức chính trị – xã hội (đoàn thể)',
  GRASSROOTS_BODY: 'Ban Thanh tra nhân dân, tổ hòa giải, Ban Chỉ đạo QCDC',
};

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Kind of organization in the political system.',
  valuesConfig: Object.fromEntries(
    Object.entries(ORGANIZATION_KIND_VI).map(([kind, description]) => [kind, { description }]),
  ),
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
