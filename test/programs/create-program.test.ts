/**
 * createProgram: a DRAFT program with participants, legal basis and parent; the default LEAD; bad
 * input writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { OrganizationStatus } from '../../server/modules/organizations/organization.entity.js';
import { ProgramParticipant } from '../../server/modules/programs/participant.entity.js';
import { CoordinationProgram } from '../../server/modules/programs/program.entity.js';
import { fails } from '../helpers/results.js';
import {
  CreateProgram,
  MISSING,
  admin,
  createProgram,
  detail,
  documentGid,
  endOrganization,
  makeDocument,
  makeWorld,
  programGid,
  today,
  ts,
  useProgramsServer,
} from '../helpers/programs.js';

useProgramsServer();

describe('createProgram', () => {
  it('creates a DRAFT program with participants, legal basis and a parent', async () => {
    const w = await makeWorld();
    const document = await makeDocument(ts.orm.em.fork(), w.committee);
    const parent = await createProgram(w, { kind: 'ACTION_PROGRAM', title: 'Chương trình hành động' });
    const code = `12-ĐA/TU-${unique()}`;
    const created = await createProgram(w, {
      kind: 'ACTION_PROGRAM',
      code: code.normalize('NFD'),
      title: '  Chương trình   nâng cao chất lượng công tác dân vận  '.normalize('NFD'),
      description: '  Dòng một\nDòng hai  ',
      parentId: parent.id,
      legalBasisIds: [documentGid(document), documentGid(document)],
      participants: [
        { organizationId: gid.org(w.government), role: 'LEAD' },
        { organizationId: gid.org(w.front), role: 'PARTNER' },
      ],
    });
    expect(created).toMatchObject({
      code: code.normalize('NFC'),
      title: 'Chương trình nâng cao chất lượng công tác dân vận',
      description: 'Dòng một\nDòng hai',
      kind: 'ACTION_PROGRAM',
      status: 'DRAFT',
      version: 1,
      owner: { id: gid.org(w.owner) },
      parent: { id: parent.id },
      legalBasis: [{ id: documentGid(document), number: document.number }],
      leadOrganization: { id: gid.org(w.government) },
    });
    // A LEAD was given: the owner is not a participant by itself.
    expect(created.participants.map((p) => [p.organization.id, p.role, p.joinedOn, p.isCurrent])).toEqual([
      [gid.org(w.government), 'LEAD', '2024-01-01', true],
      [gid.org(w.front), 'PARTNER', '2024-01-01', true],
    ]);
    expect((await detail(parent.id)).children.map((c) => c.id)).toEqual([created.id]);
    // Read back through the pivot loader (raw SQL mapped to entities): dates stay plain dates.
    expect((await detail(created.id)).legalBasis).toEqual([
      { id: documentGid(document), number: document.number, issuedOn: '2023-03-15' },
    ]);
  });

  it('makes the owner LEAD when no LEAD is given', async () => {
    const w = await makeWorld();
    const created = await createProgram(w, {
      startsOn: null,
      endsOn: null,
      participants: [{ organizationId: gid.org(w.front), role: 'PARTNER' }],
    });
    expect(created.participants.map((p) => [p.organization.id, p.role, p.joinedOn])).toEqual([
      [gid.org(w.owner), 'LEAD', today],
      [gid.org(w.front), 'PARTNER', today],
    ]);
    const bare = await createProgram(w, { participants: [] });
    expect(bare.participants.map((p) => [p.organization.id, p.role])).toEqual([[gid.org(w.owner), 'LEAD']]);
  });

  it('refuses bad input with a typed error and writes nothing', async () => {
    const w = await makeWorld();
    const merged = await makeOrganization(ts.orm.em.fork(), { area: w.area });
    await endOrganization(merged, OrganizationStatus.MERGED);
    const dissolved = await makeOrganization(ts.orm.em.fork(), { area: w.area });
    await endOrganization(dissolved, OrganizationStatus.DISSOLVED);
    const hidden = await createProgram(
      { ...w, coordinator: w.outsiderCoordinator, owner: w.outsider },
      { participants: [] },
      w.outsiderCoordinator.token,
    );
    const taken = await createProgram(w);
    const marker = unique('BAD-');
    const base = { code: marker };
    const participant = (org: { id: string }, role = 'PARTNER') => ({
      participants: [
        { organizationId: gid.org(w.owner), role: 'LEAD' },
        { organizationId: gid.org(org), role },
      ],
    });
    const cases: [string, Record<string, unknown>, string, string?, string?][] = [
      ['end before start', { startsOn: '2025-01-01', endsOn: '2024-12-31' }, 'BAD_USER_INPUT', 'endsOn'],
      ['empty title', { title: '   ' }, 'BAD_USER_INPUT', 'title'],
      ['long title', { title: 'ư'.repeat(501) }, 'BAD_USER_INPUT', 'title'],
      ['long code', { code: `${marker}${'x'.repeat(64)}` }, 'BAD_USER_INPUT', 'code'],
      ['merged participant', participant(merged), 'CONFLICT', 'participants'],
      ['dissolved participant', participant(dissolved), 'CONFLICT', 'participants'],
      ['unknown participant', participant({ id: MISSING }), 'NOT_FOUND'],
      [
        'area as participant',
        { participants: [{ organizationId: gid.area(w.area), role: 'LEAD' }] },
        'BAD_USER_INPUT',
        'participants',
      ],
      ['twice the same', participant(w.owner), 'BAD_USER_INPUT', 'participants'],
      ['unknown document', { legalBasisIds: [documentGid({ id: MISSING })] }, 'NOT_FOUND'],
      ['organization as document', { legalBasisIds: [gid.org(w.owner)] }, 'BAD_USER_INPUT', 'legalBasisIds'],
      ['unknown parent', { parentId: programGid({ id: MISSING }) }, 'NOT_FOUND'],
      ["someone else's parent", { parentId: hidden.id }, 'NOT_FOUND'],
      ['unknown owner', { ownerOrganizationId: gid.org({ id: MISSING }) }, 'NOT_FOUND'],
      ['merged owner', { ownerOrganizationId: gid.org(merged) }, 'FORBIDDEN'],
      ['taken code', { code: taken.code }, 'CONFLICT', 'code'],
      ['not a coordinator', {}, 'FORBIDDEN', undefined, w.ownerViewer.token],
      ['coordinator elsewhere', {}, 'FORBIDDEN', undefined, w.outsiderCoordinator.token],
    ];
    for (const [label, change, code, field, token] of cases) {
      const result = await ts.gql(
        CreateProgram,
        {
          input: {
            kind: 'PLAN',
            title: 'Kế hoạch',
            ownerOrganizationId: gid.org(w.owner),
            ...base,
            ...change,
          } as never,
        },
        token ?? w.coordinator.token,
      );
      fails(result, code, field, label);
    }
    // A merged owner is refused even to a system administrator, with CONFLICT.
    const mergedOwner = await ts.gql(
      CreateProgram,
      { input: { kind: 'PLAN', title: 'Kế hoạch', code: marker, ownerOrganizationId: gid.org(merged) } },
      admin.token,
    );
    fails(mergedOwner, 'CONFLICT', 'ownerOrganizationId');
    const em = ts.orm.em.fork();
    expect(await em.count(CoordinationProgram, { code: { $like: `${marker}%` } })).toBe(0);
    expect(await em.count(ProgramParticipant, { organization: { $in: [merged.id, dissolved.id] } })).toBe(0);
  });
});
