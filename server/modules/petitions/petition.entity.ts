import { Entity, Enum, Index, ManyToOne, OneToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { redactInAudit } from '../../core/audit.js';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { AdministrativeArea } from '../areas/area.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Task } from '../tasks/task.entity.js';

/**
 * What a petition ("đơn thư") asks for.
 * - `COMPLAINT`: Khiếu nại: contests a decision or act of an agency (Law on Complaints 2011).
 * - `DENUNCIATION`: Tố cáo: reports a violation by an official or agency (Law on Denunciations 2018).
 * - `RECOMMENDATION`: Kiến nghị.
 * - `FEEDBACK`: Phản ánh.
 */
export const PetitionKind = stringEnum('COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'FEEDBACK');
/** A member of {@link PetitionKind}. */
export type PetitionKind = EnumMember<typeof PetitionKind>;

/**
 * How the petition reached the receiving organization.
 * - `IN_PERSON`: Handed over in person, at a citizen reception.
 * - `FORWARDED`: Forwarded by another agency.
 */
export const PetitionChannel = stringEnum('IN_PERSON', 'POST', 'ONLINE', 'FORWARDED');
/** A member of {@link PetitionChannel}. */
export type PetitionChannel = EnumMember<typeof PetitionChannel>;

/**
 * Where a petition stands: RECEIVED → CLASSIFIED → IN_PROGRESS → RESOLVED,
 * or TRANSFERRED (the new handler classifies it again), WITHDRAWN,
 * FILED_NO_ACTION (see `petition.status.ts`).
 */
export const PetitionStatus = stringEnum(
  'RECEIVED CLASSIFIED IN_PROGRESS RESOLVED TRANSFERRED WITHDRAWN FILED_NO_ACTION',
);
/** A member of {@link PetitionStatus}. */
export type PetitionStatus = EnumMember<typeof PetitionStatus>;

/**
 * A petition ("đơn thư": khiếu nại, tố cáo, kiến nghị, phản ánh) received by
 * an organization. The petitioner's personal data is NOT here: it lives in
 * `petition_petitioner`, read only through the policy-checked loader.
 */
@Entity({ tableName: 'petition' })
@Index({ properties: ['handler', 'receivedOn'] })
@Index({ properties: ['subjectKey', 'receivedOn'] })
@Index({
  name: 'petition_subject_key_trgm',
  expression: 'create index "petition_subject_key_trgm" on "petition" using gin ("subject_key" gin_trgm_ops)',
})
/** Open petitions by due date: the overdue reminders' window (`petition.reminders.ts`). */
@Index({
  name: 'petition_open_due_on',
  expression: `create index "petition_open_due_on" on "petition" ("due_on") where "status" in ('CLASSIFIED', 'IN_PROGRESS')`,
})
export class Petition extends BaseEntity {
  @Enum({ items: () => PetitionKind })
  kind!: PetitionKind;

  @Enum({ items: () => PetitionChannel })
  channel!: PetitionChannel;

  @Property({ type: 'date' })
  receivedOn!: string;

  /** The organization that received it (the first handler). Named `organization` for the audit log. */
  @ManyToOne(() => Organization, { ref: true, index: true })
  organization!: Ref<Organization>;

  /** The organization handling it now (the last row of `petition_handler`). */
  @ManyToOne(() => Organization, { ref: true })
  handler!: Ref<Organization>;

  /** For a denunciation: the organization it is about (its users never read the petitioner). */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  concernsOrganization: Ref<Organization> | null = null;

  @ManyToOne(() => AdministrativeArea, { ref: true, index: true })
  area!: Ref<AdministrativeArea>;

  /** The citizen-reception meeting where it was handed over, when it was. */
  @ManyToOne(() => Meeting, { ref: true, nullable: true })
  receptionMeeting: Ref<Meeting> | null = null;

  @Property({ type: 'string', length: 500 })
  subject!: string;

  /** `foldForSearch(subject)`: search and repeat detection (never the petitioner). */
  @Property({ type: 'string', length: 500 })
  subjectKey!: string;

  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  /** Whether it falls within the handling organization's jurisdiction; null until classified. */
  @Property({ type: 'boolean', nullable: true })
  withinJurisdiction: boolean | null = null;

  /** A complex case (longer time limit for complaints). */
  @Property({ type: 'boolean', default: false })
  complex: Opt<boolean> = false;

  @Enum({ items: () => PetitionStatus, default: PetitionStatus.RECEIVED })
  status: Opt<PetitionStatus> = PetitionStatus.RECEIVED;

  /** Day of acceptance ("thụ lý") by the current handler; the time limit runs from it. */
  @Property({ type: 'date', nullable: true })
  acceptedOn: string | null = null;

  /** The time limit, from `PETITION_TIME_LIMITS`; null until accepted. */
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  /** Extensions of the time limit used (a denunciation may have one). */
  @Property({ type: 'smallint', default: 0 })
  extensions: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  /** Day it was resolved, withdrawn or filed. */
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  /** Why it was withdrawn or filed without action. */
  @Property({ type: 'string', length: 2000, nullable: true })
  closingReason: string | null = null;

  /** The earlier petition it repeats ("đơn trùng"): same petitioner and subject within the window. */
  @ManyToOne(() => Petition, { ref: true, nullable: true, index: true })
  repeatOf: Ref<Petition> | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

/**
 * One organization's turn at handling a petition: the receiving organization
 * first, then one row per transfer. The chain is kept; `endedOn` is null for
 * the current handler. Every organization in it may read the petition (not the petitioner).
 */
@Entity({ tableName: 'petition_handler' })
@Index({ properties: ['organization'] })
export class PetitionHandler extends BaseEntity {
  @ManyToOne(() => Petition, { ref: true, index: true })
  petition!: Ref<Petition>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'date' })
  startedOn!: string;

  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  /** Why it was handed to this organization (the transfer note); null for the receiver. */
  @Property({ type: 'string', length: 2000, nullable: true })
  note: string | null = null;
}

/**
 * The petitioner of a petition: personal data, in its own table. Read only
 * through `petitionerByPetition` (the policy's `readPetitioner`), never
 * copied into notifications, audit records (redacted), search keys or logs.
 * `nameKey` and `phoneKey` serve repeat detection only.
 */
@Entity({ tableName: 'petition_petitioner' })
@Index({ properties: ['identityNumber'] })
@Index({ properties: ['nameKey', 'phoneKey'] })
export class PetitionPetitioner extends BaseEntity {
  @OneToOne(() => Petition, { ref: true, owner: true })
  petition!: Ref<Petition>;

  @Property({ type: 'string', length: 300 })
  fullName!: string;

  @Property({ type: 'string', length: 500, nullable: true })
  address: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  phone: string | null = null;

  /** Citizen identity number (CCCD). */
  @Property({ type: 'string', length: 40, nullable: true })
  identityNumber: string | null = null;

  @Property({ type: 'string', length: 300 })
  nameKey!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  phoneKey: string | null = null;
}

/** A task spawned to follow a petition up (created through the tasks module's `createTask`). */
@Entity({ tableName: 'petition_task' })
@Unique({ properties: ['task'] })
export class PetitionTask extends BaseEntity {
  @ManyToOne(() => Petition, { ref: true, index: true })
  petition!: Ref<Petition>;

  @ManyToOne(() => Task, { ref: true })
  task!: Ref<Task>;
}

// The audit log records that a petitioner was written, never who it is.
redactInAudit('PetitionPetitioner', [
  'fullName',
  'address',
  'phone',
  'identityNumber',
  'nameKey',
  'phoneKey',
]);
