/**
 * Create rules live in the modules' policies, on the parent (issue 12):
 * `Organization.viewerCan { createTask createProgram scheduleMeeting }` say
 * what the mutations then do — allowed when true, refused when false.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import {
  gid,
  makeArea,
  makeOrganization,
  makeUser,
  makeUserWith,
  unique,
  type TestUser,
} from './helpers/factories.js';
import { type GqlResult, useTestServer } from './helpers/server.js';
import { codeOf, ok } from './helpers/results.js';

const MayCreate = `query($id: ID!) {
  organization(id: $id) { viewerCan { createTask createProgram scheduleMeeting createChild } }
}`;
const CreateTask = `mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id } } }`;
const CreateProgram = `mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id } } }`;
const Schedule = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }`;

type Can = { createTask: boolean; createProgram: boolean; scheduleMeeting: boolean; createChild: boolean };

const ts = useTestServer();

async function viewerCan(organizationId: string, user: TestUser): Promise<Can> {
  const data = ok(await ts.gql(MayCreate, { id: organizationId }, user.token));
  return (data as { organization: { viewerCan: Can } }).organization.viewerCan;
}

/** A result's error code, 'OK' when it succeeded. */
const code = (r: GqlResult<unknown>) => String(codeOf(r) ?? 'OK');

/** The error code of each create mutation for `user` on the organization ('OK' when it succeeded). */
async function attempts(organizationId: string, user: TestUser) {
  const task = await ts.gql(
    CreateTask,
    { i: { title: 'Rà soát', dueOn: '2031-12-31', lead: { organizationId } } },
    user.token,
  );
  const program = await ts.gql(
    CreateProgram,
    { i: { code: unique('CT-'), title: 'Chương trình', kind: 'PLAN', ownerOrganizationId: organizationId } },
    user.token,
  );
  const meeting = await ts.gql(
    Schedule,
    {
      i: {
        hostOrganizationId: organizationId,
        kind: 'PERIODIC_BRIEFING',
        title: 'Giao ban',
        startsAt: '2031-03-03T01:00:00.000Z',
        endsAt: '2031-03-03T02:00:00.000Z',
      },
    },
    user.token,
  );
  return { createTask: code(task), createProgram: code(program), scheduleMeeting: code(meeting) };
}

describe('Organization.viewerCan: create rules', () => {
  it('answers true for a COORDINATOR and the mutations go through', async () => {
    const org = await makeOrganization(ts.orm.em.fork(), { area: await makeArea(ts.orm.em.fork()) });
    const coordinator = await makeUserWith(ts.orm, org.id, Role.COORDINATOR);
    expect(await viewerCan(gid.org(org), coordinator)).toEqual({
      createTask: true,
      createProgram: true,
      scheduleMeeting: true,
      createChild: false,
    });
    expect(await attempts(gid.org(org), coordinator)).toEqual({
      createTask: 'OK',
      createProgram: 'OK',
      scheduleMeeting: 'OK',
    });
  });

  it('answers false for a MEMBER, and for someone with no role, and the mutations are refused', async () => {
    const org = await makeOrganization(ts.orm.em.fork(), { area: await makeArea(ts.orm.em.fork()) });
    for (const user of [await makeUserWith(ts.orm, org.id, Role.MEMBER), await makeUser(ts.orm)]) {
      expect(await viewerCan(gid.org(org), user)).toEqual({
        createTask: false,
        createProgram: false,
        scheduleMeeting: false,
        createChild: false,
      });
      const codes = Object.values(await attempts(gid.org(org), user));
      for (const code of codes) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code);
    }
  });
});
