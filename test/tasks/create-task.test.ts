/**
 * createTask: lead and coordinating organizations in one go, tasks of a program, who may create, and
 * bad input that writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { Organization, OrganizationStatus } from '../../server/modules/organizations/organization.entity.js';
import {
  LegalDocument,
  LegalDocumentKind,
} from '../../server/modules/legal-documents/legal-document.entity.js';
import { ParticipantRole } from '../../server/modules/programs/participant.entity.js';
import { Task, TaskPriority } from '../../server/modules/tasks/task.entity.js';
import { gid, makeOrganization, makeUser, unique, makeProgram } from '../helpers/factories.js';
import { codeOf, ok } from '../helpers/results.js';
import {
  CreateTask,
  TaskDetail,
  addDays,
  createTask,
  makeChain,
  programGid,
  today,
  ts,
  useTasksServer,
  userWith,
} from '../helpers/tasks.js';
import { auditCount } from '../helpers/audit.js';

useTasksServer();

async function tasksTitled(title: string): Promise<number> {
  return ts.orm.em.fork().count(Task, { title });
}

describe('createTask', () => {
  it('creates a task with its lead and coordinating organizations in one go', async () => {
    const chain = await makeChain();
    const before = await auditCount(ts.orm, 'createTask', chain.coordinator.user.id);
    const task = await createTask(chain, {
      title: '  Tổ chức đối thoại   với Nhân dân  '.normalize('NFD'),
      priority: TaskPriority.HIGH,
      startsOn: today(),
      lead: {
        organizationId: gid.org(chain.lead),
        personInChargeId: gid.person(chain.member.person),
        dueOn: addDays(today(), 20),
      },
    });
    expect(task.title).toBe('Tổ chức đối thoại với Nhân dân');
    expect(task).toMatchObject({
      status: 'NOT_STARTED',
      priority: TaskPriority.HIGH,
      sourceKind: 'OTHER',
      version: 1,
      progressPercent: 0,
      deadlineBucket: 'OPEN_WITHIN_DEADLINE',
      program: null,
      parent: null,
      sourceDocument: null,
      viewerCan: { manage: true, complete: true, report: true, urge: true },
    });
    expect(task.leadAssignment).toEqual({
      role: 'LEAD',
      dueOn: addDays(today(), 20),
      isCurrent: true,
      organization: { id: gid.org(chain.lead) },
      personInCharge: { id: gid.person(chain.member.person) },
    });
    expect(task.assignments.map((a) => [a.role, a.organization.id, a.assignedOn, a.endedOn])).toEqual([
      ['LEAD', gid.org(chain.lead), today(), null],
      ['COORDINATING', gid.org(chain.partner), today(), null],
    ]);
    expect(await auditCount(ts.orm, 'createTask', chain.coordinator.user.id)).toBe(before + 1);

    const em = ts.orm.em.fork();
    const document = em.create(LegalDocument, {
      number: unique('43-CT/TU-'),
      kind: LegalDocumentKind.DIRECTIVE,
      title: 'Chỉ thị về công tác dân vận',
      searchKey: 'chi thi ve cong tac dan van',
      issuingOrganization: chain.province,
      issuedOn: '2021-05-20',
    });
    await em.flush();
    const fromDocument = await createTask(chain, {
      sourceDocumentId: toGlobalId('LegalDocument', document.id),
    });
    expect(fromDocument).toMatchObject({
      sourceKind: 'LEGAL_DOCUMENT',
      sourceDocument: { id: toGlobalId('LegalDocument', document.id) },
    });
  });

  it('lets whoever runs a program create its tasks, for any lead; subtasks inherit the program', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const program = await makeProgram(em, chain.other, {
      participants: [[chain.lead, ParticipantRole.PARTNER]],
    });
    // COORDINATOR on the program's owner X, no role on the lead L.
    const task = await createTask(chain, { programId: programGid(program) }, chain.outsider.token);
    expect(task.program).toEqual({ id: programGid(program) });
    expect(task.sourceKind).toBe('PROGRAM');
    expect(task.viewerCan.manage).toBe(true);
    const sub = await createTask(
      chain,
      { parentTaskId: task.id, lead: { organizationId: gid.org(chain.partner) }, coordinating: [] },
      chain.outsider.token,
    );
    expect(sub.parent).toEqual({ id: task.id });
    expect(sub.program).toEqual({ id: programGid(program) });
    const detail = ok(await ts.gql(TaskDetail, { id: task.id }, chain.outsider.token)).task;
    expect(detail.subtasks.edges.map((e) => e.node.id)).toEqual([sub.id]);
    // Without the program, the outsider may not lead with L.
    const denied = await ts.gql(
      CreateTask,
      { input: { title: 'Không được', dueOn: today(), lead: { organizationId: gid.org(chain.lead) } } },
      chain.outsider.token,
    );
    expect(codeOf(denied)).toBe('NOT_FOUND');
  });

  it('refuses viewers and members of the lead, and strangers, before any domain rule', async () => {
    const chain = await makeChain();
    const input = (title: string) => ({
      input: {
        title,
        dueOn: today(),
        lead: { organizationId: gid.org(chain.lead) },
        coordinating: [{ organizationId: gid.org(chain.lead) }],
      },
    });
    expect(codeOf(await ts.gql(CreateTask, input('a'), chain.member.token))).toBe('BAD_USER_INPUT');
    const ok1 = await ts.gql(
      CreateTask,
      { input: { title: 'b', dueOn: today(), lead: { organizationId: gid.org(chain.lead) } } },
      chain.member.token,
    );
    expect(codeOf(ok1)).toBe('FORBIDDEN');
    const stranger = await ts.gql(
      CreateTask,
      { input: { title: 'c', dueOn: today(), lead: { organizationId: gid.org(chain.lead) } } },
      (await makeUser(ts.orm)).token,
    );
    expect(codeOf(stranger)).toBe('NOT_FOUND');
  });

  it('answers bad input with a typed error and writes nothing', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const merged = await makeOrganization(em, { area: chain.area, parent: chain.province });
    const dissolved = await makeOrganization(em, { area: chain.area, parent: chain.province });
    await em.nativeUpdate(
      Organization,
      { id: merged.id },
      { status: OrganizationStatus.MERGED, successor: chain.lead.id },
    );
    await em.nativeUpdate(Organization, { id: dissolved.id }, { status: OrganizationStatus.DISSOLVED });
    const title = `Sai ${unique()}`;
    const base = { title, dueOn: today(), lead: { organizationId: gid.org(chain.lead) } };
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ ...base, startsOn: addDays(today(), 1) }, 'BAD_USER_INPUT', 'dueOn'],
      [
        { ...base, coordinating: [{ organizationId: gid.org(chain.lead) }] },
        'BAD_USER_INPUT',
        'coordinating',
      ],
      [
        {
          ...base,
          coordinating: [
            { organizationId: gid.org(chain.partner) },
            { organizationId: gid.org(chain.partner) },
          ],
        },
        'BAD_USER_INPUT',
        'coordinating',
      ],
      [{ title, dueOn: today() }, 'BAD_USER_INPUT'],
      [{ ...base, lead: { organizationId: gid.org(merged) } }, 'CONFLICT', 'lead.organizationId'],
      [
        { ...base, coordinating: [{ organizationId: gid.org(dissolved) }] },
        'CONFLICT',
        'coordinating.organizationId',
      ],
      [{ ...base, title: '   ' }, 'BAD_USER_INPUT', 'title'],
      [{ ...base, title: 'x'.repeat(501) }, 'BAD_USER_INPUT', 'title'],
      [
        { ...base, programId: toGlobalId('CoordinationProgram', '00000000-0000-4000-8000-000000000000') },
        'NOT_FOUND',
      ],
      [{ ...base, lead: { organizationId: gid.area(chain.area) } }, 'BAD_USER_INPUT', 'lead.organizationId'],
      [{ ...base, sourceKind: 'LEGAL_DOCUMENT' }, 'BAD_USER_INPUT', 'sourceDocumentId'],
      [
        { ...base, lead: { organizationId: gid.org(chain.lead), dueOn: '2000-01-01' }, startsOn: today() },
        'BAD_USER_INPUT',
        'lead.dueOn',
      ],
    ];
    // COORDINATOR on the province: it may act for every organization below it, so the domain rules answer.
    const provinceCoordinator = await userWith(Role.COORDINATOR, chain.province);
    for (const [input, code, field] of cases) {
      const result = await ts.gql(CreateTask, { input: input as never }, provinceCoordinator.token);
      expect(codeOf(result), JSON.stringify(input)).toBe(code);
      if (field) expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(await tasksTitled(title)).toBe(0);
  });
});
