/**
 * Repeats ("đơn trùng": the same petitioner and subject within 90 days, counted once) and the
 * `Organization.petitions` list: filters (kind, status, received period, search without
 * diacritics) and a fixed number of statements whatever the page size (no N+1).
 */
import { describe, expect, it } from 'vitest';
import { PetitionKind, PetitionStatus } from '../../server/modules/petitions/petition.entity.js';
import { gid } from '../helpers/factories.js';
import { ok } from '../helpers/results.js';
import {
  makePetition,
  makeWorld,
  PETITIONER,
  read,
  receive,
  ts,
  usePetitionsServer,
} from '../helpers/petitions.js';

usePetitionsServer();

/** `n` random digits. */
const digits = (n: number): string =>
  Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

async function repeatOf(id: string, token: string) {
  const node = ok(
    await ts.gql<{ node: { isRepeat: boolean; repeatOf: { id: string } | null } }>(
      'query($id: ID!) { node(id: $id) { ... on Petition { isRepeat repeatOf { id } } } }',
      { id },
      token,
    ),
  ).node;
  return node.isRepeat ? (node.repeatOf?.id ?? 'hidden') : null;
}

describe('repeat detection', () => {
  it('flags the same petitioner on the same subject within 90 days, wherever it was sent', async () => {
    const w = await makeWorld();
    // A petitioner of this test only (repeats are found across every organization).
    const me = { ...PETITIONER, identityNumber: digits(12), phone: `09${digits(8)}` };
    const receiveFrom = (overrides: Record<string, unknown>, token?: string) =>
      receive(w, { petitioner: me, ...overrides }, token);
    const original = await receiveFrom({ receivedOn: '2025-01-10' });
    expect(original.isRepeat).toBe(false);
    // Same identity number, subject written otherwise (case, spaces, no diacritics), 60 days later.
    const byIdentity = await receiveFrom({
      receivedOn: '2025-03-11',
      subject: 'KHIEU NAI ve viec  boi thuong dat nong nghiep',
    });
    // No identity number: same name and phone (formatted otherwise).
    const byNamePhone = await receiveFrom({
      receivedOn: '2025-02-01',
      petitioner: { fullName: 'nguyễn văn bình', phone: `${me.phone.slice(0, 4)}.${me.phone.slice(4)}` },
    });
    // Sent to another commune: still a repeat; B may not see the original.
    const elsewhere = await receiveFrom(
      { organizationId: gid.org(w.b), receivedOn: '2025-02-02' },
      w.bCoordinator.token,
    );
    // Not repeats: another subject, another person, more than 90 days later.
    const otherSubject = await receiveFrom({ receivedOn: '2025-02-01', subject: 'Phản ánh về đèn đường' });
    const otherPerson = await receiveFrom({
      receivedOn: '2025-02-01',
      petitioner: { ...me, identityNumber: digits(12), phone: `09${digits(8)}` },
    });
    const late = await receiveFrom({ receivedOn: '2025-04-11' });
    const admin = w.admin.token;
    expect({
      byIdentity: await repeatOf(byIdentity.id, admin),
      byNamePhone: await repeatOf(byNamePhone.id, admin),
      elsewhere: await repeatOf(elsewhere.id, admin),
      elsewhereForB: await repeatOf(elsewhere.id, w.bCoordinator.token),
      otherSubject: await repeatOf(otherSubject.id, admin),
      otherPerson: await repeatOf(otherPerson.id, admin),
      late: await repeatOf(late.id, admin),
    }).toEqual({
      byIdentity: original.id,
      byNamePhone: original.id,
      elsewhere: original.id,
      elsewhereForB: 'hidden',
      otherSubject: null,
      otherPerson: null,
      late: null,
    });
    // Counted once: A's list without repeats holds the original and the three that are not repeats.
    const count = async (excludeRepeats: boolean) =>
      ok(
        await ts.gql<{ organization: { petitions: { totalCount: number } } }>(
          'query($id: ID!, $x: Boolean) { organization(id: $id) { petitions(filter: { excludeRepeats: $x }) { totalCount } } }',
          { id: gid.org(w.a), x: excludeRepeats },
          w.aViewer.token,
        ),
      ).organization.petitions.totalCount;
    expect(await count(false)).toBe(6);
    expect(await count(true)).toBe(4);
  });
});

