import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * How far the reminder scheduler has got: every reminder whose moment is at
 * or before `sentThrough` has been sent. One row (`name = 'reminders'`),
 * advanced by each tick in the transaction that writes the reminders.
 */
@Entity({ tableName: 'reminder_watermark' })
export class ReminderWatermark {
  @PrimaryKey({ type: 'string', length: 40 })
  name!: string;

  @Property({ type: 'timestamptz' })
  sentThrough!: Date;
}

/**
 * A subject of a reminder source (a task, a meeting) that changed since the
 * last tick (written before commit from the event of the source's `changedOn`
 * topic): the next tick looks at it again, since a new deadline, start,
 * status or audience may make a reminder due whose moment the watermark has
 * already passed.
 */
@Entity({ tableName: 'reminder_recheck' })
export class ReminderRecheck {
  /** The source's `subjectType` (`Task`, `Meeting`). */
  @PrimaryKey({ type: 'string', length: 20 })
  subjectType!: string;

  @PrimaryKey({ type: 'uuid' })
  subjectId!: string;
}

/**
 * A reminder lead time someone uses (or once used): `kind` `MEETING` in
 * minutes, `TASK` in days. Written when preferences are saved, so a tick
 * finds due moments with one index range per lead in use without reading
 * every person's preferences; a lead no one uses any more costs one empty
 * range.
 */
@Entity({ tableName: 'reminder_lead' })
export class ReminderLead {
  @PrimaryKey({ type: 'string', length: 20 })
  kind!: string;

  @PrimaryKey({ type: 'integer' })
  value!: number;
}
