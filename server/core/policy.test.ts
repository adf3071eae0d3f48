/**
 * `authorizeAtVersion`: a change at a stale version is answered NOT_FOUND → CONFLICT → FORBIDDEN,
 * whatever the viewer's rights, so the loser of a race hears CONFLICT (not a FORBIDDEN that
 * depends on what the winner changed).
 */
import { describe, expect, it } from 'vitest';
import { holding, NO_ROLE, Role } from '../../test/helpers/policies.js';
import type { ViewerAccess } from './access.js';
import type { Context } from './context.js';
import { DomainError } from './errors.js';
import { authorizeAtVersion, definePolicy } from './policy.js';

interface View {
  id: string;
  ownerId: string;
}

const policy = definePolicy<View, 'change'>(
  'Thing',
  (access, view) => access.has(Role.VIEWER, view.ownerId),
  { change: (access, view) => access.has(Role.COORDINATOR, view.ownerId) },
);
const view: View = { id: 'thing', ownerId: 'owner' };
const record = { version: 3 };

/** The error `authorizeAtVersion` throws for a viewer with `access` at `expectedVersion` (null: none). */
async function refusal(access: ViewerAccess, expectedVersion: number | null | undefined) {
  const ctx = { access: async () => access } as unknown as Context;
  try {
    await authorizeAtVersion(ctx, policy, 'change', view, { record, expectedVersion, what: 'thing' });
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, ...error.details };
  }
}

describe('authorizeAtVersion', () => {
  const reader = holding(Role.VIEWER, 'owner');
  const changer = holding(Role.COORDINATOR, 'owner');

  it('answers NOT_FOUND first, whatever the version', async () => {
    expect(await refusal(NO_ROLE, 2)).toMatchObject({ code: 'NOT_FOUND', id: 'thing' });
    expect(await refusal(NO_ROLE, 3)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers CONFLICT with the current version before FORBIDDEN', async () => {
    expect(await refusal(reader, 2)).toEqual({
      code: 'CONFLICT',
      field: 'expectedVersion',
      currentVersion: 3,
    });
    expect(await refusal(changer, 2)).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
  });

  it('answers FORBIDDEN at the current version, and lets the rule holder through', async () => {
    expect(await refusal(reader, 3)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(changer, 3)).toBeNull();
  });

  it('checks no version when the client sent none', async () => {
    expect(await refusal(changer, null)).toBeNull();
    expect(await refusal(changer, undefined)).toBeNull();
    expect(await refusal(reader, null)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
