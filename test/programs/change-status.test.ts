/**
 * changeProgramStatus: the life-cycle's transitions, reasons, and the current-LEAD rule.
 */
import { describe, expect, it } from 'vitest';
import { gid } from '../helpers/factories.js';
import { PROGRAM_TRANSITIONS, ProgramStatus } from '../../server/modules/programs/program.entity.js';
import { codeOf, fails, ok } from '../helpers/results.js';
import {
  ChangeStatus,
  RemoveParticipant,
  createProgram,
  detail,
  forceStatus,
  makeWorld,
  ts,
  useProgramsServer,
  yesterday,
} from '../helpers/programs.js';

useProgramsServer();

/** Statuses that need a reason. */
const needsReason = (s: ProgramStatus) => s === ProgramStatus.SUSPENDED || s === ProgramStatus.CANCELLED;

describe('changeProgramStatus', () => {
  const statuses = Object.values(ProgramStatus);

  it('allows exactly the transitions of the life-cycle', async () => {
    const w = await makeWorld();
    const failures: string[] = [];
    for (const from of statuses) {
      for (const to of statuses) {
        const program = await createProgram(w);
        if (from !== ProgramStatus.DRAFT) await forceStatus(program.id, from);
        const result = await ts.gql(
          ChangeStatus,
          {
            input: {
              programId: program.id,
              expectedVersion: from === ProgramStatus.DRAFT ? 1 : 2,
              status: to,
              reason: needsReason(to) ? 'Rà soát, đánh giá lại đề án' : null,
            },
          },
          w.coordinator.token,
        );
        const legal = PROGRAM_TRANSITIONS[from].includes(to);
        const code = codeOf(result);
        if (legal && (code || result.data?.changeProgramStatus.program.status !== to)) {
          failures.push(`${from} → ${to}: expected allowed, got ${code}`);
        }
        if (!legal && code !== 'CONFLICT')
          failures.push(`${from} → ${to}: expected CONFLICT, got ${code ?? 'success'}`);
        if (!legal) expect((await detail(program.id)).status).toBe(from);
      }
    }
    expect(failures).toEqual([]);
  });

  it('walks a scheme through its life: activated, suspended after review with a reason, resumed, completed', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const step = async (status: string, version: number, reason?: string) =>
      ok(
        await ts.gql(
          ChangeStatus,
          { input: { programId: program.id, expectedVersion: version, status: status as never, reason } },
          w.coordinator.token,
        ),
      ).changeProgramStatus.program;
    expect(await step('ACTIVE', 1)).toMatchObject({ status: 'ACTIVE', version: 2, statusReason: null });
    // Suspending needs a reason.
    const noReason = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 2, status: 'SUSPENDED', reason: '  ' } },
      w.coordinator.token,
    );
    fails(noReason, 'BAD_USER_INPUT', 'reason');
    expect(await step('SUSPENDED', 2, 'Tạm dừng sau rà soát')).toMatchObject({
      status: 'SUSPENDED',
      statusReason: 'Tạm dừng sau rà soát',
      version: 3,
    });
    // A stale version is a CONFLICT, even for a legal transition.
    const stale = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 2, status: 'ACTIVE' } },
      w.coordinator.token,
    );
    fails(stale, 'CONFLICT', 'expectedVersion');
    expect(await step('ACTIVE', 3)).toMatchObject({ status: 'ACTIVE', statusReason: null, version: 4 });
    expect(await step('COMPLETED', 4)).toMatchObject({ status: 'COMPLETED', version: 5 });
    const cancelled = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 5, status: 'CANCELLED', reason: 'Hủy' } },
      w.coordinator.token,
    );
    fails(cancelled, 'CONFLICT', 'status');
  });

  it('refuses to activate a program without a current LEAD, and cancelling without a reason', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    ok(
      await ts.gql(
        RemoveParticipant,
        { input: { programId: program.id, organizationId: gid.org(w.owner), leftOn: yesterday } },
        w.coordinator.token,
      ),
    );
    const activate = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 1, status: 'ACTIVE' } },
      w.coordinator.token,
    );
    fails(activate, 'CONFLICT', 'status');
    const cancel = await ts.gql(
      ChangeStatus,
      { input: { programId: program.id, expectedVersion: 1, status: 'CANCELLED' } },
      w.coordinator.token,
    );
    fails(cancel, 'BAD_USER_INPUT', 'reason');
    expect(await detail(program.id)).toMatchObject({ status: 'DRAFT', version: 1 });
  });
});
