import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The view `reminder_preference` (read-only): a person's reminder lead
 * times, for the reminder sources of other modules to compose with their due
 * moments in one statement. No row: the defaults (`DEFAULT_MEETING_LEADS`,
 * `DEFAULT_TASK_DUE_SOON_DAYS`).
 */
@Entity({
  tableName: 'reminder_preference',
  view: true,
  expression:
    'select person_id, task_due_soon_days, meeting_reminder_lead_minutes from notification_preference',
})
export class ReminderPreference {
  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  /** Days before a deadline. */
  @Property({ type: 'integer' })
  taskDueSoonDays!: number;

  /** Minutes before a meeting. */
  @Property({ type: 'jsonb' })
  meetingReminderLeadMinutes!: number[];
}

/**
 * The view `reminder_lead_in_use` (read-only): every lead time someone chose
 * or once chose (`reminder_lead`), `kind` `TASK` in days or `MEETING` in
 * minutes. A tick looks for due moments with one index range per lead in use
 * and per default.
 */
@Entity({
  tableName: 'reminder_lead_in_use',
  view: true,
  expression: 'select kind, value from reminder_lead',
})
export class ReminderLeadInUse {
  @PrimaryKey({ type: 'string', length: 20 })
  kind!: string;

  @PrimaryKey({ type: 'integer' })
  value!: number;
}
