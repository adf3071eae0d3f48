/**
 * urgeTask follow-ups on behalf of the highest organization coordinated, and TASK_CHANGED published
 * after commit.
 */
import { describe, expect, it } from 'vitest';
import { createContext, viewerFromToken } from '../../server/app/context-factory.js';
import { Role } from '../../server/core/access.js';
import { readConfig } from '../../server/core/config.js';
import { createEventBus } from '../../server/core/pubsub.js';
import { createTask as createTaskCommand } from '../../server/modules/tasks/commands/create-task.js';
import { urgeTask as urgeTaskCommand } from '../../server/modules/tasks/commands/urge-task.js';
import { gid } from '../helpers/factories.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import {
  UrgeTask,
  countRows,
  createTask,
  makeChain,
  taskGid,
  today,
  ts,
  useTasksServer,
  userWith,
} from '../helpers/tasks.js';

useTasksServer();

describe('urgeTask', () => {
  it('records follow-ups on open tasks on behalf of the highest organization the viewer coordinates', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const provinceCoordinator = await userWith(Role.COORDINATOR, chain.province);
    const urged = ok(
      await ts.gql(
        UrgeTask,
        { input: { taskId: task.id, message: '  Đề nghị khẩn trương ' } },
        provinceCoordinator.token,
      ),
    ).urgeTask;
    expect(urged.followUp).toMatchObject({
      message: 'Đề nghị khẩn trương',
      organization: { id: gid.org(chain.province) },
      author: { id: gid.person(provinceCoordinator.person) },
    });
    const byLead = ok(
      await ts.gql(
        UrgeTask,
        { input: { taskId: task.id, message: 'Nhắc lần hai' } },
        chain.coordinator.token,
      ),
    ).urgeTask;
    expect(byLead.followUp.organization).toEqual({ id: gid.org(chain.lead) });
    expect(byLead.task.followUps.map((f) => f.message)).toEqual(['Nhắc lần hai', 'Đề nghị khẩn trương']);
    expect(
      codeOf(
        await ts.gql(
          UrgeTask,
          { input: { taskId: task.id, message: 'x', organizationId: gid.org(chain.partner) } },
          provinceCoordinator.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await ts.gql(UrgeTask, { input: { taskId: task.id, message: 'x' } }, chain.member.token)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await ts.gql(UrgeTask, { input: { taskId: task.id, message: 'x' } }, chain.outsider.token)),
    ).toBe('NOT_FOUND');
    expect(await countRows('task_follow_up', dbId(task.id))).toBe(2);
  });

  it('publishes TASK_CHANGED after commit to the organizations concerned', async () => {
    const chain = await makeChain();
    const pubsub = createEventBus();
    const deps = { orm: ts.orm, config: readConfig({ NODE_ENV: 'test' }), pubsub };
    const viewer = await viewerFromToken(deps, chain.coordinator.token);
    const events: { taskId: string; organizationIds: string[]; change: string }[] = [];
    const subscription = pubsub.subscribe('TASK_CHANGED');
    const reading = (async () => {
      for await (const event of subscription) {
        events.push(event);
        if (events.length === 2) break;
      }
    })();
    const task = await createTaskCommand(createContext(deps, viewer), {
      title: 'Nhiệm vụ có sự kiện',
      dueOn: today(),
      lead: { organizationId: gid.org(chain.lead) },
      coordinating: [{ organizationId: gid.org(chain.partner) }],
    });
    await expect(
      urgeTaskCommand(createContext(deps, viewer), { taskId: 'not-a-task-id', message: 'Nhắc' }),
    ).rejects.toThrow(/taskId/);
    await urgeTaskCommand(createContext(deps, viewer), { taskId: taskGid(task), message: 'Nhắc' });
    await reading;
    expect(events.map((e) => [e.taskId, e.change])).toEqual([
      [task.id, 'CREATED'],
      [task.id, 'URGED'],
    ]);
    expect(events[0].organizationIds.toSorted()).toEqual([chain.lead.id, chain.partner.id].toSorted());
  });
});
