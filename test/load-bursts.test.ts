/**
 * Bursts of parallel mutations over real HTTP against one server with the
 * default pool (10 connections): every request is answered, nothing is lost,
 * optimistic locking picks exactly one winner, and the server answers at once
 * afterwards. Before one-connection-per-request (docs/decisions/009), ~10
 * parallel commands took every pooled connection and each waited forever for
 * a second one to load the viewer's access: these bursts hung the server.
 * Correctness tests with generous bounds, not timing tests.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { parseGlobalId } from '../server/core/ids.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique, type TestUser } from './helpers/factories.js';
import { within } from './helpers/bounded.js';
import { useTestServer } from './helpers/server.js';
import { codeOf, ok } from './helpers/results.js';

const BURST_TIMEOUT_MS = 180_000;
/** How long the server may take to answer right after a burst before it counts as stuck. */
const ANSWER_BOUND_MS = 15_000;

const CreateTask = `mutation LoadCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) { task { id } }
}`;
const ReportProgress = `mutation LoadReportProgress($input: ReportTaskProgressInput!) {
  reportTaskProgress(input: $input) { report { id } }
}`;
const CreateProgram = `mutation LoadCreateProgram($input: CreateProgramInput!) {
  createProgram(input: $input) { program { id version } }
}`;
const UpdateDetails = `mutation LoadUpdateDetails($input: UpdateProgramDetailsInput!) {
  updateProgramDetails(input: $input) { program { id version description } }
}`;
const ProgramVersion = `query LoadProgram($id: ID!) { program(id: $id) { id version description } }`;

let agency: Organization;
let partner: Organization;
let coordinator: TestUser;
let member: TestUser;

// The default pool (10 connections); waits made generous so a slow, shared CI machine does not
// turn queueing into 503s — this file tests that bursts are absorbed, not how fast.
const ts = useTestServer({
  env: { DATABASE_ACQUIRE_TIMEOUT_MS: '60000', DATABASE_LOCK_TIMEOUT_MS: '60000' },
  setUp: async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const province = await makeOrganization(em, { area, name: `Tỉnh ủy ${unique()}` });
    agency = await makeOrganization(em, { area, parent: province, name: `Ban Dân vận ${unique()}` });
    partner = await makeOrganization(em, { area, parent: province, name: `Ủy ban MTTQ ${unique()}` });
    coordinator = await makeUserWith(ts.orm, agency.id, Role.COORDINATOR);
    member = await makeUserWith(ts.orm, agency.id, Role.MEMBER);
  },
});

/** After a burst, `/readyz` and a query touching the database answer at once. */
async function expectResponsive(): Promise<void> {
  const ready = await within(ANSWER_BOUND_MS, fetch(ts.url.replace(/\/graphql$/, '/readyz')));
  expect(ready.status).toBe(200);
  const viewer = await within(
    ANSWER_BOUND_MS,
    ts.gql<{ viewer: { id: string } }>('{ viewer { id } }', {}, member.token),
  );
  expect(ok(viewer).viewer.id).toBeTruthy();
}

async function createTask(title: string) {
  return ts.gql<{ createTask: { task: { id: string } } }>(
    CreateTask,
    {
      input: {
        title,
        dueOn: '2099-12-31',
        lead: { organizationId: gid.org(agency) },
        coordinating: [{ organizationId: gid.org(partner) }],
      },
    },
    coordinator.token,
  );
}

async function createProgram(): Promise<string> {
  const result = await ts.gql<{ createProgram: { program: { id: string } } }>(
    CreateProgram,
    {
      input: {
        kind: 'COORDINATION_REGULATION',
        code: unique('TAI-'),
        title: 'Quy chế phối hợp (tải)',
        startsOn: '2024-01-01',
        ownerOrganizationId: gid.org(agency),
        description: '',
      },
    },
    coordinator.token,
  );
  return ok(result).createProgram.program.id;
}

const dbId = (globalId: string) => parseGlobalId(globalId)!.id;
/** A PostgreSQL array literal of UUIDs (one bound parameter). */
const pgArray = (ids: string[]) => `{${ids.join(',')}}`;

