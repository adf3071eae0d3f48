import type { EntityManager } from '@mikro-orm/postgresql';
import type { Events, PubSub } from './pubsub.js';

/**
 * A domain event: a pub/sub topic and its payload (IDs only). Without a type
 * argument, any event (a union discriminated by `topic`); `DomainEvent<'TASK_CHANGED'>`
 * is one topic's. Each module declares its own topics and payloads (`Events`).
 */
export type DomainEvent<K extends keyof Events = keyof Events> = {
  [T in K]: { topic: T; payload: Events[T][0] };
}[K];

/**
 * Runs inside the transaction that recorded the events, before commit — the
 * notifications module writes its inbox rows here (outbox), so they commit
 * or roll back with the change.
 */
export type BeforeCommitHandler = (
  em: EntityManager,
  events: DomainEvent[],
  pubsub: PubSub,
  actor: EventActor,
) => Promise<void>;

/** Who caused a transaction's events: the signed-in person, or null (an API token, a background job). */
export interface EventActor {
  personId: string | null;
}

/** The actor of work no person did (background jobs, API tokens). */
export const NO_ACTOR: EventActor = { personId: null };

const recorded = new WeakMap<EntityManager, DomainEvent[]>();
const handlers: BeforeCommitHandler[] = [];

/** Starts recording the events of a transaction's EntityManager (called by `inTransaction`). */
export function startRecording(em: EntityManager): DomainEvent[] {
  const events: DomainEvent[] = [];
  recorded.set(em, events);
  return events;
}

/**
 * Records that something happened in this transaction. Handlers see it
 * before commit; subscribers receive it on the pub/sub after commit.
 */
export function recordEvent<K extends keyof Events>(
  em: EntityManager,
  topic: K,
  payload: Events[K][0],
): void {
  const events = recorded.get(em);
  if (!events) throw new Error('recordEvent called outside inTransaction');
  events.push({ topic, payload } as DomainEvent);
}

/** Lets a module react to recorded events inside their transaction (registered once, at load). */
export function beforeCommit(handler: BeforeCommitHandler): void {
  handlers.push(handler);
}

/**
 * Runs the before-commit handlers over a transaction's events — also when it
 * recorded none: a handler may finish work done directly in the transaction
 * (the notifications module numbers the notifications reminders wrote).
 */
export async function runBeforeCommit(
  em: EntityManager,
  events: DomainEvent[],
  pubsub: PubSub,
  actor: EventActor = NO_ACTOR,
): Promise<void> {
  for (const handler of handlers) await handler(em, events, pubsub, actor);
}
