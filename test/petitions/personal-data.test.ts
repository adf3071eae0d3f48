/**
 * The petitioner's personal data (issue 15): only users of the organization handling the petition
 * now (and system administrators) read it; those above see the petition without it; a transfer
 * hands it to the new handler; a denunciation's petitioner stays hidden from the organization it is
 * about; and it never reaches a notification, the audit log, a search or the logs.
 */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/core/logger.js';
import { Notification } from '../../server/modules/notifications/notification.entity.js';
import { captureLines } from '../helpers/log-capture.js';
import { gid } from '../helpers/factories.js';
import { codeOf, dbId, fails, ok } from '../helpers/results.js';
import {
  change,
  makeWorld,
  PETITIONER,
  type PetitionWorld,
  read,
  receive,
  ts,
  usePetitionsServer,
} from '../helpers/petitions.js';

const log = captureLines();
// Every statement counts as slow, so the SQL of every write and read reaches the log.
usePetitionsServer({
  env: { SLOW_QUERY_MS: '0' },
  logger: createLogger({ level: 'info', destination: log.destination }),
});

/** Every piece of the petitioner a leak would show. */
const SECRETS = [
  PETITIONER.fullName,
  PETITIONER.phone,
  PETITIONER.identityNumber,
  PETITIONER.address,
  '0912345678',
];
const leaks = (text: string) => SECRETS.filter((secret) => text.includes(secret));

/** What `token` reads of the petition: NOT_FOUND, or whether the petitioner and the petition show. */
async function seen(id: string, token: string) {
  const result = await read(id, token);
  if (codeOf(result)) return codeOf(result);
  const node = ok(result).node as { petitioner: unknown; viewerCan: { readPetitioner: boolean } };
  expect(node.viewerCan.readPetitioner).toBe(node.petitioner !== null);
  return node.petitioner === null ? 'petition only' : 'with petitioner';
}

function sightings(w: PetitionWorld, id: string) {
  return Promise.all(
    (['aMember', 'aViewer', 'pCoordinator', 'bCoordinator', 'outsider', 'admin'] as const).map(
      async (who) => [who, await seen(id, w[who].token)] as const,
    ),
  );
}