describe('bursts of parallel mutations (default pool of 10)', () => {
  it('100 parallel createTask by one agency: all acknowledged and stored with assignments and audit', {
    timeout: BURST_TIMEOUT_MS,
  }, async () => {
    const batch = unique('burst-');
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => createTask(`${batch} ${i}`)));
    console.info(`100 parallel createTask: ${Date.now() - started} ms`);
    const ids = results.map((r) => dbId(ok(r).createTask.task.id));
    expect(new Set(ids).size).toBe(100);

    const em = ts.orm.em.fork();
    const [{ tasks }] = await em.execute(`select count(*)::int as tasks from task where title like ?`, [
      `${batch} %`,
    ]);
    expect(tasks).toBe(100);
    const [{ assignments }] = await em.execute(
      `select count(*)::int as assignments from task_assignment where task_id = any(?::uuid[])`,
      [pgArray(ids)],
    );
    expect(assignments).toBe(200);
    const [{ audited }] = await em.execute(
      `select count(distinct t.id)::int as audited from unnest(?::text[]) as t(id)
        where exists (select 1 from audit_record a where a.operation = 'createTask' and t.id = any(a.record_ids))`,
      [pgArray(ids)],
    );
    expect(audited).toBe(100);
    await expectResponsive();
  });

  it('50 parallel reportTaskProgress on one task: 50 reports stored, none lost', {
    timeout: BURST_TIMEOUT_MS,
  }, async () => {
    const task = ok(await createTask(unique('report-target-'))).createTask.task;
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        ts.gql(
          ReportProgress,
          {
            input: { taskId: task.id, organizationId: gid.org(agency), body: `Báo cáo ${i}`, percent: i + 1 },
          },
          member.token,
        ),
      ),
    );
    console.info(`50 parallel reportTaskProgress on one task: ${Date.now() - started} ms`);
    for (const result of results) ok(result);
    const em = ts.orm.em.fork();
    const [{ reports }] = await em.execute(
      `select count(*)::int as reports from progress_report where task_id = ?`,
      [dbId(task.id)],
    );
    expect(reports).toBe(50);
    await expectResponsive();
  });

  it('50 writers with the same expectedVersion: exactly one wins, 49 get CONFLICT', {
    timeout: BURST_TIMEOUT_MS,
  }, async () => {
    const programId = await createProgram();
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        ts.gql(
          UpdateDetails,
          { input: { programId, expectedVersion: 1, title: `Bản ${i}` } },
          coordinator.token,
        ),
      ),
    );
    console.info(`50 writers on one version: ${Date.now() - started} ms`);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(Array(49).fill('CONFLICT'));
    await expectResponsive();
  });

  it('50 editors doing read-modify-write with retry on CONFLICT: all 50 edits land', {
    timeout: BURST_TIMEOUT_MS,
  }, async () => {
    const programId = await createProgram();
    let conflicts = 0;
    const edit = async (editor: number) => {
      for (let attempt = 1; ; attempt++) {
        const read = ok(
          await ts.gql<{ program: { version: number; description: string | null } }>(
            ProgramVersion,
            { id: programId },
            coordinator.token,
          ),
        ).program;
        const description = `${read.description ?? ''}[${editor}]`;
        const result = await ts.gql(
          UpdateDetails,
          { input: { programId, expectedVersion: read.version, description } },
          coordinator.token,
        );
        if (!result.errors) return attempt;
        expect(codeOf(result)).toBe('CONFLICT');
        conflicts++;
        // A client's backoff with jitter (not synchronization): fewer editors collide on the next try.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** Math.min(attempt, 7)));
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: 50 }, (_, i) => edit(i)));
    console.info(`50 read-modify-write editors: ${Date.now() - started} ms, ${conflicts} conflicts retried`);
    const final = ok(
      await ts.gql<{ program: { version: number; description: string } }>(
        ProgramVersion,
        { id: programId },
        coordinator.token,
      ),
    ).program;
    expect(final.version).toBe(51);
    const landed = [...final.description.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(landed.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    await expectResponsive();
  });
});
