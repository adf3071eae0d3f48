/**
 * Adoption of a province-wide model by communes: which communes, since when, so "166 of 200 communes"
 * is a query (adoptionCount, adoptions with a date), each commune once; an adopting commune may read
 * the model.
 */
import { describe, expect, it } from 'vitest';
import { gid } from '../helpers/factories.js';
import { fails, ok } from '../helpers/results.js';
import { graphql } from '../generated/index.js';
import { AdoptModel, ModelDetail, makeWorld, registerModel, ts, useModelsServer } from '../helpers/models.js';
import { Organization, OrganizationStatus } from '../../server/modules/organizations/organization.entity.js';

useModelsServer();

const Share = graphql(`
  query ModelsAdoptionShare($id: ID!, $areaId: ID!, $on: LocalDate) {
    model(id: $id) { adoption(areaId: $areaId, on: $on) { on adopted total ratio } }
  }
`);

describe('model adoption by communes', () => {
  it('counts the adopting communes and lists them since when, page by page', async () => {
    const w = await makeWorld(5);
    const model = await registerModel(w, { name: 'Chính quyền thân thiện', yearRegistered: 2021 });
    const dates = ['2021-06-01', '2022-03-15', '2023-01-10'];
    for (const [i, adoptedOn] of dates.entries()) {
      const done = ok(
        await ts.gql(
          AdoptModel,
          { input: { modelId: model.id, organizationId: gid.org(w.communeOrgs[i]), adoptedOn } },
          w.coordinator.token,
        ),
      ).adoptModel;
      expect(done.adoption).toEqual({ adoptedOn, organization: { id: gid.org(w.communeOrgs[i]) } });
      expect(done.model.adoptionCount).toBe(i + 1);
    }
    const detail = ok(await ts.gql(ModelDetail, { id: model.id, first: 2 }, w.committeeViewer.token)).model;
    expect(detail.adoptionCount).toBe(3);
    expect(detail.adoptions.totalCount).toBe(3);
    expect(detail.adoptions.edges.map((e) => e.node.organization.id)).toEqual(
      w.communeOrgs.slice(0, 2).map((o) => gid.org(o)),
    );
    const next = ok(
      await ts.gql(
        ModelDetail,
        { id: model.id, first: 2, after: detail.adoptions.pageInfo.endCursor },
        w.committeeViewer.token,
      ),
    ).model.adoptions;
    expect(next.edges.map((e) => e.node.adoptedOn)).toEqual(['2023-01-10']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const by2022 = ok(
      await ts.gql(ModelDetail, { id: model.id, adoptedBy: '2022-12-31' }, w.coordinator.token),
    ).model;
    expect(by2022.adoptions.totalCount).toBe(2);
  });

  it('refuses a second adoption by the same commune, a date before registration and an organization no longer active', async () => {
    const w = await makeWorld(2);
    const model = await registerModel(w, { yearRegistered: 2022 });
    const adopt = (organizationId: string, adoptedOn = '2023-01-01', token = w.coordinator.token) =>
      ts.gql(AdoptModel, { input: { modelId: model.id, organizationId, adoptedOn } }, token);
    ok(await adopt(gid.org(w.communeOrgs[0])));
    fails(await adopt(gid.org(w.communeOrgs[0])), 'CONFLICT', 'organizationId');
    fails(await adopt(gid.org(w.communeOrgs[1]), '2021-12-31'), 'BAD_USER_INPUT', 'adoptedOn');
    fails(await adopt(gid.area(w.province)), 'BAD_USER_INPUT', 'organizationId');
    fails(await adopt(gid.org(w.communeOrgs[1]), '2023-01-01', w.ownerViewer.token), 'FORBIDDEN');
    await ts.orm.em
      .fork()
      .nativeUpdate(Organization, { id: w.communeOrgs[1].id }, { status: OrganizationStatus.DISSOLVED });
    fails(await adopt(gid.org(w.communeOrgs[1])), 'CONFLICT', 'organizationId');
  });

  it('lets an adopting commune read the model, but not keep it', async () => {
    const w = await makeWorld(1);
    const model = await registerModel(w);
    fails(await ts.gql(ModelDetail, { id: model.id }, w.communeViewer.token), 'NOT_FOUND');
    ok(
      await ts.gql(
        AdoptModel,
        { input: { modelId: model.id, organizationId: gid.org(w.communeOrgs[0]), adoptedOn: '2024-01-01' } },
        w.coordinator.token,
      ),
    );
    const seen = ok(await ts.gql(ModelDetail, { id: model.id }, w.communeViewer.token)).model;
    expect(seen).toMatchObject({ name: model.name, viewerCan: { recordStatus: false, adopt: false } });
  });

  it("shares an area's communes that had adopted it on a date, of those existing then", async () => {
    const w = await makeWorld(5);
    const model = await registerModel(w, { name: 'Chính quyền thân thiện', yearRegistered: 2021 });
    const adopt = (i: number, adoptedOn: string) =>
      ts.gql(
        AdoptModel,
        { input: { modelId: model.id, organizationId: gid.org(w.communeOrgs[i]), adoptedOn } },
        w.coordinator.token,
      );
    ok(await adopt(0, '2021-06-01'));
    ok(await adopt(1, '2022-06-01'));
    ok(await adopt(2, '2023-06-01'));
    const em = ts.orm.em.fork();
    // Commune 3 began in 2023 (a reorganization); commune 4 ended in 2022 (dissolved).
    await em.nativeUpdate(Organization, { id: w.communeOrgs[3].id }, { startedOn: '2023-01-01' });
    await em.nativeUpdate(
      Organization,
      { id: w.communeOrgs[4].id },
      { status: OrganizationStatus.DISSOLVED, endedOn: '2022-12-31' },
    );
    const share = async (on: string | null, areaId = gid.area(w.province)) =>
      ok(await ts.gql(Share, { id: model.id, areaId, on }, w.committeeViewer.token)).model.adoption;
    expect(await share('2021-12-31')).toEqual({ on: '2021-12-31', adopted: 1, total: 4, ratio: 0.25 });
    expect(await share('2022-12-30')).toEqual({ on: '2022-12-30', adopted: 2, total: 4, ratio: 0.5 });
    expect(await share('2023-12-31')).toEqual({ on: '2023-12-31', adopted: 3, total: 4, ratio: 0.75 });
    expect((await share(null)).adopted).toBe(3);
    expect(await share('2024-01-01', gid.area(w.communeAreas[0]))).toMatchObject({
      adopted: 1,
      total: 1,
      ratio: 1,
    });
    expect(await share('2020-01-01', gid.area(w.communeAreas[3]))).toMatchObject({ total: 0, ratio: null });
    fails(
      await ts.gql(Share, { id: model.id, areaId: gid.org(w.owner) }, w.committeeViewer.token),
      'BAD_USER_INPUT',
      'areaId',
    );
  });
});
