/**
 * Registering a mass-mobilization model: the record, its NEW status in the year registered, who may
 * register one (Organization.viewerCan.registerModel agrees), typed errors for bad input, the audit
 * record, and who may read it (denied looks like missing).
 */
import { describe, expect, it } from 'vitest';
import { gid } from '../helpers/factories.js';
import { fails, ok } from '../helpers/results.js';
import {
  ModelDetail,
  RegisterModel,
  makeWorld,
  registerModel,
  ts,
  useModelsServer,
  type World,
} from '../helpers/models.js';

useModelsServer();

const CanRegister = `query($id: ID!) { organization(id: $id) { viewerCan { registerModel } } }`;
const NodeQuery = `query($id: ID!) { node(id: $id) { id ... on MassMobilizationModel { name } } }`;

/** A valid registration of a provincial model of the world's Ban Dân vận. */
const inputFor = (w: World) => ({
  ownerOrganizationId: gid.org(w.owner),
  name: 'Mô hình',
  areaId: gid.area(w.province),
  level: 'PROVINCE' as never,
  field: 'OTHER' as never,
  yearRegistered: 2024,
});

describe('registering a model', () => {
  it('records the model with status NEW in its year, owned by the organization, with an audit record', async () => {
    const w = await makeWorld(1);
    const model = await registerModel(w, { name: '  Dân vận   khéo  xã Hữu Lũng ', field: 'ECONOMY' });
    expect(model).toMatchObject({
      name: 'Dân vận khéo xã Hữu Lũng',
      level: 'PROVINCE',
      field: 'ECONOMY',
      yearRegistered: 2023,
      latestStatus: 'NEW',
      latestYear: 2023,
      version: 1,
      owner: { id: gid.org(w.owner) },
      area: { id: gid.area(w.province) },
      statuses: [{ year: 2023, status: 'NEW', note: null }],
      viewerCan: { recordStatus: true, addEvidence: true, commend: true, adopt: true },
    });
    const audit = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ changes: { entity: string }[] }[]>(
        `select changes from audit_record where operation = 'registerModel' and actor_user_id = ?`,
        [w.coordinator.user.id],
      );
    expect(audit).toHaveLength(1);
    expect(audit[0].changes.map((c) => c.entity).toSorted()).toEqual([
      'MassMobilizationModel',
      'ModelYearStatus',
    ]);
  });

  it('lets COORDINATOR on the owner (or above it) register, as viewerCan.registerModel says; others are refused', async () => {
    const w = await makeWorld(1);
    const can = async (token: string) =>
      ok(
        await ts.gql<{ organization: { viewerCan: { registerModel: boolean } } }>(
          CanRegister,
          { id: gid.org(w.owner) },
          token,
        ),
      ).organization.viewerCan.registerModel;
    expect(await can(w.coordinator.token)).toBe(true);
    expect(await can(w.ownerViewer.token)).toBe(false);
    expect(await can(w.outsiderCoordinator.token)).toBe(false);
    const input = inputFor(w);
    fails(await ts.gql(RegisterModel, { input }, w.ownerViewer.token), 'FORBIDDEN');
    fails(await ts.gql(RegisterModel, { input }, w.outsiderCoordinator.token), 'FORBIDDEN');
  });

  it('answers bad input with typed errors', async () => {
    const w = await makeWorld(1);
    const input = inputFor(w);
    const token = w.coordinator.token;
    fails(await ts.gql(RegisterModel, { input: { ...input, name: '   ' } }, token), 'BAD_USER_INPUT', 'name');
    fails(
      await ts.gql(RegisterModel, { input: { ...input, yearRegistered: 1800 } }, token),
      'BAD_USER_INPUT',
      'yearRegistered',
    );
    fails(
      await ts.gql(RegisterModel, { input: { ...input, areaId: gid.org(w.owner) } }, token),
      'BAD_USER_INPUT',
      'areaId',
    );
    fails(
      await ts.gql(RegisterModel, { input: { ...input, ownerOrganizationId: gid.area(w.province) } }, token),
      'BAD_USER_INPUT',
      'ownerOrganizationId',
    );
  });

  it('is readable by the owner and those above it; NOT_FOUND for anyone else, through model and node', async () => {
    const w = await makeWorld(1);
    const model = await registerModel(w);
    for (const reader of [w.ownerViewer, w.committeeViewer]) {
      expect(ok(await ts.gql(ModelDetail, { id: model.id }, reader.token)).model.name).toBe(model.name);
      expect(
        ok(await ts.gql<{ node: { name: string } }>(NodeQuery, { id: model.id }, reader.token)).node.name,
      ).toBe(model.name);
    }
    expect(ok(await ts.gql(ModelDetail, { id: model.id }, w.ownerViewer.token)).model.viewerCan).toEqual({
      recordStatus: false,
      adopt: false,
    });
    for (const stranger of [w.outsiderCoordinator, w.communeViewer]) {
      fails(await ts.gql(ModelDetail, { id: model.id }, stranger.token), 'NOT_FOUND');
      fails(await ts.gql(NodeQuery, { id: model.id }, stranger.token), 'NOT_FOUND');
    }
  });
});
