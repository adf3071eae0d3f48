import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent } from '../../core/domain-events.js';
import type { Events } from '../../core/pubsub.js';
import type { NotificationKind } from './notification.entity.js';

/**
 * What the module that owns an event wants people told about it: the inbox
 * text and who must hear. Built by that module, inside the writing
 * transaction (it may read its own tables); the notifications module only
 * resolves organizations to people, applies preferences and writes the rows.
 */
export interface Notice {
  kind: NotificationKind;
  title: string;
  body: string | null;
  subjectType: string;
  subjectId: string;
  recipients: {
    /** People holding a role in force directly on these organizations hear about it. */
    organizationIds: readonly string[];
    /** And these people, in person (a person in charge, a chair, an invitee). */
    personIds: readonly (string | null)[];
  };
}

/** How a kind of notice reads in the inbox: its kind and title (Vietnamese). */
export type NoticeHeading = Pick<Notice, 'kind' | 'title'>;

/**
 * The heading of each change people are told about, from one entry per kind
 * of notice naming the changes told as it (a change in no entry: absent).
 */
export function headingsByChange<C extends string>(
  entries: readonly (NoticeHeading & { changes: readonly C[] })[],
): Partial<Record<C, NoticeHeading>> {
  return Object.fromEntries(
    entries.flatMap(({ kind, title, changes }) => changes.map((change) => [change, { kind, title }])),
  ) as Partial<Record<C, NoticeHeading>>;
}

/** Builds the notice of one event of topic `K`, or null when no one is to be told. */
export type NoticeBuilder<K extends keyof Events> = (
  em: EntityManager,
  payload: Events[K][0],
) => Promise<Notice | null>;

const builders = new Map<keyof Events, NoticeBuilder<never>>();

/**
 * Declares who must hear about the events of `topic` and what they are told
 * (one builder per topic, registered by the module that owns the topic, when
 * it loads). Topics without a builder notify no one.
 */
export function noticeOn<K extends keyof Events>(topic: K, build: NoticeBuilder<K>): void {
  if (builders.has(topic)) throw new Error(`a notice builder for ${topic} is already registered`);
  builders.set(topic, build as NoticeBuilder<never>);
}

/** The notice of a recorded event, from its owner's builder (null when there is none or it says no one). */
export function noticeOf(em: EntityManager, event: DomainEvent): Promise<Notice | null> {
  const build = builders.get(event.topic) as NoticeBuilder<typeof event.topic> | undefined;
  return build ? build(em, event.payload as never) : Promise.resolve(null);
}
