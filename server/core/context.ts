import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { PubSub } from './pubsub.js';
import type { AppConfig } from './config.js';

/** The signed-in user as seen by a request. */
export interface Viewer {
  userId: string;
  personId: string;
  sessionId: string;
  isSystemAdmin: boolean;
}

/**
 * Everything one request (or one subscription operation) works with. Built
 * fresh per request: its EntityManager is a fork and its loaders start empty,
 * so nothing is cached across requests.
 */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  config: AppConfig;
  pubsub: PubSub;
  /** Per-request DataLoaders, created on first use; see `loader`. */
  loaders: Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>;
}

/** Builds a batch function for one kind of lookup, given the request's context. */
export type LoaderFactory<K, V> = (ctx: Context) => DataLoader.BatchLoadFn<K, V>;

/**
 * The request's DataLoader for `factory`, created on first use. Modules
 * declare their factories in `x.loaders.ts`; no central loader class.
 */
export function loader<K, V>(ctx: Context, factory: LoaderFactory<K, V>, options?: DataLoader.Options<K, V>) {
  let existing = ctx.loaders.get(factory as LoaderFactory<unknown, unknown>);
  if (!existing) {
    existing = new DataLoader(factory(ctx), options) as DataLoader<unknown, unknown>;
    ctx.loaders.set(factory as LoaderFactory<unknown, unknown>, existing);
  }
  return existing as DataLoader<K, V>;
}

/** The signed-in viewer; commands run only behind the authorization rule, so it is set. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error('requireViewer called without a viewer (missing authorization rule)');
  return ctx.viewer;
}
