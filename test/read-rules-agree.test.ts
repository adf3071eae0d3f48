/*
 * A policy's read rule is declared once (docs/decisions/016-read-rule-once.md):
 * on real rows, the records its SQL condition (`policy.where`, joined against
 * the viewer's reach) selects are exactly those its in-memory check
 * (`policy.read`) lets the viewer read — for every viewer of a small chain of
 * command; so does an organization's task list, which starts from its assignments.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, test } from 'vitest';
import { Role, type ViewerAccess } from '../server/core/access.js';
import { loadViewerAccess } from '../server/modules/access/access.repository.js';
import { auditRecordPolicy } from '../server/modules/audit/audit.policy.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { loadProgramAccessViews } from '../server/modules/programs/program.access.js';
import { programPolicy } from '../server/modules/programs/program.policy.js';
import { AssignmentRole, type TaskAssignment } from '../server/modules/tasks/assignment.entity.js';
import { toTaskAccessView } from '../server/modules/tasks/task.access.js';
import { taskPolicy } from '../server/modules/tasks/task.policy.js';
import {
  assignedTasks,
  bucketCounts,
  FROM_ASSIGNMENTS,
  organizationTasksQuery,
  programTasksQuery,
  TaskOrder,
  taskConditions,
  UNDER_PROGRAM,
  visibleTo,
} from '../server/modules/tasks/task.repository.js';
import { pageOf, readPages } from '../server/core/read/keyset.js';
import type { Plain } from '../server/core/read/rows.js';
import { makeArea, makeOrganization, makeUser, makeUserWith } from './helpers/factories.js';
import { useTestServer } from './helpers/server.js';
import { AreaLevel } from '../server/modules/areas/area.entity.js';
import { OrganizationKind } from '../server/modules/organizations/organization.entity.js';
import { parsePeriod } from '../server/modules/reports/periods.js';
import { ReportForm, ReportFormRequirement } from '../server/modules/reports/report-form.entity.js';
import { PeriodType, SubmissionStatus } from '../server/modules/reports/report.enums.js';
import { submissionPolicy } from '../server/modules/reports/report.policy.js';
import { completenessCounts } from '../server/modules/reports/report.repository.js';
import { ReportSubmission } from '../server/modules/reports/submission.entity.js';

const ts = useTestServer();

/** A province over two agencies, and an unrelated agency. */
async function chain(em: EntityManager) {
  const area = await makeArea(em);
  const province = await makeOrganization(em, { area });
  const a = await makeOrganization(em, { area, parent: province });
  const b = await makeOrganization(em, { area, parent: province });
  const other = await makeOrganization(em, { area });
  return { province, a, b, other };
}

/** The access of a new user holding `role` on `organization` (none: no role; `admin`: a system administrator). */
async function accessOf(em: EntityManager, role: Role | null, organization?: Organization, admin = false) {
  const user =
    role && organization
      ? await makeUserWith(ts.orm, organization.id, role)
      : await makeUser(ts.orm, { isSystemAdmin: admin });
  const viewer = {
    userId: user.user.id,
    personId: user.person.id,
    sessionId: null,
    apiTokenId: null,
    isSystemAdmin: admin,
  };
  return loadViewerAccess(em, viewer);
}

/** Viewers of `chain`: VIEWER on a, ADMIN on b, VIEWER on the province, COORDINATOR on other, nobody, a system administrator. */
async function viewersOf(em: EntityManager, { province, a, b, other }: Awaited<ReturnType<typeof chain>>) {
  return [
    await accessOf(em, Role.VIEWER, a),
    await accessOf(em, Role.ADMIN, b),
    await accessOf(em, Role.VIEWER, province),
    await accessOf(em, Role.COORDINATOR, other),
    await accessOf(em, null),
    await accessOf(em, null, undefined, true),
  ];
}

