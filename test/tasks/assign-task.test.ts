/**
 * assignTask and reassignTaskLead: coordinating organizations added once, the lead handed on with its
 * history.
 */
import { describe, expect, it } from 'vitest';
import { Organization, OrganizationStatus } from '../../server/modules/organizations/organization.entity.js';
import { graphql } from '../generated/index.js';
import { gid, makeOrganization } from '../helpers/factories.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import {
  ReassignLead,
  TaskDetail,
  addDays,
  countRows,
  createTask,
  makeChain,
  today,
  ts,
  useTasksServer,
} from '../helpers/tasks.js';

useTasksServer();

const AssignTask = graphql(`
  mutation TasksAssignTask($input: AssignTaskInput!) {
    assignTask(input: $input) {
      task { id version assignments { role organization { id } } }
      assignment { id role dueOn isCurrent organization { id } personInCharge { id } }
    }
  }
`);

describe('assignTask and reassignTaskLead', () => {
  it('adds coordinating organizations once, only active ones, only to open tasks', async () => {
    const chain = await makeChain();
    const task = await createTask(chain, { coordinating: [] });
    const added = ok(
      await ts.gql(
        AssignTask,
        {
          input: {
            taskId: task.id,
            organizationId: gid.org(chain.partner),
            personInChargeId: gid.person(chain.partnerMember.person),
            dueOn: addDays(today(), 10),
          },
        },
        chain.coordinator.token,
      ),
    ).assignTask;
    expect(added.assignment).toMatchObject({
      role: 'COORDINATING',
      dueOn: addDays(today(), 10),
      isCurrent: true,
      organization: { id: gid.org(chain.partner) },
      personInCharge: { id: gid.person(chain.partnerMember.person) },
    });
    expect(added.task.version).toBe(2);
    const again = await ts.gql(
      AssignTask,
      { input: { taskId: task.id, organizationId: gid.org(chain.partner) } },
      chain.coordinator.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const lead = await ts.gql(
      AssignTask,
      { input: { taskId: task.id, organizationId: gid.org(chain.lead) } },
      chain.coordinator.token,
    );
    expect(codeOf(lead)).toBe('CONFLICT');
    const em = ts.orm.em.fork();
    const merged = await makeOrganization(em, { area: chain.area, parent: chain.province });
    await em.nativeUpdate(Organization, { id: merged.id }, { status: OrganizationStatus.MERGED });
    const toMerged = await ts.gql(
      AssignTask,
      { input: { taskId: task.id, organizationId: gid.org(merged) } },
      chain.coordinator.token,
    );
    expect(codeOf(toMerged)).toBe('CONFLICT');
    expect(
      codeOf(
        await ts.gql(
          AssignTask,
          { input: { taskId: task.id, organizationId: gid.org(chain.other) } },
          chain.member.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await ts.gql(
          AssignTask,
          { input: { taskId: task.id, organizationId: gid.org(chain.other) } },
          chain.outsider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(await countRows('task_assignment', dbId(task.id))).toBe(2);
  });

  it('hands the lead on and keeps the history of who held it', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const stale = await ts.gql(
      ReassignLead,
      { input: { taskId: task.id, expectedVersion: 7, organizationId: gid.org(chain.partner) } },
      chain.coordinator.token,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const same = await ts.gql(
      ReassignLead,
      { input: { taskId: task.id, expectedVersion: 1, organizationId: gid.org(chain.lead) } },
      chain.coordinator.token,
    );
    expect(codeOf(same)).toBe('CONFLICT');
    const result = ok(
      await ts.gql(
        ReassignLead,
        { input: { taskId: task.id, expectedVersion: 1, organizationId: gid.org(chain.partner) } },
        chain.coordinator.token,
      ),
    ).reassignTaskLead;
    expect(result.assignment).toEqual({
      role: 'LEAD',
      isCurrent: true,
      organization: { id: gid.org(chain.partner) },
    });
    expect(result.task.version).toBe(2);
    expect(result.task.leadAssignment).toEqual({ organization: { id: gid.org(chain.partner) } });
    // The old lead and the partner's coordinating row end today; the new lead row is current.
    expect(result.task.assignments.map((a) => [a.role, a.organization.id, a.isCurrent, a.endedOn])).toEqual([
      ['LEAD', gid.org(chain.lead), false, today()],
      ['COORDINATING', gid.org(chain.partner), false, today()],
      ['LEAD', gid.org(chain.partner), true, null],
    ]);
    // The old lead's coordinator no longer manages it, but still sees it (history).
    const seen = ok(await ts.gql(TaskDetail, { id: task.id }, chain.coordinator.token)).task;
    expect(seen.viewerCan).toEqual({ manage: false, complete: false, report: false, urge: false });
  });
});
