/**
 * A change at a stale version is answered NOT_FOUND → CONFLICT (with `currentVersion`) → FORBIDDEN
 * (core `authorizeAtVersion`): the coordinator of the lead who lost a race to reassign the lead
 * has lost the right too, yet hears CONFLICT, as every loser of that race does. Sequential, so
 * deterministic: the "race" is the second call at the first call's version.
 */
import { describe, expect, it } from 'vitest';
import { gid } from '../helpers/factories.js';
import { codeOf, ok } from '../helpers/results.js';
import { ReassignLead, createTask, makeChain, ts, useTasksServer } from '../helpers/tasks.js';

useTasksServer();

describe('the order of refusals at a stale version', () => {
  it('answers the loser of a reassignment CONFLICT, then FORBIDDEN once it reloads; an outsider NOT_FOUND', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const reassign = (organization: { id: string }, expectedVersion: number, token: string) =>
      ts.gql(
        ReassignLead,
        { input: { taskId: task.id, expectedVersion, organizationId: gid.org(organization) } },
        token,
      );
    const won = ok(await reassign(chain.partner, 1, chain.coordinator.token)).reassignTaskLead.task;
    expect(won.version).toBe(2);

    // The lead is the partner now: the lead's coordinator may no longer manage the task.
    const lost = await reassign(chain.province, 1, chain.coordinator.token);
    expect(codeOf(lost)).toBe('CONFLICT');
    expect(lost.errors![0]!.extensions).toMatchObject({ field: 'expectedVersion', currentVersion: 2 });

    expect(codeOf(await reassign(chain.province, 2, chain.coordinator.token))).toBe('FORBIDDEN');
    expect(codeOf(await reassign(chain.province, 1, chain.outsider.token))).toBe('NOT_FOUND');
    expect(codeOf(await reassign(chain.province, 2, chain.outsider.token))).toBe('NOT_FOUND');
  });
});