/** A program of `owner` with `participants` (its id). */
async function program(em: EntityManager, owner: Organization, participants: Organization[]) {
  const id = randomUUID();
  await em.execute(
    `insert into coordination_program (id, created_at, updated_at, kind, code, title, search_key, status, owner_id)
     values (?, now(), now(), 'PLAN', ?, 'Kế hoạch', 'ke hoach', 'ACTIVE', ?)`,
    [id, `RR-${id}`, owner.id],
  );
  for (const participant of participants) {
    await em.execute(
      `insert into program_participant (id, created_at, updated_at, program_id, organization_id, role, joined_on)
       values (gen_random_uuid(), now(), now(), ?, ?, 'PARTNER', '2026-01-01')`,
      [id, participant.id],
    );
  }
  return id;
}

/** A task of `programId` (or none) with its assignments, the first the lead; `ended` ones are past. */
async function task(
  em: EntityManager,
  programId: string | null,
  assigned: { organization: Organization; ended?: boolean }[],
) {
  const id = randomUUID();
  await em.execute(
    `insert into task (id, created_at, updated_at, title, search_key, program_id, due_on)
     values (?, now(), now(), 'Nhiệm vụ', 'nhiem vu', ?, '2026-06-30')`,
    [id, programId],
  );
  for (const [i, { organization, ended }] of assigned.entries()) {
    await em.execute(
      `insert into task_assignment (id, created_at, updated_at, task_id, organization_id, role, assigned_on, ended_on)
       values (gen_random_uuid(), now(), now(), ?, ?, ?, '2026-01-01', ?)`,
      [id, organization.id, i === 0 ? 'LEAD' : 'COORDINATING', ended ? '2026-02-01' : null],
    );
  }
  return { id, assigned, programId };
}

/** The task policy's views of `tasks` (made by `task`), their programs' views read from the database. */
async function taskViews(em: EntityManager, tasks: Awaited<ReturnType<typeof task>>[]) {
  const programIds = [...new Set(tasks.flatMap((t) => (t.programId ? [t.programId] : [])))];
  const programs = await loadProgramAccessViews(em, programIds);
  return tasks.map(({ id, assigned, programId }) =>
    toTaskAccessView(
      id,
      assigned.map(({ organization, ended }, i) => ({
        organization: { id: organization.id },
        role: i === 0 ? AssignmentRole.LEAD : AssignmentRole.COORDINATING,
        endedOn: ended ? '2026-02-01' : null,
      })) as unknown as Plain<TaskAssignment>[],
      programId ? programs.get(programId) : null,
    ),
  );
}

/** The ids among `ids` that `where` (alias `x` over `table`) selects for `access`. */
async function selected(
  em: EntityManager,
  table: string,
  ids: string[],
  where: (access: ViewerAccess, alias: string) => { sql: string; params: unknown[] } | null,
  access: ViewerAccess,
): Promise<string[]> {
  const condition = where(access, 'x');
  const rows = await em.execute<{ id: string }[]>(
    `select x.id from ${table} x where x.id = any(?::uuid[])${condition ? ` and ${condition.sql}` : ''}`,
    [`{${ids.join(',')}}`, ...(condition?.params ?? [])],
  );
  return rows.map((r) => r.id).toSorted();
}

