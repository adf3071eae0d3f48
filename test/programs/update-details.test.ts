/**
 * updateProgramDetails: new versions, stale versions refused, and parallel clients (optimistic
 * locking).
 */
import { describe, expect, it } from 'vitest';
import { gid } from '../helpers/factories.js';
import { Role } from '../../server/core/access.js';
import { codeOf, fails, ok } from '../helpers/results.js';
import {
  MISSING,
  Programs,
  UpdateDetails,
  createProgram,
  detail,
  documentGid,
  makeDocument,
  makeWorld,
  programGid,
  ts,
  useProgramsServer,
  userWith,
} from '../helpers/programs.js';

useProgramsServer();

describe('updateProgramDetails', () => {
  it('changes details, replaces the legal basis, clears with null, and makes a new version each time', async () => {
    const w = await makeWorld();
    const em = ts.orm.em.fork();
    const [d1, d2] = [await makeDocument(em, w.committee), await makeDocument(em, w.committee)];
    const program = await createProgram(w, { description: 'Mô tả', legalBasisIds: [documentGid(d1)] });
    const updated = ok(
      await ts.gql(
        UpdateDetails,
        {
          input: {
            programId: program.id,
            expectedVersion: 1,
            title: 'Quy chế phối hợp (sửa đổi)',
            description: null,
            endsOn: '2030-12-31',
            legalBasisIds: [documentGid(d2)],
          },
        },
        w.coordinator.token,
      ),
    ).updateProgramDetails.program;
    expect(updated).toMatchObject({
      title: 'Quy chế phối hợp (sửa đổi)',
      description: null,
      startsOn: '2024-01-01',
      endsOn: '2030-12-31',
      version: 2,
      legalBasis: [{ id: documentGid(d2) }],
    });
    // Only the legal basis changes: still a new version.
    const basisOnly = ok(
      await ts.gql(
        UpdateDetails,
        { input: { programId: program.id, expectedVersion: 2, legalBasisIds: [] } },
        w.coordinator.token,
      ),
    ).updateProgramDetails.program;
    expect(basisOnly).toMatchObject({ version: 3, legalBasis: [], title: 'Quy chế phối hợp (sửa đổi)' });
    // The new title is searchable.
    const found = ok(
      await ts.gql(Programs, { filter: { search: 'quy che phoi hop (sua doi)' } }, w.coordinator.token),
    ).programs;
    expect(found.edges.map((e) => e.node.id)).toContain(program.id);
  });

  it('refuses a stale version, a start after the end, unknown documents, and changes nothing', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const cases: [Record<string, unknown>, string, string?, string?][] = [
      [{ expectedVersion: 0, title: 'X' }, 'CONFLICT', 'expectedVersion'],
      [{ startsOn: '2027-01-01' }, 'BAD_USER_INPUT', 'startsOn'],
      [{ endsOn: '2023-12-31' }, 'BAD_USER_INPUT', 'endsOn'],
      [{ title: '' }, 'BAD_USER_INPUT', 'title'],
      [{ title: 'X', legalBasisIds: [documentGid({ id: MISSING })] }, 'NOT_FOUND'],
      [{ title: 'X', legalBasisIds: [program.id] }, 'BAD_USER_INPUT', 'legalBasisIds'],
      [{ programId: programGid({ id: MISSING }) }, 'NOT_FOUND'],
      [{ programId: gid.org(w.owner) }, 'BAD_USER_INPUT', 'programId'],
      [{ title: 'X' }, 'FORBIDDEN', undefined, w.frontViewer.token],
      [{ title: 'X' }, 'FORBIDDEN', undefined, w.frontCoordinator.token],
      [{ title: 'X' }, 'NOT_FOUND', undefined, w.outsiderCoordinator.token],
    ];
    for (const [change, code, field, token] of cases) {
      const result = await ts.gql(
        UpdateDetails,
        { input: { programId: program.id, expectedVersion: 1, ...change } as never },
        token ?? w.coordinator.token,
      );
      fails(result, code, field, JSON.stringify(change).slice(0, 80));
    }
    const stored = await detail(program.id);
    expect(stored).toMatchObject({
      title: program.title,
      version: 1,
      startsOn: '2024-01-01',
      endsOn: '2026-12-31',
    });
  });

  it('lets exactly one of two parallel updates from one version win, and loses neither silently', async () => {
    const w = await makeWorld();
    const second = await userWith(Role.COORDINATOR, w.committee);
    for (let round = 0; round < 5; round++) {
      const program = await createProgram(w);
      const results = await Promise.all([
        ts.gql(
          UpdateDetails,
          { input: { programId: program.id, expectedVersion: 1, title: 'Bản của Ban Dân vận' } },
          w.coordinator.token,
        ),
        ts.gql(
          UpdateDetails,
          { input: { programId: program.id, expectedVersion: 1, title: 'Bản của Tỉnh ủy' } },
          second.token,
        ),
      ]);
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map(codeOf)).toEqual(['CONFLICT']);
      const winner = winners[0].data!.updateProgramDetails.program;
      expect(winner.version).toBe(2);
      const reread = await detail(program.id);
      expect(reread).toMatchObject({ title: winner.title, version: 2 });
      // The loser retries from what it reads now, and its change lands on top.
      const retry = ok(
        await ts.gql(
          UpdateDetails,
          { input: { programId: program.id, expectedVersion: reread.version, description: 'Bổ sung' } },
          second.token,
        ),
      ).updateProgramDetails.program;
      expect(retry).toMatchObject({ title: winner.title, description: 'Bổ sung', version: 3 });
    }
  });
});
