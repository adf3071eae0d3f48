import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { Notification, NotificationKind } from './notification.entity.js';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** A notification in the viewer's inbox. Root values are plain `Notification` records (`Plain`). */
@ObjectType('Notification', { implements: Node })
export class NotificationType extends Node {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field({ description: 'Short text, in Vietnamese.' })
  title!: string;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field({ description: 'Type of the record it is about: Meeting, Task or CoordinationProgram.' })
  subjectType!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null while unread.' })
  readAt!: Date | null;
}

export const NotificationConnection = connectionType('Notification', NotificationType);

/** A person's notification preferences. */
@ObjectType('NotificationPreferences')
export class NotificationPreferencesType {
  @Field(() => [NotificationKind], { description: 'Kinds left out of the inbox.' })
  mutedKinds!: NotificationKind[];

  @Field(() => [Int], {
    description: 'Meeting reminders, in minutes before the start (default 1440 and 60).',
  })
  meetingReminderLeadMinutes!: number[];

  @Field(() => Int, { description: 'Days before the deadline for "task due soon" (default 3).' })
  taskDueSoonDays!: number;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications; omit with all: true.' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Every unread notification of the viewer.' })
  all?: boolean | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int)
  marked!: number;

  @Field(() => Int)
  unreadCount!: number;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationKind], { nullable: true })
  mutedKinds?: NotificationKind[] | null;

  @Field(() => [Int], { nullable: true })
  meetingReminderLeadMinutes?: number[] | null;

  @Field(() => Int, { nullable: true })
  taskDueSoonDays?: number | null;
}

@ObjectType()
export class UpdateNotificationPreferencesPayload {
  @Field(() => NotificationPreferencesType)
  preferences!: NotificationPreferencesType;
}

readAs(Notification, NotificationType, 'Notification');
