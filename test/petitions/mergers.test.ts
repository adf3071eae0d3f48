/**
 * Organization mergers: the open petitions of a merged organization pass to its successor, which
 * then handles them (and reads their petitioners); closed ones stay where they were.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/core/access.js';
import { PetitionStatus } from '../../server/modules/petitions/petition.entity.js';
import { gid, grantRole, makeUserWith } from '../helpers/factories.js';
import { ok } from '../helpers/results.js';
import { makePetition, makeWorld, petitionGid, read, ts, usePetitionsServer } from '../helpers/petitions.js';

usePetitionsServer();

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
