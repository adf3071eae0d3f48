import type { EntityManager } from '@mikro-orm/postgresql';

/** What a merger tells the modules that hold records of organizations. */
export interface MergeEvent {
  mergedIds: string[];
  successorId: string;
  effectiveOn: string;
}

/** A module's part in a merger: pass its current records to the successor, inside the merger's transaction. */
export type MergeHandler = (em: EntityManager, event: MergeEvent) => Promise<void>;

const mergeHandlers: MergeHandler[] = [];

/**
 * Lets a module take part in `mergeOrganizations` (people move positions,
 * programs pass their participation, …) without this module knowing it.
 */
export function onOrganizationsMerged(handler: MergeHandler): void {
  mergeHandlers.push(handler);
}

/** Runs every registered merge handler, in registration order. */
export async function runMergeHandlers(em: EntityManager, event: MergeEvent): Promise<void> {
  for (const handler of mergeHandlers) await handler(em, event);
}

/** What a dissolution tells the modules that hold records of the organization. */
export interface DissolveEvent {
  organizationId: string;
  effectiveOn: string;
}

/** A module's part in a dissolution (people end positions, …), inside its transaction. */
export type DissolveHandler = (em: EntityManager, event: DissolveEvent) => Promise<void>;

const dissolveHandlers: DissolveHandler[] = [];

/** Lets a module take part in `dissolveOrganization`. */
export function onOrganizationDissolved(handler: DissolveHandler): void {
  dissolveHandlers.push(handler);
}

/** Runs every registered dissolve handler, in registration order. */
export async function runDissolveHandlers(em: EntityManager, event: DissolveEvent): Promise<void> {
  for (const handler of dissolveHandlers) await handler(em, event);
}

/** What happened to an organization in the directory (the `change` of `ORGANIZATION_CHANGED`). */
export type DirectoryChange = 'CREATED' | 'RENAMED' | 'MOVED' | 'MERGED' | 'SUCCEEDED' | 'DISSOLVED';

/** The payload of `ORGANIZATION_CHANGED`. */
export interface OrganizationChanged {
  organizationId: string;
  change: DirectoryChange;
}

declare module '../../core/pubsub.js' {
  interface Events {
    /** An organization was created or changed (directory). */
    ORGANIZATION_CHANGED: [OrganizationChanged];
  }
}
