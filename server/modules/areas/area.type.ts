import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { AdministrativeArea, AreaLevel } from './area.entity.js';

registerEnumType(AreaLevel, { name: 'AreaLevel', description: 'Level of an administrative area.' });

/** An administrative area (tỉnh, xã, thôn…). Root values are plain `AdministrativeArea` records (`Plain`). */
@ObjectType('AdministrativeArea', { implements: Node })
export class AreaType extends Node {
  @Field({ description: 'Official code of the unit.' })
  code!: string;

  @Field({ description: 'Vietnamese name (NFC).' })
  name!: string;

  @Field(() => AreaLevel)
  level!: AreaLevel;
}

export const AreaConnection = connectionType('AdministrativeArea', AreaType);

readAs(AdministrativeArea, AreaType, 'AdministrativeArea');
