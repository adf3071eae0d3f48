/**
 * Overdue petition reminders (`petition.reminders.ts`): the role holders of the organization
 * handling an open petition are reminded once, from the start of the day after its due date
 * (Vietnam days), and no one else; a resolved petition is not reminded; the notification names
 * the subject, never the petitioner. The scheduler's watermark belongs to this file's database:
 * the tests tick at moments that only move forward, in order.
 */
import { describe, expect, it } from 'vitest';
import { runReminders } from '../../server/app/reminders.js';
import { createEventBus } from '../../server/core/pubsub.js';
import { todayInVietnam } from '../../server/core/scalars.js';
import { PetitionStatus } from '../../server/modules/petitions/petition.entity.js';
import { addDays } from '../../server/modules/petitions/petition.deadlines.js';
import { gid, type TestUser } from '../helpers/factories.js';
import { ok } from '../helpers/results.js';
import {
  change,
  makePetition,
  makeWorld,
  petitionGid,
  ts,
  usePetitionsServer,
} from '../helpers/petitions.js';

usePetitionsServer();

const pubsub = createEventBus();
const today = todayInVietnam();

/** Runs a reminder tick at `time` (Vietnam) on `day`. */
const tickAt = (day: string, time: string) =>
  runReminders(ts.orm.em, pubsub, new Date(`${day}T${time}:00+07:00`));

/** The PETITION_OVERDUE notifications about `petition`. */
async function overdueNotices(petition: { id: string }) {
  return ts.orm.em
    .fork()
    .getConnection()
    .execute<{ recipient_id: string; title: string; body: string | null; organization_id: string }[]>(
      `select recipient_id, title, body, organization_id from notification
        where subject_type = 'Petition' and subject_id = ? and kind = 'PETITION_OVERDUE'`,
      [petition.id],
    );
}

/** How many PETITION_OVERDUE notifications about `petition` each of `people` has. */
async function counts(petition: { id: string }, people: TestUser[]): Promise<number[]> {
  const notices = await overdueNotices(petition);
  return people.map((p) => notices.filter((n) => n.recipient_id === p.person.id).length);
}

describe('overdue petition reminders', () => {
  it("remind the handler's people once, from the day after the due date, and no one else", async () => {
    const w = await makeWorld();
    const dueOn = addDays(today, 10);
    const overdue = await makePetition(w.a, w.commune, { status: PetitionStatus.IN_PROGRESS, dueOn });
    const received = await makePetition(w.a, w.commune, { dueOn: null });
    const resolved = await makePetition(w.a, w.commune, { status: PetitionStatus.RESOLVED, dueOn });
    const atB = await makePetition(w.b, w.commune, { status: PetitionStatus.CLASSIFIED, dueOn });
    const aPeople = [w.aMember, w.aCoordinator, w.aViewer];
    const others = [w.pCoordinator, w.bCoordinator, w.outsider, w.admin];

    await tickAt(dueOn, '23:30');
    expect(await counts(overdue, [...aPeople, ...others])).toEqual([0, 0, 0, 0, 0, 0, 0]);

    await tickAt(addDays(dueOn, 1), '00:30');
    await tickAt(addDays(dueOn, 1), '09:00');
    await tickAt(addDays(dueOn, 2), '09:00');
    expect(await counts(overdue, aPeople)).toEqual([1, 1, 1]);
    expect(await counts(overdue, others)).toEqual([0, 0, 0, 0]);
    expect(await counts(atB, [...aPeople, ...others])).toEqual([0, 0, 0, 0, 1, 0, 0]);
    expect(await overdueNotices(received)).toEqual([]);
    expect(await overdueNotices(resolved)).toEqual([]);

    // The subject only: the petitioner (Hoàng Thị Mai) is never in the notification.
    const notices = await overdueNotices(overdue);
    const { subject } = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ subject: string }[]>('select subject from petition where id = ?', [overdue.id])
      .then((rows) => rows[0]);
    for (const notice of notices) {
      expect(notice).toMatchObject({
        title: `Đơn thư quá hạn giải quyết: ${subject}`,
        body: null,
        organization_id: w.a.id,
      });
      expect(JSON.stringify(notice)).not.toMatch(/mai/i);
    }
  });

  it('stop at resolution, and follow a transfer to the new handler', async () => {
    const w = await makeWorld();
    const dueOn = addDays(today, 20);
    const settled = await makePetition(w.a, w.commune, { status: PetitionStatus.IN_PROGRESS, dueOn });
    ok(
      await change(
        'resolvePetition',
        'ResolvePetitionInput',
        { petitionId: petitionGid(settled), expectedVersion: 1, outcome: 'Đã giải quyết', resolvedOn: today },
        w.aMember.token,
      ),
    );
    const moved = await makePetition(w.a, w.commune, { status: PetitionStatus.CLASSIFIED, dueOn });
    ok(
      await change(
        'transferPetition',
        'TransferPetitionInput',
        { petitionId: petitionGid(moved), expectedVersion: 1, toOrganizationId: gid.org(w.b) },
        w.aCoordinator.token,
      ),
    );
    // B accepts it on a day long past: already overdue, reminded on the next tick (a changed petition).
    ok(
      await change(
        'classifyPetition',
        'ClassifyPetitionInput',
        {
          petitionId: petitionGid(moved),
          expectedVersion: 2,
          withinJurisdiction: true,
          acceptedOn: '2025-03-01',
        },
        w.bCoordinator.token,
      ),
    );

    await tickAt(addDays(dueOn, 1), '08:00');
    await tickAt(addDays(dueOn, 1), '09:00');
    const everyone = [w.aMember, w.aCoordinator, w.aViewer, w.pCoordinator, w.bCoordinator, w.outsider];
    expect(await counts(settled, everyone)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await counts(moved, everyone)).toEqual([0, 0, 0, 0, 1, 0]);
    expect((await overdueNotices(moved))[0]?.organization_id).toBe(w.b.id);
  });
});
