import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { Person } from '../people/person.entity.js';

/**
 * What a notification is about.
 * - `COMPLEX_SITUATION`: A complex situation ("điểm nóng") was opened or escalated (situations module).
 * - `REPORT_SUBMITTED`: A unit below submitted a periodic report to approve (reports module).
 * - `REPORT_RETURNED`: The approver returned a report for correction.
 * - `REPORT_DUE_SOON`: A periodic report is due soon and not submitted yet.
 * - `REPORT_OVERDUE`: A periodic report is overdue.
 */
export const NotificationKind = stringEnum(
  'MEETING_SCHEDULED MEETING_RESCHEDULED MEETING_POSTPONED MEETING_CANCELLED MEETING_AGENDA_CHANGED',
  'MEETING_REMINDER MINUTES_REMINDER',
  'TASK_ASSIGNED TASK_UPDATED TASK_URGED TASK_DUE_SOON TASK_OVERDUE PROGRAM_UPDATED',
  'PETITION_TRANSFERRED PETITION_OVERDUE COMPLEX_SITUATION',
  'REPORT_SUBMITTED REPORT_RETURNED REPORT_DUE_SOON REPORT_OVERDUE',
);
/** A member of {@link NotificationKind}. */
export type NotificationKind = EnumMember<typeof NotificationKind>;

/**
 * One notification for one person, written in the same transaction as the
 * change that causes it (an outbox: nothing is lost if the process dies after
 * commit). `seq` gives the commit order (see `stampNotifications`); the inbox
 * is read in `seq` order, so a cursor never skips a notification that commits
 * late (docs/decisions/010-notification-sequence.md).
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'seq'] })
@Index({
  name: 'notification_unstamped',
  expression: 'create index "notification_unstamped" on "notification" ("id") where "seq" is null',
})
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Person, { ref: true })
  recipient!: Ref<Person>;

  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  /** Short text in Vietnamese, ready to show. */
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  body: string | null = null;

  /** The record it is about: `Meeting`, `Task`, `CoordinationProgram`. */
  @Property({ type: 'string', length: 40 })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** The organization it concerns, when there is one. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  /**
   * Position in commit order, from the `notification_seq` sequence: null
   * while the writing transaction runs, stamped just before it commits
   * (`stampNotifications`), so seq order is commit order.
   */
  @Property({ type: 'bigint', nullable: true })
  seq: Opt<string> | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Opt<Date>;

  @Property({ type: 'timestamptz', nullable: true })
  readAt: Date | null = null;

  /** Set for reminders: the same reminder is never written twice. */
  @Property({ type: 'string', length: 200, nullable: true, unique: true })
  dedupeKey: string | null = null;
}
