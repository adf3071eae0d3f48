/** The payload of `NOTIFICATION_ADDED`: the people whose inboxes got new notifications. */
export interface NotificationAdded {
  personIds: string[];
}

declare module '../../core/pubsub.js' {
  interface Events {
    /** New notifications were committed for these people (their inboxes). */
    NOTIFICATION_ADDED: [NotificationAdded];
  }
}
