/**
 * Deadline buckets: the same in TypeScript and SQL, filters and counts per bucket, the on-time rate,
 * per program.
 */
import { describe, expect, it } from 'vitest';
import { Organization } from '../../server/modules/organizations/organization.entity.js';
import { CoordinationProgram } from '../../server/modules/programs/program.entity.js';
import { deadlineBucketOf } from '../../server/modules/tasks/deadline-bucket.js';
import { deadlineBucketSql, TaskStatus } from '../../server/modules/tasks/task.entity.js';
import { graphql } from '../generated/index.js';
import { gid, makeProgram } from '../helpers/factories.js';
import { dbId, ok } from '../helpers/results.js';
import {
  TaskList,
  addDays,
  makeChain,
  makeTask,
  programGid,
  today,
  ts,
  useTasksServer,
} from '../helpers/tasks.js';

useTasksServer();

/** The task statistics of the tasks `seedBuckets` makes: 3 done on time, 1 late, 2 open in time, 2 overdue, 1 cancelled. */
const SEEDED_STATS = {
  total: 9,
  doneOnTime: 3,
  doneLate: 1,
  openWithinDeadline: 2,
  overdue: 2,
  cancelled: 1,
  onTimeCompletionRate: 0.75,
};

const OrganizationTasks = graphql(`
  query TasksOrganizationTasks($id: ID!, $filter: OrganizationTaskFilter, $role: AssignmentRole) {
    organization(id: $id) {
      tasks(filter: $filter, first: 50) { totalCount edges { node { id title deadlineBucket } } }
      taskStats(role: $role) {
        total doneOnTime doneLate openWithinDeadline overdue cancelled onTimeCompletionRate
      }
    }
  }
`);

/** One task per bucket (plus edge cases) led by `lead`, created directly with past dates. */
async function seedBuckets(lead: Organization, program: CoordinationProgram | null = null) {
  const em = ts.orm.em.fork();
  const t = today();
  const make = (dueOn: string, status: TaskStatus, completedOn: string | null = null) =>
    makeTask(em, { lead, dueOn, status, completedOn, program });
  return {
    onTime: [
      await make(addDays(t, -20), TaskStatus.DONE, addDays(t, -25)),
      await make(addDays(t, -5), TaskStatus.DONE, addDays(t, -5)),
      await make(addDays(t, 5), TaskStatus.DONE, addDays(t, -1)),
    ],
    late: [await make(addDays(t, -30), TaskStatus.DONE, addDays(t, -2))],
    open: [await make(t, TaskStatus.IN_PROGRESS), await make(addDays(t, 9), TaskStatus.BLOCKED)],
    overdue: [
      await make(addDays(t, -1), TaskStatus.NOT_STARTED),
      await make(addDays(t, -40), TaskStatus.IN_PROGRESS),
    ],
    cancelled: [await make(addDays(t, -3), TaskStatus.CANCELLED)],
  };
}

describe('deadline buckets', () => {
  it('computes the same bucket in TypeScript and in SQL on the same rows', async () => {
    const chain = await makeChain();
    const seeded = await seedBuckets(chain.lead);
    const edge = await makeTask(ts.orm.em.fork(), {
      lead: chain.lead,
      dueOn: addDays(today(), -1),
      status: TaskStatus.DONE,
      completedOn: null,
    });
    const all = [...Object.values(seeded).flat(), edge];
    const rows = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; bucket: string | null }[]>(
        `select t.id, ${deadlineBucketSql('t')} as bucket from task t where t.id in (?)`,
        [all.map((t) => t.id)],
      );
    const sql = new Map(rows.map((r) => [r.id, r.bucket]));
    for (const task of all) expect(deadlineBucketOf(task, today()), task.title).toBe(sql.get(task.id));
    expect(sql.get(edge.id)).toBe('DONE_LATE');
    expect(all.map((t) => sql.get(t.id))).toEqual([
      'DONE_ON_TIME',
      'DONE_ON_TIME',
      'DONE_ON_TIME',
      'DONE_LATE',
      'OPEN_WITHIN_DEADLINE',
      'OPEN_WITHIN_DEADLINE',
      'OVERDUE',
      'OVERDUE',
      null,
      'DONE_LATE',
    ]);
  });

  it('filters and counts tasks per bucket, with the on-time completion rate', async () => {
    const chain = await makeChain();
    const seeded = await seedBuckets(chain.lead);
    const list = async (deadlineBucket: string[]) =>
      ok(
        await ts.gql(
          TaskList,
          {
            filter: { organizationId: gid.org(chain.lead), deadlineBucket: deadlineBucket as never },
            first: 50,
          },
          chain.member.token,
        ),
      ).tasks;
    const overdue = await list(['OVERDUE']);
    expect(overdue.totalCount).toBe(2);
    expect(overdue.edges.map((e) => dbId(e.node.id)).toSorted()).toEqual(
      seeded.overdue.map((t) => t.id).toSorted(),
    );
    expect(overdue.edges.every((e) => e.node.deadlineBucket === 'OVERDUE')).toBe(true);
    expect((await list(['DONE_ON_TIME', 'DONE_LATE'])).totalCount).toBe(4);
    expect((await list(['OPEN_WITHIN_DEADLINE'])).totalCount).toBe(2);

    const stats = ok(
      await ts.gql(
        OrganizationTasks,
        { id: gid.org(chain.lead), filter: { deadlineBucket: ['DONE_LATE'] } },
        chain.member.token,
      ),
    ).organization;
    expect(stats.taskStats).toEqual(SEEDED_STATS);
    expect(stats.tasks.edges.map((e) => dbId(e.node.id))).toEqual(seeded.late.map((t) => t.id));
    // As coordinating: none. An unrelated viewer counts nothing.
    const coordinating = ok(
      await ts.gql(OrganizationTasks, { id: gid.org(chain.lead), role: 'COORDINATING' }, chain.member.token),
    ).organization.taskStats;
    expect(coordinating).toMatchObject({ total: 0, onTimeCompletionRate: null });
    const hidden = ok(
      await ts.gql(OrganizationTasks, { id: gid.org(chain.lead) }, chain.outsider.token),
    ).organization;
    expect(hidden.tasks.totalCount).toBe(0);
    expect(hidden.taskStats.total).toBe(0);
    // The province above sees them (a role reaches down the chain of command).
    const above = ok(
      await ts.gql(OrganizationTasks, { id: gid.org(chain.lead) }, chain.provinceViewer.token),
    ).organization;
    expect(above.taskStats.total).toBe(9);
  });

  it("counts a program's tasks per bucket", async () => {
    const chain = await makeChain();
    const program = await makeProgram(ts.orm.em.fork(), chain.lead);
    await seedBuckets(chain.partner, program);
    const result = ok(
      await ts.gql(
        `query($id: ID!) { node(id: $id) { ... on CoordinationProgram {
          taskStats { total doneOnTime doneLate openWithinDeadline overdue cancelled onTimeCompletionRate }
          tasks(first: 3, filter: { deadlineBucket: [OVERDUE] }) { totalCount edges { node { deadlineBucket } } }
        } } }`,
        { id: programGid(program) },
        chain.coordinator.token,
      ),
    ) as { node: { taskStats: Record<string, number>; tasks: { totalCount: number } } };
    expect(result.node.taskStats).toEqual(SEEDED_STATS);
    expect(result.node.tasks.totalCount).toBe(2);
  });
});
