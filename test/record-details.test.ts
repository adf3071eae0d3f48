/**
 * Editing the details of records of issue 15 (`updateModel`, `updateComplexSituation`,
 * `updateSocialCritique`, `updateSupervision`): only the
 * details given change, under optimistic locking (a stale version is CONFLICT), by COORDINATOR on the
 * owner (a viewer is FORBIDDEN, an outsider NOT_FOUND), blank required details are BAD_USER_INPUT,
 * an edit is audited and one that changes nothing keeps the version.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { auditCount } from './helpers/audit.js';
import { ts, useModuleServer } from './helpers/module-server.js';
import { makeWorld as makeModelWorld, registerModel } from './helpers/models.js';
import { fails, ok } from './helpers/results.js';
import { makeWorld as makeOversightWorld, recordCritique, recordSupervision } from './helpers/oversight.js';
import { makeWorld as makeSituationWorld, openSituation } from './helpers/situations.js';

useModuleServer();

const UpdateModel = graphql(`
  mutation RecordsUpdateModel($input: UpdateModelInput!) {
    updateModel(input: $input) { model { id name field description version viewerCan { update } } }
  }
`);
const UpdateSituation = graphql(`
  mutation RecordsUpdateSituation($input: UpdateComplexSituationInput!) {
    updateComplexSituation(input: $input) {
      situation { id title category description severity version viewerCan { update } }
    }
  }
`);

const UpdateCritique = graphql(`
  mutation RecordsUpdateCritique($input: UpdateSocialCritiqueInput!) {
    updateSocialCritique(input: $input) { socialCritique { id draftTitle opinionsCount version } }
  }
`);
const UpdateSupervision = graphql(`
  mutation RecordsUpdateSupervision($input: UpdateSupervisionInput!) {
    updateSupervision(input: $input) { supervision { id findings version } }
  }
`);

describe('editing record details', () => {
  it('updateModel: name, field and description, by the owner coordinator, with the expected version', async () => {
    const w = await makeModelWorld(1);
    const model = await registerModel(w);
    const edit = (input: Record<string, unknown>, token = w.coordinator.token) =>
      ts.gql(UpdateModel, { input: { modelId: model.id, expectedVersion: model.version, ...input } }, token);
    fails(await edit({ name: '  ' }), 'BAD_USER_INPUT', 'name');
    fails(await edit({ name: 'Dân vận khéo' }, w.ownerViewer.token), 'FORBIDDEN');
    fails(await edit({ name: 'Dân vận khéo' }, w.outsiderCoordinator.token), 'NOT_FOUND');
    const edited = ok(await edit({ name: 'Dân vận khéo — chợ phiên', field: 'ECONOMY', description: null }))
      .updateModel.model;
    expect(edited).toEqual({
      id: model.id,
      name: 'Dân vận khéo — chợ phiên',
      field: 'ECONOMY',
      description: null,
      version: model.version + 1,
      viewerCan: { update: true },
    });
    expect(await auditCount(ts.orm, 'updateModel', w.coordinator.user.id)).toBe(1);
    fails(await edit({ name: 'Cũ' }), 'CONFLICT', 'expectedVersion');
    const same = { modelId: model.id, expectedVersion: edited.version, name: edited.name };
    expect(
      ok(await ts.gql(UpdateModel, { input: same }, w.coordinator.token)).updateModel.model.version,
    ).toBe(edited.version);
  });

  it('updateComplexSituation: title, category and description, by the opener coordinator', async () => {
    const w = await makeSituationWorld();
    const situation = await openSituation(w);
    const edit = (input: Record<string, unknown>, token = w.coordinator.token) =>
      ts.gql(UpdateSituation, { input: { situationId: situation.id, expectedVersion: 1, ...input } }, token);
    fails(await edit({ title: 'Khác' }, w.policeCoordinator.token), 'FORBIDDEN');
    fails(await edit({ title: 'Khác' }, w.outsiderCoordinator.token), 'NOT_FOUND');
    const edited = ok(await edit({ title: 'Tranh chấp đất đai kéo dài', category: 'MASS_COMPLAINTS' }))
      .updateComplexSituation.situation;
    expect(edited).toMatchObject({
      title: 'Tranh chấp đất đai kéo dài',
      category: 'MASS_COMPLAINTS',
      severity: situation.severity,
      version: 2,
      viewerCan: { update: true },
    });
    expect(await auditCount(ts.orm, 'updateComplexSituation', w.coordinator.user.id)).toBe(1);
    fails(await edit({ description: 'Cũ' }), 'CONFLICT', 'expectedVersion');
  });
});

describe('editing oversight details', () => {
  it('updateSocialCritique and updateSupervision: by the giver, under optimistic locking', async () => {
    const w = await makeOversightWorld();
    const critique = await recordCritique(w);
    const editCritique = (input: Record<string, unknown>, token = w.frontCoordinator.token) =>
      ts.gql(
        UpdateCritique,
        { input: { socialCritiqueId: critique.id, expectedVersion: 1, ...input } },
        token,
      );
    fails(await editCritique({ opinionsCount: -1 }), 'BAD_USER_INPUT', 'opinionsCount');
    fails(await editCritique({ opinionsCount: 20 }, w.governmentCoordinator.token), 'FORBIDDEN');
    fails(await editCritique({ opinionsCount: 20 }, w.outsiderCoordinator.token), 'NOT_FOUND');
    expect(
      ok(await editCritique({ opinionsCount: 20, draftTitle: 'Dự thảo Luật Đất đai (sửa đổi)' }))
        .updateSocialCritique.socialCritique,
    ).toMatchObject({ opinionsCount: 20, draftTitle: 'Dự thảo Luật Đất đai (sửa đổi)', version: 2 });
    fails(await editCritique({ summary: 'x' }), 'CONFLICT', 'expectedVersion');

    const supervision = await recordSupervision(w);
    const input = { supervisionId: supervision.id, expectedVersion: 1, findings: 'Đã trả lời 10 kiến nghị.' };
    fails(await ts.gql(UpdateSupervision, { input }, w.departmentViewer.token), 'FORBIDDEN');
    expect(
      ok(await ts.gql(UpdateSupervision, { input }, w.frontCoordinator.token)).updateSupervision.supervision,
    ).toMatchObject({ findings: 'Đã trả lời 10 kiến nghị.', version: 2 });
    expect(await auditCount(ts.orm, 'updateSupervision', w.frontCoordinator.user.id)).toBe(1);
  });
});
