import type { LoaderFactory } from '../../core/context.js';
import { loader } from '../../core/context.js';
import { registerNodeType, visibleNode } from '../../core/node.js';
import { visibleMeeting } from './meeting.loaders.js';

/**
 * Makes a record that belongs to a meeting reachable through `node(id:)`:
 * visible exactly when its meeting is.
 */
export function registerMeetingPart<T extends { meeting: { id: string } }>(
  typeName: string,
  byId: LoaderFactory<string, T | null>,
): void {
  registerNodeType(
    typeName,
    visibleNode(
      (ctx, id) => loader(ctx, byId).load(id),
      (ctx, record) => visibleMeeting(ctx, record.meeting.id),
    ),
  );
}
