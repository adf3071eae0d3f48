/**
 * Organization mergers: current assignments pass to the successor, keeping the stronger role.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/core/access.js';
import { TaskAssignment } from '../../server/modules/tasks/assignment.entity.js';
import { Task } from '../../server/modules/tasks/task.entity.js';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { ok } from '../helpers/results.js';
import {
  TaskDetail,
  makeChain,
  makeTask,
  taskGid,
  today,
  ts,
  useTasksServer,
  userWith,
} from '../helpers/tasks.js';

useTasksServer();

describe('organization mergers', () => {
  it("passes the merged organizations' current assignments to the successor, keeping the stronger role", async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const successor = await makeOrganization(em, {
      area: chain.area,
      parent: chain.province,
      name: `Kế thừa ${unique()}`,
    });
    const t = today();
    // 1. the merged lead leads alone; 2. the successor coordinates where the merged one leads;
    // 3. the successor leads where the merged one coordinates; 4. the merged one coordinates alone.
    const t1 = await makeTask(em, { lead: chain.lead, coordinating: [chain.partner], dueOn: t });
    const t2 = await makeTask(em, { lead: chain.lead, coordinating: [successor], dueOn: t });
    const t3 = await makeTask(em, { lead: successor, coordinating: [chain.lead], dueOn: t });
    const t4 = await makeTask(em, { lead: chain.partner, coordinating: [chain.lead], dueOn: t });
    const siteAdmin = await userWith(Role.ADMIN, chain.province);
    ok(
      await ts.gql(
        'mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { successor { id } } }',
        { i: { mergedIds: [gid.org(chain.lead)], successorId: gid.org(successor), effectiveOn: t } },
        siteAdmin.token,
      ),
    );
    const current = async (task: Task) =>
      (
        await ts.orm.em
          .fork()
          .find(TaskAssignment, { task: task.id }, { orderBy: { createdAt: 'asc', id: 'asc' } })
      ).map((a) => [a.organization.id, a.role, a.endedOn]);
    const L = chain.lead.id;
    const S = successor.id;
    const C = chain.partner.id;
    expect(await current(t1)).toEqual(
      expect.arrayContaining([
        [L, 'LEAD', t],
        [C, 'COORDINATING', null],
        [S, 'LEAD', null],
      ]),
    );
    expect(await current(t2)).toEqual(
      expect.arrayContaining([
        [L, 'LEAD', t],
        [S, 'COORDINATING', t],
        [S, 'LEAD', null],
      ]),
    );
    expect((await current(t2)).filter((r) => r[2] === null)).toEqual([[S, 'LEAD', null]]);
    expect((await current(t3)).filter((r) => r[2] === null)).toEqual([[S, 'LEAD', null]]);
    expect((await current(t4)).filter((r) => r[2] === null).toSorted()).toEqual(
      [
        [C, 'LEAD', null],
        [S, 'COORDINATING', null],
      ].toSorted(),
    );
    // The old lead's users still read the history: a past assignment keeps it visible.
    const detail = ok(await ts.gql(TaskDetail, { id: taskGid(t1) }, chain.member.token)).task;
    expect(detail.leadAssignment).toEqual({ organization: { id: gid.org(successor) } });
  });
});
