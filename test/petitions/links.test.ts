/**
 * A petition's links to the rest of the platform: the citizen-reception meeting where it was handed
 * over (a reception the receiver may see), and organization mergers (the open petitions of a merged
 * organization pass to its successor, which then handles them; closed ones stay where they were).
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { Meeting } from '../../server/modules/meetings/meeting.entity.js';
import { MeetingKind } from '../../server/modules/meetings/meeting.enums.js';
import type { Organization } from '../../server/modules/organizations/organization.entity.js';
import { PetitionStatus } from '../../server/modules/petitions/petition.entity.js';
import { gid, grantRole, makeUserWith } from '../helpers/factories.js';
import { fails, ok } from '../helpers/results.js';
import {
  makePetition,
  makeWorld,
  petitionGid,
  read,
  ReceivePetition,
  receiveInput,
  ts,
  usePetitionsServer,
} from '../helpers/petitions.js';

usePetitionsServer();

/** A meeting of `kind` hosted by `host`, straight in the database; its global ID. */
async function meeting(host: Organization, kind: MeetingKind): Promise<string> {
  const em = ts.orm.em.fork();
  const created = em.create(Meeting, {
    organization: host.id,
    kind,
    title: 'Tiếp công dân định kỳ tháng 3',
    startsAt: new Date('2025-03-03T01:00:00Z'),
    endsAt: new Date('2025-03-03T04:00:00Z'),
  } as never) as Meeting;
  await em.flush();
  return toGlobalId('Meeting', created.id);
}

describe('the citizen reception', () => {
  it('links a petition handed over at a reception the receiver may see, and refuses any other meeting', async () => {
    const w = await makeWorld();
    const reception = await meeting(w.a, MeetingKind.CITIZEN_RECEPTION);
    const input = receiveInput(w, { channel: 'IN_PERSON', receptionMeetingId: reception });
    const received = ok(
      await ts.gql<{ receivePetition: { petition: { id: string } } }>(
        'mutation($i: ReceivePetitionInput!) { receivePetition(input: $i) { petition { id receptionMeeting { id kind } } } }',
        { i: input },
        w.aMember.token,
      ),
    ).receivePetition.petition;
    expect(received).toMatchObject({ receptionMeeting: { id: reception, kind: 'CITIZEN_RECEPTION' } });
    const briefing = await meeting(w.a, MeetingKind.PERIODIC_BRIEFING);
    const hidden = await meeting(w.unrelated, MeetingKind.CITIZEN_RECEPTION);
    const attempt = (meetingId: string) =>
      ts.gql(
        ReceivePetition,
        { input: receiveInput(w, { receptionMeetingId: meetingId }) as never },
        w.aMember.token,
      );
    fails(await attempt(briefing), 'BAD_USER_INPUT', 'receptionMeetingId');
    fails(await attempt(hidden), 'NOT_FOUND');
  });
});

describe('organization mergers', () => {
  it('pass the open petitions of a merged organization to the successor, keeping the chain', async () => {
    const w = await makeWorld();
    const open = await makePetition(w.b, w.commune, {
      status: PetitionStatus.IN_PROGRESS,
      dueOn: '2030-01-01',
    });
    const closed = await makePetition(w.b, w.commune, { status: PetitionStatus.RESOLVED });
    // ADMIN on both (through their parent P) merges B into A.
    const admin = await makeUserWith(ts.orm, w.p.id, Role.ADMIN);
    await grantRole(ts.orm, admin.user.id, w.a.id, Role.ADMIN);
    ok(
      await ts.gql(
        'mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { successor { id } } }',
        { i: { mergedIds: [gid.org(w.b)], successorId: gid.org(w.a), effectiveOn: '2025-07-01' } },
        admin.token,
      ),
    );
    const moved = ok(await read(petitionGid(open), w.aMember.token)).node as Record<string, unknown>;
    expect(moved).toMatchObject({
      status: 'IN_PROGRESS',
      dueOn: '2030-01-01',
      handler: { id: gid.org(w.a) },
      viewerCan: { handle: true, readPetitioner: true },
      handlers: [
        { organization: { id: gid.org(w.b) }, endedOn: '2025-07-01' },
        { organization: { id: gid.org(w.a) }, startedOn: '2025-07-01', endedOn: null },
      ],
    });
    const stayed = ok(await read(petitionGid(closed), w.admin.token)).node as Record<string, unknown>;
    expect(stayed).toMatchObject({ status: 'RESOLVED', handler: { id: gid.org(w.b) } });
  });
});
