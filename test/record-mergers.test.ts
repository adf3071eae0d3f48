/**
 * Organization mergers and the records of issue 15 (models, critiques and supervisions, complex
 * situations): what a merged organization owns, handles or must answer passes to the successor, in
 * the merger's transaction; history stays (adoptions of the merged communes, resolved situations,
 * answered critiques). A dissolution passes the same open records to the organization above.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { gid, makeOrganization, unique } from './helpers/factories.js';
import { dbId, ok } from './helpers/results.js';
import { admin, ts, useModuleServer } from './helpers/module-server.js';
import { AdoptModel, makeWorld as makeModelWorld, registerModel } from './helpers/models.js';
import { makeWorld as makeOversightWorld, recordCritique, recordSupervision } from './helpers/oversight.js';
import { insertPetition } from './helpers/petitions.js';
import { makeWorld as makeSituationWorld, openSituation } from './helpers/situations.js';
import { Petition, PetitionHandler } from '../server/modules/petitions/petition.entity.js';
import { MassMobilizationModel, ModelAdoption } from '../server/modules/models/model.entity.js';
import { SocialCritique } from '../server/modules/oversight/critique.entity.js';
import { Supervision } from '../server/modules/oversight/supervision.entity.js';
import { ComplexSituation, SituationHandler } from '../server/modules/situations/situation.entity.js';

useModuleServer();

const Merge = graphql(`
  mutation RecordsMerge($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) { successor { id } }
  }
`);

const Dissolve = graphql(`
  mutation RecordsDissolve($input: DissolveOrganizationInput!) {
    dissolveOrganization(input: $input) { organization { id status } }
  }
`);

const merge = async (merged: { id: string }[], successor: { id: string }, effectiveOn = '2025-07-01') =>
  ok(
    await ts.gql(
      Merge,
      { input: { mergedIds: merged.map(gid.org), successorId: gid.org(successor), effectiveOn } },
      admin.token,
    ),
  );

describe('organization mergers pass the records on', () => {
  it('models: ownership, and adoptions from the merger date (the merged communes keep theirs)', async () => {
    const w = await makeModelWorld(3);
    const model = await registerModel(w, { yearRegistered: 2021 });
    for (const [i, adoptedOn] of ['2021-05-01', '2022-05-01'].entries()) {
      ok(
        await ts.gql(
          AdoptModel,
          { input: { modelId: model.id, organizationId: gid.org(w.communeOrgs[i]), adoptedOn } },
          w.coordinator.token,
        ),
      );
    }
    const em = ts.orm.em.fork();
    const newOwner = await makeOrganization(em, { area: w.province, name: `Ban Dân vận mới ${unique()}` });
    await merge([w.owner], newOwner);
    await merge([w.communeOrgs[0], w.communeOrgs[1]], w.communeOrgs[2]);
    const after = await em.findOneOrFail(MassMobilizationModel, dbId(model.id));
    expect(after.owner.id).toBe(newOwner.id);
    expect(after.version).toBeGreaterThan(model.version);
    const adoptions = await em.find(ModelAdoption, { model: after.id }, { orderBy: { adoptedOn: 'asc' } });
    expect(adoptions.map((a) => [a.organization.id, a.adoptedOn])).toEqual([
      [w.communeOrgs[0].id, '2021-05-01'],
      [w.communeOrgs[1].id, '2022-05-01'],
      [w.communeOrgs[2].id, '2025-07-01'],
    ]);
  });

  it('critiques and supervisions: the giver, and the answering organization while answers are due', async () => {
    const w = await makeOversightWorld();
    const open = await recordCritique(w);
    const answered = await recordCritique(w);
    await ts.orm.em
      .fork()
      .nativeUpdate(SocialCritique, { id: dbId(answered.id) }, { takenIn: true, answeredOn: '2024-06-01' });
    const supervision = await recordSupervision(w);
    const em = ts.orm.em.fork();
    const front = await makeOrganization(em, { area: w.province, name: `MTTQ mới ${unique()}` });
    const government = await makeOrganization(em, { area: w.province, name: `UBND mới ${unique()}` });
    const department = await makeOrganization(em, { area: w.province, name: `Sở mới ${unique()}` });
    await merge([w.front], front);
    await merge([w.government], government);
    await merge([w.department], department);
    const critiques = await em.find(SocialCritique, { id: [dbId(open.id), dbId(answered.id)] });
    const byId = new Map(critiques.map((c) => [c.id, c]));
    expect(byId.get(dbId(open.id))).toMatchObject({
      organization: { id: front.id },
      draftingOrganization: { id: government.id },
    });
    expect(byId.get(dbId(answered.id))).toMatchObject({
      organization: { id: front.id },
      draftingOrganization: { id: w.government.id },
    });
    expect(await em.findOneOrFail(Supervision, dbId(supervision.id))).toMatchObject({
      organization: { id: front.id },
      subjectOrganization: { id: department.id },
    });
  });

  it('complex situations still open: the opener and the handlers (once each); resolved ones stay', async () => {
    const w = await makeSituationWorld();
    const open = await openSituation(w, {
      handlingOrganizationIds: [gid.org(w.police), gid.org(w.communeGov)],
    });
    const resolved = await openSituation(w);
    const em = ts.orm.em.fork();
    await em.nativeUpdate(ComplexSituation, { id: dbId(resolved.id) }, { status: 'RESOLVED' as never });
    const police = await makeOrganization(em, { area: w.province, name: `Công an mới ${unique()}` });
    // The police and the commune merge into the new police: it handles the open situation once.
    await merge([w.police, w.communeGov], police);
    const handlers = async (id: string) =>
      (await em.fork().find(SituationHandler, { situation: dbId(id) })).map((h) => h.organization.id);
    expect(await handlers(open.id)).toEqual([police.id]);
    expect(await handlers(resolved.id)).toEqual([w.police.id]);
    const owner = await makeOrganization(em, { area: w.province, name: `Ban Dân vận mới ${unique()}` });
    await merge([w.owner], owner);
    const situations = await em.fork().find(ComplexSituation, { id: [dbId(open.id), dbId(resolved.id)] });
    expect(Object.fromEntries(situations.map((s) => [s.id, s.organization.id]))).toEqual({
      [dbId(open.id)]: owner.id,
      [dbId(resolved.id)]: w.owner.id,
    });
  });

  it('a dissolution passes open petitions, open situations and owned models to the organization above', async () => {
    const w = await makeSituationWorld();
    const situation = await openSituation(w);
    const em = ts.orm.em.fork();
    const petition = await insertPetition(em, w.owner.id, w.commune.id);
    const model = await registerModel(w as never);
    ok(
      await ts.gql(
        Dissolve,
        { input: { organizationId: gid.org(w.owner), effectiveOn: '2025-07-01' } },
        admin.token,
      ),
    );
    const fresh = ts.orm.em.fork();
    expect((await fresh.findOneOrFail(ComplexSituation, dbId(situation.id))).organization.id).toBe(
      w.committee.id,
    );
    expect((await fresh.findOneOrFail(MassMobilizationModel, dbId(model.id))).owner.id).toBe(w.committee.id);
    expect((await fresh.findOneOrFail(Petition, petition.id)).handler.id).toBe(w.committee.id);
    const chain = await fresh.find(
      PetitionHandler,
      { petition: petition.id },
      { orderBy: { startedOn: 'asc' } },
    );
    expect(chain.map((h) => [h.organization.id, h.note])).toEqual([
      [w.owner.id, null],
      [w.committee.id, 'Tiếp nhận do giải thể tổ chức'],
    ]);
  });
});
