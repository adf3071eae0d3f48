import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Person } from '../people/person.entity.js';

/** Default meeting reminder lead times, in minutes (24 hours and 1 hour before). */
export const DEFAULT_MEETING_LEADS = [24 * 60, 60];
/** Default "task due soon" lead, in days. */
export const DEFAULT_TASK_DUE_SOON_DAYS = 3;

/** A person's notification preferences: which kinds are muted, and reminder lead times. */
@Entity({ tableName: 'notification_preference' })
export class NotificationPreference extends BaseEntity {
  @ManyToOne(() => Person, { ref: true, unique: true })
  person!: Ref<Person>;

  /** Kinds the person does not want in the inbox. */
  @Property({ type: 'text[]' })
  mutedKinds: Opt<string[]> = [];

  @Property({ type: 'json' })
  meetingReminderLeadMinutes: Opt<number[]> = [...DEFAULT_MEETING_LEADS];

  @Property({ type: 'integer', default: DEFAULT_TASK_DUE_SOON_DAYS })
  taskDueSoonDays: Opt<number> = DEFAULT_TASK_DUE_SOON_DAYS;
}