describe('the petitioner', () => {
  it('shows only to users of the handling organization and to system administrators', async () => {
    const w = await makeWorld();
    const p = await receive(w);
    expect(p.petitioner).toEqual({ ...PETITIONER });
    expect(Object.fromEntries(await sightings(w, p.id))).toEqual({
      aMember: 'with petitioner',
      aViewer: 'with petitioner',
      pCoordinator: 'petition only',
      bCoordinator: 'NOT_FOUND',
      outsider: 'NOT_FOUND',
      admin: 'with petitioner',
    });
  });

  it('passes to the new handler on a transfer; the former handler keeps the petition, not the petitioner', async () => {
    const w = await makeWorld();
    const p = await receive(w);
    fails(
      await change(
        'transferPetition',
        'TransferPetitionInput',
        { petitionId: p.id, expectedVersion: 1, toOrganizationId: gid.org(w.b) },
        w.aMember.token,
      ),
      'FORBIDDEN',
    );
    const input = {
      petitionId: p.id,
      expectedVersion: 1,
      toOrganizationId: gid.org(w.b),
      note: 'Thuộc thẩm quyền xã Tân Thành',
    };
    expect(
      ok(await change('transferPetition', 'TransferPetitionInput', input, w.aCoordinator.token))
        .transferPetition.petition,
    ).toMatchObject({ status: 'TRANSFERRED', dueOn: null, withinJurisdiction: null });
    expect(Object.fromEntries(await sightings(w, p.id))).toEqual({
      aMember: 'petition only',
      aViewer: 'petition only',
      pCoordinator: 'petition only',
      bCoordinator: 'with petitioner',
      outsider: 'NOT_FOUND',
      admin: 'with petitioner',
    });
    const node = ok(await read(p.id, w.bCoordinator.token)).node as Record<string, unknown>;
    expect(node).toMatchObject({
      handler: { id: gid.org(w.b) },
      viewerCan: { handle: true, transfer: true, readPetitioner: true },
      handlers: [
        { organization: { id: gid.org(w.a) }, startedOn: '2025-03-03', note: null },
        { organization: { id: gid.org(w.b) }, endedOn: null, note: 'Thuộc thẩm quyền xã Tân Thành' },
      ],
    });
    expect((node.handlers as { endedOn: string | null }[])[0].endedOn).not.toBeNull();
    // The former handler may no longer act on it; the new one classifies it again.
    fails(
      await change(
        'classifyPetition',
        'ClassifyPetitionInput',
        { petitionId: p.id, expectedVersion: 2, withinJurisdiction: true },
        w.aMember.token,
      ),
      'FORBIDDEN',
    );
    ok(
      await change(
        'classifyPetition',
        'ClassifyPetitionInput',
        { petitionId: p.id, expectedVersion: 2, withinJurisdiction: true },
        w.bCoordinator.token,
      ),
    );

    // B's users are told, by subject only.
    const told = await ts.orm.em.fork().find(Notification, { recipient: w.bCoordinator.person.id });
    expect(told.map((n) => [n.kind, n.title, n.body, n.subjectType])).toEqual([
      ['PETITION_TRANSFERRED', 'Đơn thư được chuyển đến để giải quyết', p.subject, 'Petition'],
    ]);
  });

  it('of a denunciation is hidden from the organization it is about, even while it handles it', async () => {
    const w = await makeWorld();
    const p = await receive(w, {
      kind: 'DENUNCIATION',
      concernsOrganizationId: gid.org(w.a),
      subject: 'Tố cáo cán bộ xã nhận tiền',
    });
    expect(p).toMatchObject({
      petitioner: null,
      concernsOrganization: { id: gid.org(w.a) },
      viewerCan: { handle: true, readPetitioner: false },
    });
    const input = { petitionId: p.id, expectedVersion: 1, toOrganizationId: gid.org(w.p) };
    ok(await change('transferPetition', 'TransferPetitionInput', input, w.aCoordinator.token));
    expect(Object.fromEntries(await sightings(w, p.id))).toMatchObject({
      aMember: 'petition only',
      pCoordinator: 'with petitioner',
      admin: 'with petitioner',
    });
  });

  it('never reaches the audit log, a notification, a search or the logs', async () => {
    const w = await makeWorld();
    const p = await receive(w);
    const input = { petitionId: p.id, expectedVersion: 1, toOrganizationId: gid.org(w.b) };
    ok(await change('transferPetition', 'TransferPetitionInput', input, w.aCoordinator.token));
    const db = ts.orm.em.fork().getConnection();
    const audits = await db.execute<{ changes: unknown }[]>(
      'select changes from audit_record where actor_user_id = any(?::uuid[])',
      [`{${w.aMember.user.id},${w.aCoordinator.user.id}}`],
    );
    const auditText = JSON.stringify(audits);
    expect(auditText).toContain('PetitionPetitioner');
    expect(auditText).toContain('[redacted]');
    expect(leaks(auditText)).toEqual([]);
    const notifications = await db.execute('select title, body from notification where subject_id = ?', [
      dbId(p.id),
    ]);
    expect(notifications.length).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(notifications))).toEqual([]);
    const search = async (text: string) =>
      ok(
        await ts.gql<{ organization: { petitions: { totalCount: number } } }>(
          'query($id: ID!, $s: String) { organization(id: $id) { petitions(filter: { search: $s }) { totalCount } } }',
          { id: gid.org(w.b), s: text },
          w.bCoordinator.token,
        ),
      ).organization.petitions.totalCount;
    expect(await search('boi thuong dat')).toBe(1);
    expect(await search('Nguyễn Văn Bình')).toBe(0);
    expect(await search('020085001234')).toBe(0);
    // The statements that wrote and read the petitioner were logged, without their parameters.
    expect(log.raw.some((line) => line.includes('insert into \\"petition_petitioner\\"'))).toBe(true);
    expect(leaks(log.raw.join('\n'))).toEqual([]);
  });
});
