import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { LocalDate } from '../../core/scalars.js';
import { AreaLevel } from '../areas/area.entity.js';
import {
  MassMobilizationModel,
  ModelAdoption,
  ModelCommendation,
  ModelEvidence,
  ModelField,
  ModelStatus,
  ModelYearStatus,
} from './model.entity.js';

registerEnumType(ModelField, {
  name: 'ModelField',
  description: 'Field of a mass-mobilization model.',
  valuesConfig: {
    ECONOMY: { description: 'Kinh tế' },
    CULTURE_SOCIETY: { description: 'Văn hóa – xã hội' },
    DEFENCE_SECURITY: { description: 'Quốc phòng – an ninh' },
    PARTY_BUILDING: { description: 'Xây dựng Đảng và hệ thống chính trị' },
    OTHER: { description: 'Lĩnh vực khác' },
  },
});
registerEnumType(ModelStatus, {
  name: 'ModelStatus',
  description: "A model's standing in one year.",
  valuesConfig: {
    NEW: { description: 'Mới đăng ký' },
    MAINTAINED: { description: 'Duy trì' },
    COMMENDED: { description: 'Được khen thưởng' },
    REPLICATED: { description: 'Nhân rộng (with the replica)' },
    DISCONTINUED: { description: 'Không còn duy trì' },
  },
});

/** A mass-mobilization model ("Dân vận khéo", "Chính quyền thân thiện", …). Root values are plain records. */
@ObjectType('MassMobilizationModel', { implements: Node })
export class ModelType extends Node {
  @Field()
  name!: string;

  @Field(() => AreaLevel)
  level!: AreaLevel;

  @Field(() => ModelField)
  field!: ModelField;

  @Field(() => Int)
  yearRegistered!: number;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ModelStatus, { description: 'The status of the latest year recorded.' })
  latestStatus!: ModelStatus;

  @Field(() => Int, { description: 'The year of latestStatus.' })
  latestYear!: number;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back to recordModelStatus.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

/** A model's status in one year. */
@ObjectType('ModelYearStatus')
export class ModelYearStatusType {
  @Field(() => Int)
  year!: number;

  @Field(() => ModelStatus)
  status!: ModelStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

/** An evidence note on a model. */
@ObjectType('ModelEvidence')
export class ModelEvidenceType {
  @Field(() => LocalDate)
  recordedOn!: string;

  @Field()
  note!: string;
}

/** A commendation of a model. */
@ObjectType('ModelCommendation')
export class ModelCommendationType {
  @Field({ description: 'Who commended it, as named in the decision.' })
  commendedBy!: string;

  @Field(() => LocalDate)
  commendedOn!: string;

  @Field()
  decisionNumber!: string;
}

/** An organization's adoption of a model since a date. */
@ObjectType('ModelAdoption')
export class ModelAdoptionType {
  @Field(() => LocalDate)
  adoptedOn!: string;
}

/** What the viewer may do on a model (from `modelPolicy`). */
@ObjectType()
export class ModelPermissions {
  @Field({ description: 'updateModel' })
  update!: boolean;

  @Field({ description: 'recordModelStatus' })
  recordStatus!: boolean;

  @Field({ description: 'addModelEvidence' })
  addEvidence!: boolean;

  @Field({ description: 'commendModel' })
  commend!: boolean;

  @Field({ description: 'adoptModel' })
  adopt!: boolean;
}

export const ModelConnection = connectionType('MassMobilizationModel', ModelType);
export const ModelAdoptionConnection = connectionType('ModelAdoption', ModelAdoptionType);

readAs(MassMobilizationModel, ModelType, 'MassMobilizationModel');
readAs(ModelYearStatus, ModelYearStatusType, 'ModelYearStatus');
readAs(ModelEvidence, ModelEvidenceType, 'ModelEvidence');
readAs(ModelCommendation, ModelCommendationType, 'ModelCommendation');
readAs(ModelAdoption, ModelAdoptionType, 'ModelAdoption');
