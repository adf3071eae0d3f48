import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { CoordinationProgram } from '../programs/program.entity.js';
import { MeetingKind } from './meeting.enums.js';

/**
 * What a meeting and the series it may belong to both carry (a series' are
 * the template its occurrences are made from); the columns of both tables.
 */
export abstract class MeetingTemplate extends BaseEntity {
  @Enum({ items: () => MeetingKind })
  kind!: MeetingKind;

  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  place: string | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  onlineUrl: string | null = null;
}

/**
 * A recurring meeting ("giao ban định kỳ"): an RFC 5545 rule from a zoned
 * start, ending by COUNT or UNTIL (never open-ended), and the template its
 * occurrences (`Meeting` rows) were made from.
 */
@Entity({ tableName: 'meeting_series' })
export class MeetingSeries extends MeetingTemplate {
  /** The host. */
  @ManyToOne(() => Organization, { ref: true, index: true })
  organization!: Ref<Organization>;

  @ManyToOne(() => CoordinationProgram, { ref: true, nullable: true })
  program: Ref<CoordinationProgram> | null = null;

  /** The rule's parts without COUNT and UNTIL, normalized (e.g. `FREQ=MONTHLY;BYDAY=1MO`). */
  @Property({ type: 'string', length: 500 })
  rule!: string;

  /** DTSTART: the first occurrence's start. */
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  /** IANA time zone the rule is evaluated in. */
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  /** COUNT; exactly one of `count` and `untilAt` is set. */
  @Property({ type: 'integer', nullable: true })
  count: number | null = null;

  /** UNTIL (inclusive). */
  @Property({ type: 'timestamptz', nullable: true })
  untilAt: Date | null = null;

  /** Raised on every change of the rule or the template (iCalendar SEQUENCE of the series). */
  @Property({ type: 'integer', default: 0 })
  sequence: Opt<number> = 0;

  /** The series this one was split from by a "this and following" change. */
  @ManyToOne(() => MeetingSeries, { ref: true, nullable: true })
  splitFrom: Ref<MeetingSeries> | null = null;
}
