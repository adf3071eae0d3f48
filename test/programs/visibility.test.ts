/**
 * Who sees a program: participants and those above them; sub-programs and parent the viewer may read.
 */
import { describe, expect, it } from 'vitest';
import { makeUser, unique, type TestUser } from '../helpers/factories.js';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { ParticipantRole, ProgramParticipant } from '../../server/modules/programs/participant.entity.js';
import { dbId, fails, ok } from '../helpers/results.js';
import {
  ChangeStatus,
  Node,
  ProgramDetail,
  Programs,
  UpdateDetails,
  admin,
  createProgram,
  detail,
  makeWorld,
  ts,
  useProgramsServer,
  userWith,
} from '../helpers/programs.js';

useProgramsServer();

describe('visibility', () => {
  it('hides a program from organizations not taking part, and shows it to those above a participant', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const listed = async (token: string) =>
      ok(await ts.gql(Programs, { filter: { search: program.code } }, token)).programs.edges.map(
        (e) => e.node.id,
      );

    // Not taking part: absent from the list, NOT_FOUND by id and by node(id), and for every mutation.
    expect(await listed(w.outsiderCoordinator.token)).toEqual([]);
    fails(await ts.gql(ProgramDetail, { id: program.id }, w.outsiderCoordinator.token), 'NOT_FOUND');
    fails(await ts.gql(Node, { id: program.id }, w.outsiderCoordinator.token), 'NOT_FOUND');
    const participantId = toGlobalId(
      'ProgramParticipant',
      (
        await ts.orm.em
          .fork()
          .findOneOrFail(ProgramParticipant, { program: dbId(program.id), role: ParticipantRole.LEAD })
      ).id,
    );
    fails(await ts.gql(Node, { id: participantId }, w.outsiderCoordinator.token), 'NOT_FOUND');
    const nobody = await makeUser(ts.orm);
    expect(await listed(nobody.token)).toEqual([]);
    fails(await ts.gql(ProgramDetail, { id: program.id }, nobody.token), 'NOT_FOUND');

    // The Front takes part; the organization above it sees the program too (a role reaches down).
    for (const user of [w.frontViewer, w.frontAboveViewer, w.ownerViewer, admin]) {
      expect(await listed(user.token)).toEqual([program.id]);
      expect(ok(await ts.gql(Node, { id: program.id }, user.token)).node).toMatchObject({
        code: program.code,
      });
      expect(ok(await ts.gql(Node, { id: participantId }, user.token)).node).toMatchObject({ role: 'LEAD' });
    }
    // The provincial committee above the owner sees it (its Ban Dân vận leads it).
    const committeeViewer = await userWith(Role.VIEWER, w.committee);
    expect(await listed(committeeViewer.token)).toEqual([program.id]);

    // Reading is not running: viewers and partners see what they may not do.
    const can = async (user: TestUser) =>
      ok(await ts.gql(ProgramDetail, { id: program.id }, user.token)).program.viewerCan;
    expect(await can(w.frontAboveViewer)).toEqual({
      update: false,
      changeStatus: false,
      manageParticipants: false,
      postUpdate: false,
      createTask: false,
    });
    expect((await can(w.frontCoordinator)).update).toBe(false);
    expect((await can(w.coordinator)).update).toBe(true);
    fails(
      await ts.gql(
        ChangeStatus,
        { input: { programId: program.id, expectedVersion: 1, status: 'ACTIVE' } },
        w.frontAboveViewer.token,
      ),
      'FORBIDDEN',
    );
    fails(
      await ts.gql(
        ChangeStatus,
        { input: { programId: program.id, expectedVersion: 1, status: 'ACTIVE' } },
        w.outsiderCoordinator.token,
      ),
      'NOT_FOUND',
    );
    // An outsider's stale version does not reveal the program either.
    fails(
      await ts.gql(
        UpdateDetails,
        { input: { programId: program.id, expectedVersion: 99, title: 'X' } },
        w.outsiderCoordinator.token,
      ),
      'NOT_FOUND',
    );
  });

  it('shows only the sub-programs and parent the viewer may read', async () => {
    const w = await makeWorld();
    const parent = await createProgram(w, { participants: [] });
    const withFront = await createProgram(w, { parentId: parent.id, code: unique('A-') });
    const withoutFront = await createProgram(w, {
      parentId: parent.id,
      participants: [],
      code: unique('B-'),
    });
    expect((await detail(parent.id)).children.map((c) => c.id)).toEqual([withFront.id, withoutFront.id]);
    const asFront = ok(await ts.gql(ProgramDetail, { id: withFront.id }, w.frontViewer.token)).program;
    // The Front does not take part in the parent: it is hidden, as missing.
    expect(asFront.parent).toBeNull();
    fails(await ts.gql(ProgramDetail, { id: parent.id }, w.frontViewer.token), 'NOT_FOUND');
    expect(
      ok(await ts.gql(ProgramDetail, { id: withFront.id }, w.coordinator.token)).program.parent?.id,
    ).toBe(parent.id);
    // A parent the Front takes part in lists only the children it may read.
    const shared = await createProgram(w);
    const sharedChild = await createProgram(w, { parentId: shared.id, code: unique('C-') });
    await createProgram(w, { parentId: shared.id, participants: [], code: unique('D-') });
    expect((await detail(shared.id)).children).toHaveLength(2);
    const sharedAsFront = ok(await ts.gql(ProgramDetail, { id: shared.id }, w.frontViewer.token)).program;
    expect(sharedAsFront.children.map((c) => c.id)).toEqual([sharedChild.id]);
  });
});