describe('read rules agree in memory and in SQL', () => {
  test('programs: owner and participants, through the chain of command', async () => {
    const em = ts.orm.em.fork();
    const { province, a, b, other } = await chain(em);
    const ids = [
      await program(em, a, []),
      await program(em, b, [a]),
      await program(em, other, [b]),
      await program(em, other, []),
    ];
    const views = await loadProgramAccessViews(em, ids);
    const viewers = await viewersOf(em, { province, a, b, other });
    const counts: number[] = [];
    for (const access of viewers) {
      const inMemory = ids.filter((id) => programPolicy.read(access, views.get(id)!)).toSorted();
      expect(await selected(em, 'coordination_program', ids, programPolicy.where, access)).toEqual(inMemory);
      counts.push(inMemory.length);
    }
    // Each viewer sees a different share: the rule is exercised, not trivially empty or full.
    expect(counts).toEqual([2, 2, 3, 2, 0, 4]);
  });

  test("tasks: an organization's tasks, read from its assignments, as the whole list", async () => {
    const em = ts.orm.em.fork();
    const { province, a, b, other } = await chain(em);
    const plan = await program(em, other, [b]);
    const tasks = [
      await task(em, null, [{ organization: a }]),
      await task(em, null, [{ organization: other }, { organization: a, ended: true }]),
      await task(em, plan, [{ organization: other }]),
      await task(em, null, [{ organization: other }]),
      await task(em, null, [{ organization: b }, { organization: other }]),
    ];
    const views = await taskViews(em, tasks);
    const ofOther = tasks.filter((t) => t.assigned.some((x) => x.organization === other && !x.ended));
    const viewers = await viewersOf(em, { province, a, b, other });
    const counts: number[] = [];
    for (const access of viewers) {
      const readable = (id: string) => taskPolicy.read(access, views.find((v) => v.id === id)!);
      const all = tasks.map((t) => t.id);
      expect(await selected(em, 'task', all, taskPolicy.where, access)).toEqual(
        all.filter(readable).toSorted(),
      );
      // The organization's list tests its own assignment first and probes the rest (decision 019).
      const query = organizationTasksQuery(
        taskConditions({}, access, FROM_ASSIGNMENTS),
        TaskOrder.DUE_DATE,
        null,
      );
      const page = pageOf(
        await readPages(em, query, [other.id], { first: 50, after: null, count: true }),
        other.id,
        false,
      );
      const listed = page.edges.map((e) => String(e.node.id)).toSorted();
      expect(listed).toEqual(
        ofOther
          .map((t) => t.id)
          .filter(readable)
          .toSorted(),
      );
      expect(page.totalCount).toBe(listed.length);
      // Its counts (`taskStats`) read the same tasks the same way.
      const from = assignedTasks('= any(?::uuid[])', [`{${other.id}}`], null);
      const buckets = await bucketCounts(
        em,
        { sql: from.sql, parent: 't.assigned_organization_id', params: from.params },
        [other.id],
        visibleTo(access, 't', FROM_ASSIGNMENTS),
      );
      expect(buckets.get(other.id)?.total ?? 0).toBe(listed.length);
      counts.push(listed.length);
    }
    // a: a past assignment; b: the program and a task it leads; the province: both; other: its own.
    expect(counts).toEqual([1, 2, 3, 4, 0, 4]);
  });

  test("tasks: a program's tasks, its organizations tested once per program", async () => {
    const em = ts.orm.em.fork();
    const { province, a, b, other } = await chain(em);
    const plans = [await program(em, other, [b]), await program(em, other, [])];
    const tasks = [
      await task(em, plans[0], [{ organization: other }]),
      await task(em, plans[0], [{ organization: a }]),
      await task(em, plans[1], [{ organization: a }, { organization: b }]),
      await task(em, plans[1], [{ organization: other }, { organization: b, ended: true }]),
      await task(em, plans[1], [{ organization: other }]),
    ];
    const views = await taskViews(em, tasks);
    const counts: number[] = [];
    for (const access of await viewersOf(em, { province, a, b, other })) {
      const query = programTasksQuery(taskConditions({}, access, UNDER_PROGRAM), TaskOrder.DUE_DATE);
      const pages = await readPages(em, query, plans, { first: 50, after: null, count: true });
      let listed = 0;
      for (const plan of plans) {
        const page = pageOf(pages, plan, false);
        const ids = page.edges.map((e) => String(e.node.id)).toSorted();
        const expected = tasks
          .filter((t, i) => t.programId === plan && taskPolicy.read(access, views[i]))
          .map((t) => t.id);
        expect(ids).toEqual(expected.toSorted());
        expect(page.totalCount).toBe(ids.length);
        listed += ids.length;
      }
      counts.push(listed);
    }
    // a: its two assignments (neither program is its); b: the first program and its (past) assignments
    // in the second; the province: what b and a read; other: both programs; nobody; the administrator.
    expect(counts).toEqual([2, 4, 4, 5, 0, 5]);
  });

  test('report submissions and completeness: the reporter and the approver, through the chain of command', async () => {
    const em = ts.orm.em.fork();
    const { province, a, b, other } = await chain(em);
    const year = parsePeriod(PeriodType.YEAR, '2025')!;
    const form = em.create(ReportForm, {
      code: `RR-${randomUUID()}`,
      name: 'Báo cáo năm',
      periodType: PeriodType.YEAR,
      deadlineDays: 10,
    });
    em.create(ReportFormRequirement, {
      form,
      organizationKind: OrganizationKind.MASS_MOBILIZATION_COMMISSION,
      areaLevel: AreaLevel.PROVINCE,
    });
    // a's report goes to the province above it; b's to `other` (a fixed approver); other's to nobody.
    const reports = [
      { organization: a, approver: province },
      { organization: b, approver: other },
      { organization: other, approver: null },
    ].map(({ organization, approver }) =>
      em.create(ReportSubmission, {
        form,
        organization,
        area: organization.area,
        approver,
        periodKey: year.key,
        periodStart: year.start,
        periodEnd: year.end,
        dueOn: year.end,
        status: SubmissionStatus.SUBMITTED,
        submittedAt: new Date(`${year.end}T02:00:00Z`),
      }),
    );
    await em.flush();
    const views = reports.map((s) => ({
      id: s.id,
      organizationId: s.organization.id,
      approverId: s.approver?.id ?? null,
      status: s.status,
    }));
    // Completeness expects all four; the province has no report (and no approver: no parent).
    const expected = [
      ...views,
      { id: province.id, organizationId: province.id, approverId: null, status: null },
    ];
    const ids = views.map((v) => v.id);
    const viewers = await viewersOf(em, { province, a, b, other });
    const counts: number[][] = [];
    for (const access of viewers) {
      const inMemory = views.filter((v) => submissionPolicy.read(access, v)).map((v) => v.id);
      expect(await selected(em, 'report_submission', ids, submissionPolicy.where, access)).toEqual(
        inMemory.toSorted(),
      );
      const readable = expected.filter((e) => submissionPolicy.read(access, e as (typeof views)[number]));
      const completeness = await completenessCounts(em, form.id, year, province.area.id, access);
      expect(completeness).toMatchObject({
        expected: readable.length,
        submitted: readable.filter((e) => e.status).length,
      });
      counts.push([inMemory.length, readable.length]);
    }
    expect(counts).toEqual([
      [1, 1],
      [1, 1],
      [2, 3],
      [2, 2],
      [0, 0],
      [3, 4],
    ]);
  });

  test('audit records: ADMIN on an organization concerned, or above it', async () => {
    const em = ts.orm.em.fork();
    const { province, a, b, other } = await chain(em);
    const record = async (organizations: Organization[]) => {
      const id = randomUUID();
      await em.execute(
        `insert into audit_record (id, occurred_at, operation, changes, record_ids, organization_ids)
         values (?, now(), 'test', '[]', '{}', ?::text[])`,
        [id, `{${organizations.map((o) => o.id).join(',')}}`],
      );
      return { id, organizationIds: organizations.map((o) => o.id) };
    };
    const records = [await record([a]), await record([b, other]), await record([other]), await record([])];
    const ids = records.map((r) => r.id);
    const viewers = [
      await accessOf(em, Role.ADMIN, a),
      await accessOf(em, Role.COORDINATOR, a),
      await accessOf(em, Role.ADMIN, province),
      await accessOf(em, Role.ADMIN, other),
      await accessOf(em, null, undefined, true),
    ];
    const counts: number[] = [];
    for (const access of viewers) {
      const inMemory = records
        .filter((r) => auditRecordPolicy.read(access, r))
        .map((r) => r.id)
        .toSorted();
      expect(await selected(em, 'audit_record', ids, auditRecordPolicy.where, access)).toEqual(inMemory);
      counts.push(inMemory.length);
    }
    expect(counts).toEqual([1, 0, 2, 2, 4]);
  });
});
