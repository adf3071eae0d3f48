import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ParticipantRole } from './participant.entity.js';

/**
 * The view `program_organization` (read-only): every organization of a
 * program — its owner (`role` null) and each of its participants, current or
 * past (`participatingOrganizations`). Other modules' SQL reads a program's
 * organizations through this view, never through `coordination_program` or
 * `program_participant`.
 */
@Entity({
  tableName: 'program_organization',
  view: true,
  expression: `select id as source_id, id as program_id, owner_id as organization_id, null::text as role from coordination_program
    union all select id as source_id, program_id, organization_id, role from program_participant`,
})
export class ProgramOrganization {
  /** The row it comes from: the program for the owner, else the participant row. */
  @PrimaryKey({ type: 'uuid' })
  sourceId!: string;

  @Property({ type: 'uuid' })
  programId!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  /** Null for the owner. */
  @Enum({ items: () => ParticipantRole, nullable: true })
  role!: ParticipantRole | null;
}
