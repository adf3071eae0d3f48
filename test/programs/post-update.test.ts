/**
 * postProgramUpdate: updates on behalf of a leading organization, and who may post them.
 */
import { describe, expect, it } from 'vitest';
import { gid, type TestUser, grantRole } from '../helpers/factories.js';
import { Role } from '../../server/core/access.js';
import { Organization } from '../../server/modules/organizations/organization.entity.js';
import { dbId, fails, ok } from '../helpers/results.js';
import {
  MISSING,
  Node,
  PostUpdate,
  createProgram,
  detail,
  makeWorld,
  storedCounts,
  ts,
  useProgramsServer,
} from '../helpers/programs.js';

useProgramsServer();

/** Grants `role` on `organization` to `user`, in force from a minute ago. */
async function grant(user: TestUser, organization: Organization, role: Role): Promise<void> {
  await grantRole(ts.orm, user.user.id, organization.id, role);
}

describe('postProgramUpdate', () => {
  it('posts updates on behalf of a leading organization, newest first, with pages', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const coordinatorPerson = w.coordinator.person;
    const bodies = ['Đã ký kết quy chế', 'Tổ chức hội nghị sơ kết', 'Chậm tiến độ ở hai xã'];
    for (const [i, body] of bodies.entries()) {
      const posted = ok(
        await ts.gql(
          PostUpdate,
          {
            input: {
              programId: program.id,
              organizationId: gid.org(w.owner),
              health: i === 2 ? 'AT_RISK' : 'ON_TRACK',
              body: `  ${body.normalize('NFD')}  `,
            },
          },
          w.coordinator.token,
        ),
      ).postProgramUpdate.update;
      expect(posted).toMatchObject({
        body,
        organization: { id: gid.org(w.owner) },
        author: { id: gid.person(coordinatorPerson), fullName: coordinatorPerson.fullName },
      });
    }
    const page1 = await detail(program.id, { updates: 2 });
    expect(page1.latestUpdate?.body).toBe(bodies[2]);
    expect(page1.updates.totalCount).toBe(3);
    expect(page1.updates.pageInfo.hasNextPage).toBe(true);
    for (const edge of page1.updates.edges)
      expect(new Date(edge.node.createdAt).getTime()).toBeGreaterThan(0);
    expect(page1.updates.edges.map((e) => [e.node.body, e.node.health])).toEqual([
      [bodies[2], 'AT_RISK'],
      [bodies[1], 'ON_TRACK'],
    ]);
    const page2 = await detail(program.id, { updates: 2, after: page1.updates.pageInfo.endCursor! });
    expect(page2.updates.edges.map((e) => e.node.body)).toEqual([bodies[0]]);
    expect(page2.updates.pageInfo.hasNextPage).toBe(false);
    expect(
      ok(await ts.gql(Node, { id: page1.updates.edges[0].node.id }, w.frontViewer.token)).node,
    ).toMatchObject({
      body: bodies[2],
    });
  });

  it('refuses organizations that do not run the program and viewers without COORDINATOR there', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    // The Ban Dân vận coordinator also holds COORDINATOR on the Front, a PARTNER: not a leading organization.
    await grant(w.coordinator, w.front, Role.COORDINATOR);
    const post = (organizationId: string, token = w.coordinator.token, body = 'Báo cáo') =>
      ts.gql(
        PostUpdate,
        { input: { programId: program.id, organizationId, health: 'ON_TRACK', body } },
        token,
      );
    fails(await post(gid.org(w.front)), 'CONFLICT', 'organizationId');
    fails(await post(gid.org(w.government)), 'FORBIDDEN');
    fails(await post(gid.org({ id: MISSING })), 'NOT_FOUND');
    fails(await post(gid.org(w.owner), w.coordinator.token, '   '), 'BAD_USER_INPUT', 'body');
    fails(await post(gid.org(w.owner), w.frontCoordinator.token), 'FORBIDDEN');
    fails(await post(gid.org(w.owner), w.outsiderCoordinator.token), 'NOT_FOUND');
    expect((await storedCounts(dbId(program.id))).updates).toBe(0);
  });
});
