/**
 * Commands compose (issue 12): `turnConclusionIntoTask` calls `createTask`
 * inside its own unit of work — one transaction, one audit record listing
 * everything both changed, the task's event published once after commit,
 * and a failure of the inner command rolls back the outer one's changes.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { fromGlobalId, toGlobalId } from '../server/core/ids.js';
import { AuditRecord } from '../server/modules/audit/audit-record.entity.js';
import { Meeting } from '../server/modules/meetings/meeting.entity.js';
import { MeetingKind, MeetingStatus } from '../server/modules/meetings/meeting.enums.js';
import { MeetingConclusion } from '../server/modules/meetings/record.entity.js';
import { Organization, OrganizationStatus } from '../server/modules/organizations/organization.entity.js';
import { Task } from '../server/modules/tasks/task.entity.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique, type TestUser } from './helpers/factories.js';
import { useTestServer } from './helpers/server.js';

const ToTask = `mutation($i: TurnConclusionIntoTaskInput!) {
  turnConclusionIntoTask(input: $i) { conclusion { id task { id } } task { id sourceKind } }
}`;

const ts = useTestServer();

/** A host organization with a meeting in progress, one conclusion, and a coordinator of the host. */
async function hostWithConclusion(): Promise<{
  host: Organization;
  partner: Organization;
  conclusion: MeetingConclusion;
  coordinator: TestUser;
}> {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const host = await makeOrganization(em, { area, name: `UBND ${unique()}` });
  const partner = await makeOrganization(em, { area, parent: host, name: `Phòng ${unique()}` });
  const meeting = em.create(Meeting, {
    organization: host.id,
    kind: MeetingKind.PERIODIC_BRIEFING,
    title: `Giao ban ${unique()}`,
    startsAt: new Date('2031-03-03T01:00:00Z'),
    endsAt: new Date('2031-03-03T03:00:00Z'),
    status: MeetingStatus.IN_PROGRESS,
  });
  const conclusion = em.create(MeetingConclusion, { meeting, position: 1, text: 'Rà soát hồ sơ tồn đọng' });
  await em.flush();
  const coordinator = await makeUserWith(ts.orm, host.id, Role.COORDINATOR);
  return { host, partner, conclusion, coordinator };
}

const input = (conclusion: MeetingConclusion, lead: Organization, coordinating: Organization[] = []) => ({
  i: {
    conclusionId: toGlobalId('MeetingConclusion', conclusion.id),
    dueOn: '2031-12-31',
    lead: { organizationId: gid.org(lead) },
    coordinating: coordinating.map((o) => ({ organizationId: gid.org(o) })),
  },
});

describe('a command calling another', () => {
  it('writes one audit record listing the conclusion, the task and its assignments', async () => {
    const { host, partner, conclusion, coordinator } = await hostWithConclusion();
    const result = await ts.gql(ToTask, input(conclusion, host, [partner]), coordinator.token);
    expect(result.errors).toBeUndefined();
    const taskId = fromGlobalId(
      (result.data as { turnConclusionIntoTask: { task: { id: string } } }).turnConclusionIntoTask.task.id,
      'Task',
    );
    const records = await ts.orm.em.fork().find(AuditRecord, { actorUserId: coordinator.user.id });
    expect(records.map((r) => r.operation)).toEqual(['turnConclusionIntoTask']);
    const changes = records[0].changes.map((c) => `${c.kind} ${c.entity}`).toSorted();
    expect(changes).toEqual(
      [
        'create Task',
        'create TaskAssignment',
        'create TaskAssignment',
        'update MeetingConclusion',
      ].toSorted(),
    );
    expect(records[0].changes.find((c) => c.entity === 'Task')?.id).toBe(taskId);
  });

  it('publishes the new task once, after the outermost commit', async () => {
    const { host, conclusion, coordinator } = await hostWithConclusion();
    const events = ts.pubsub.subscribe('TASK_CHANGED');
    const first = events.next(); // subscribes now (the iterator listens from its first pull)
    const result = await ts.gql(ToTask, input(conclusion, host), coordinator.token);
    expect(result.errors).toBeUndefined();
    const taskId = fromGlobalId(
      (result.data as { turnConclusionIntoTask: { task: { id: string } } }).turnConclusionIntoTask.task.id,
      'Task',
    );
    // A control event published after the mutation answered: everything before it is all there was.
    const control = `control-${unique()}`;
    ts.pubsub.publish('TASK_CHANGED', { taskId: control, organizationIds: [], change: 'URGED' } as never);
    const seen: string[] = [];
    for (let next = await first; !next.done && next.value.taskId !== control; next = await events.next())
      seen.push(`${next.value.taskId} ${next.value.change}`);
    await events.return?.();
    expect(seen.filter((s) => s.startsWith(taskId))).toEqual([`${taskId} CREATED`]);
  });

  it('rolls back the whole mutation when the inner command refuses (inactive lead)', async () => {
    const { partner, conclusion, coordinator } = await hostWithConclusion();
    await ts.orm.em
      .fork()
      .nativeUpdate(Organization, { id: partner.id }, { status: OrganizationStatus.DISSOLVED });
    const tasksBefore = await ts.orm.em.fork().count(Task, {});
    const result = await ts.gql(ToTask, input(conclusion, partner), coordinator.token);
    expect(result.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
    expect(result.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    const stored = await ts.orm.em
      .fork()
      .findOneOrFail(MeetingConclusion, conclusion.id, { populate: ['task'] });
    expect(stored.task).toBeNull();
    expect(await ts.orm.em.fork().count(Task, { sourceConclusionId: conclusion.id })).toBe(0);
    expect(await ts.orm.em.fork().count(Task, {})).toBeGreaterThanOrEqual(tasksBefore);
    expect(await ts.orm.em.fork().count(AuditRecord, { actorUserId: coordinator.user.id })).toBe(0);
  });

  it("applies createTask's own rule: COORDINATOR on the lead organization", async () => {
    const { conclusion, coordinator } = await hostWithConclusion();
    const elsewhere = await makeOrganization(ts.orm.em.fork(), {
      area: await makeArea(ts.orm.em.fork()),
      name: `Sở ${unique()}`,
    });
    const result = await ts.gql(ToTask, input(conclusion, elsewhere), coordinator.token);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(result.errors?.[0]?.extensions?.code);
    expect(await ts.orm.em.fork().count(Task, { sourceConclusionId: conclusion.id })).toBe(0);
  });
});
