import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { Organization } from '../organizations/organization.entity.js';
import { CoordinationProgram } from '../programs/program.entity.js';
import { MeetingStatus } from './meeting.enums.js';
import { MeetingSeries, MeetingTemplate } from './series.entity.js';

/**
 * A meeting: a one-off one, or one occurrence of a `MeetingSeries`. Every
 * occurrence of a series is a row (materialized when the series is
 * scheduled), so date-range queries are plain SQL. Times are stored in UTC.
 */
@Entity({ tableName: 'meeting' })
@Index({ properties: ['startsAt', 'endsAt'] })
@Index({ properties: ['organization', 'startsAt'] })
@Index({ properties: ['endsAt'] })
@Unique({ properties: ['series', 'seriesIndex'] })
export class Meeting extends MeetingTemplate {
  /** The series it is an occurrence of; null for a one-off meeting. */
  @ManyToOne(() => MeetingSeries, { ref: true, nullable: true })
  series: Ref<MeetingSeries> | null = null;

  /** Position in the series (0 = first occurrence). */
  @Property({ type: 'integer', nullable: true })
  seriesIndex: number | null = null;

  /** Start the series' rule gives this occurrence (iCalendar RECURRENCE-ID). */
  @Property({ type: 'timestamptz', nullable: true })
  originalStart: Date | null = null;

  /** True when the occurrence differs from its series (moved, postponed or cancelled on its own). */
  @Property({ type: 'boolean', default: false })
  isException: Opt<boolean> = false;

  /** The host ("đơn vị chủ trì"). Named `organization` so the audit log files changes under it. */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @ManyToOne(() => CoordinationProgram, { ref: true, nullable: true, index: true })
  program: Ref<CoordinationProgram> | null = null;

  @Enum({ items: () => MeetingStatus, default: MeetingStatus.SCHEDULED })
  status: Opt<MeetingStatus> = MeetingStatus.SCHEDULED;

  /** Why it was postponed or cancelled. */
  @Property({ type: 'string', length: 2000, nullable: true })
  statusReason: string | null = null;

  /** Citizens who took part (dialogues with the people, citizen receptions). */
  @Property({ type: 'integer', nullable: true })
  citizenCount: number | null = null;

  /** Raised on every change of the meeting (iCalendar SEQUENCE). */
  @Property({ type: 'integer', default: 0 })
  sequence: Opt<number> = 0;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}