const LIST = `query($id: ID!, $f: PetitionFilter, $first: Int) {
  organization(id: $id) {
    petitions(filter: $f, first: $first) {
      totalCount
      edges { node {
        id kind status subject isRepeat overdue dueOn
        receivedBy { id name } handler { id name } area { id name } repeatOf { id }
        handlers { startedOn organization { id name } }
        petitioner { fullName phone }
        viewerCan { handle transfer readPetitioner }
      } }
    }
  }
}`;

type ListAnswer = {
  organization: {
    petitions: { totalCount: number; edges: { node: { subject: string; petitioner: unknown } }[] };
  };
};

describe('Organization.petitions', () => {
  it('filters by kind, status, received period and subject without diacritics', async () => {
    const w = await makeWorld();
    await makePetition(w.a, w.commune, {
      kind: PetitionKind.COMPLAINT,
      subject: 'Khiếu nại thu hồi đất',
      receivedOn: '2025-01-05',
    });
    await makePetition(w.a, w.commune, {
      kind: PetitionKind.FEEDBACK,
      subject: 'Phản ánh ô nhiễm suối',
      receivedOn: '2025-02-05',
      status: PetitionStatus.IN_PROGRESS,
    });
    await makePetition(w.a, w.commune, {
      kind: PetitionKind.RECOMMENDATION,
      subject: 'Kiến nghị làm đường',
      receivedOn: '2025-03-05',
    });
    await makePetition(w.b, w.commune, { kind: PetitionKind.COMPLAINT, subject: 'Khiếu nại ở xã khác' });
    const subjects = async (f: Record<string, unknown>, token = w.aViewer.token) =>
      ok(await ts.gql<ListAnswer>(LIST, { id: gid.org(w.a), f }, token)).organization.petitions.edges.map(
        (e) => e.node.subject,
      );
    expect(await subjects({})).toEqual([
      'Kiến nghị làm đường',
      'Phản ánh ô nhiễm suối',
      'Khiếu nại thu hồi đất',
    ]);
    expect(await subjects({ kind: ['COMPLAINT'] })).toEqual(['Khiếu nại thu hồi đất']);
    expect(await subjects({ status: ['IN_PROGRESS'] })).toEqual(['Phản ánh ô nhiễm suối']);
    expect(await subjects({ receivedFrom: '2025-02-01', receivedTo: '2025-02-28' })).toEqual([
      'Phản ánh ô nhiễm suối',
    ]);
    expect(await subjects({ search: 'O NHIEM' })).toEqual(['Phản ánh ô nhiễm suối']);
    // An unrelated viewer sees none; one above sees them without petitioners.
    expect(await subjects({}, w.outsider.token)).toEqual([]);
    const above = ok(await ts.gql<ListAnswer>(LIST, { id: gid.org(w.a) }, w.pCoordinator.token));
    expect(above.organization.petitions.edges.map((e) => e.node.petitioner)).toEqual([null, null, null]);
  });

  it('reads a page in a fixed number of statements, whatever its size (no N+1)', async () => {
    const w = await makeWorld();
    // Every petition after the first repeats it, so each node also shows `repeatOf`.
    const me = { ...PETITIONER, identityNumber: digits(12) };
    const first = await receive(w, { petitioner: me });
    await read(first.id, w.aViewer.token);
    const countFor = async (size: number) => {
      ts.sql.reset();
      const answer = ok(await ts.gql<ListAnswer>(LIST, { id: gid.org(w.a), first: size }, w.aViewer.token));
      expect(answer.organization.petitions.edges).toHaveLength(size);
      expect(answer.organization.petitions.edges.every((e) => e.node.petitioner !== null)).toBe(true);
      return ts.sql.statements.map((s) => s.slice(0, 90));
    };
    for (let i = 0; i < 14; i++) await receive(w, { petitioner: me, receivedOn: '2025-03-04' });
    const small = await countFor(2);
    const large = await countFor(15);
    expect(large.length, large.join('\n')).toBe(small.length);
    expect(large.length).toBeLessThanOrEqual(8);
  });
});
