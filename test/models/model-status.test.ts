/**
 * A model's yearly status (optimistic locking, REPLICATED with its replica, years out of order),
 * evidence notes and commendations (with the decision as a legal document).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { fails, ok } from '../helpers/results.js';
import {
  ModelDetail,
  RecordStatus,
  makeWorld,
  registerModel,
  ts,
  useModelsServer,
} from '../helpers/models.js';
import { foldForSearch } from '../../server/core/text.js';
import { toGlobalId } from '../../server/core/ids.js';
import {
  LegalDocument,
  LegalDocumentKind,
} from '../../server/modules/legal-documents/legal-document.entity.js';

useModelsServer();

const AddEvidence = graphql(`
  mutation ModelsAddEvidence($input: AddModelEvidenceInput!) {
    addModelEvidence(input: $input) { evidence { recordedOn note } }
  }
`);

const Commend = graphql(`
  mutation ModelsCommend($input: CommendModelInput!) {
    commendModel(input: $input) { commendation { commendedBy commendedOn decisionNumber decisionDocument { number } } }
  }
`);

describe("a model's yearly status", () => {
  it('records a status per year under optimistic locking; the latest year is the latest status', async () => {
    const w = await makeWorld(1);
    const model = await registerModel(w);
    const token = w.coordinator.token;
    const r2024 = ok(
      await ts.gql(
        RecordStatus,
        { input: { modelId: model.id, expectedVersion: 1, year: 2024, status: 'MAINTAINED' } },
        token,
      ),
    ).recordModelStatus;
    expect(r2024.model).toMatchObject({ latestStatus: 'MAINTAINED', latestYear: 2024, version: 2 });
    fails(
      await ts.gql(
        RecordStatus,
        { input: { modelId: model.id, expectedVersion: 1, year: 2025, status: 'COMMENDED' } },
        token,
      ),
      'CONFLICT',
      'expectedVersion',
    );
    // Correcting an earlier year keeps the latest status and replaces that year's.
    const r2023 = ok(
      await ts.gql(
        RecordStatus,
        {
          input: {
            modelId: model.id,
            expectedVersion: 2,
            year: 2023,
            status: 'COMMENDED',
            note: 'Bằng khen',
          },
        },
        token,
      ),
    ).recordModelStatus;
    expect(r2023.model).toMatchObject({ latestStatus: 'MAINTAINED', latestYear: 2024, version: 3 });
    const detail = ok(await ts.gql(ModelDetail, { id: model.id }, token)).model;
    expect(detail.statuses.map((s) => [s.year, s.status])).toEqual([
      [2024, 'MAINTAINED'],
      [2023, 'COMMENDED'],
    ]);
  });

  it('links a REPLICATED status to the replica; refuses years before registration and a replica where none belongs', async () => {
    const w = await makeWorld(1);
    const model = await registerModel(w, { yearRegistered: 2022 });
    const replica = await registerModel(w, { level: 'COMMUNE', yearRegistered: 2024 });
    const token = w.coordinator.token;
    const input = { modelId: model.id, expectedVersion: 1, year: 2024 };
    fails(
      await ts.gql(RecordStatus, { input: { ...input, status: 'REPLICATED' } }, token),
      'BAD_USER_INPUT',
      'replicaModelId',
    );
    fails(
      await ts.gql(
        RecordStatus,
        { input: { ...input, status: 'MAINTAINED', replicaModelId: replica.id } },
        token,
      ),
      'BAD_USER_INPUT',
      'replicaModelId',
    );
    fails(
      await ts.gql(
        RecordStatus,
        { input: { ...input, status: 'REPLICATED', replicaModelId: model.id } },
        token,
      ),
      'BAD_USER_INPUT',
      'replicaModelId',
    );
    fails(
      await ts.gql(RecordStatus, { input: { ...input, year: 2021, status: 'MAINTAINED' } }, token),
      'BAD_USER_INPUT',
      'year',
    );
    const done = ok(
      await ts.gql(
        RecordStatus,
        { input: { ...input, status: 'REPLICATED', replicaModelId: replica.id } },
        token,
      ),
    ).recordModelStatus;
    expect(done.status).toMatchObject({
      year: 2024,
      status: 'REPLICATED',
      replica: { id: replica.id, name: replica.name },
    });
    // Someone without a role on the owner cannot record a status: the model looks missing.
    fails(
      await ts.gql(
        RecordStatus,
        { input: { ...input, expectedVersion: 2, status: 'MAINTAINED' } },
        w.outsiderCoordinator.token,
      ),
      'NOT_FOUND',
    );
    fails(
      await ts.gql(
        RecordStatus,
        { input: { ...input, expectedVersion: 2, status: 'MAINTAINED' } },
        w.ownerViewer.token,
      ),
      'FORBIDDEN',
    );
  });
});

describe('evidence and commendations', () => {
  it('keeps evidence notes and commendations, newest first, with the decision as a legal document', async () => {
    const w = await makeWorld(1);
    const model = await registerModel(w, { yearRegistered: 2023 });
    const token = w.coordinator.token;
    const em = ts.orm.em.fork();
    const decision = em.create(LegalDocument, {
      number: '1234/QĐ-UBND',
      kind: LegalDocumentKind.DECISION,
      title: 'Quyết định khen thưởng',
      searchKey: foldForSearch('1234/QĐ-UBND khen thuong'),
      issuingOrganization: w.government.id,
      issuedOn: '2024-12-20',
    });
    await em.flush();
    for (const [recordedOn, note] of [
      ['2024-03-01', 'Họp dân 12 buổi'],
      ['2024-09-01', 'Giải quyết 40 kiến nghị'],
    ]) {
      ok(await ts.gql(AddEvidence, { input: { modelId: model.id, recordedOn, note } }, token));
    }
    fails(
      await ts.gql(AddEvidence, { input: { modelId: model.id, recordedOn: '2022-12-31', note: 'x' } }, token),
      'BAD_USER_INPUT',
      'recordedOn',
    );
    fails(
      await ts.gql(
        AddEvidence,
        { input: { modelId: model.id, recordedOn: '2024-01-01', note: '  ' } },
        token,
      ),
      'BAD_USER_INPUT',
      'note',
    );
    const commendation = ok(
      await ts.gql(
        Commend,
        {
          input: {
            modelId: model.id,
            commendedBy: 'Chủ tịch UBND tỉnh',
            commendedOn: '2024-12-20',
            decisionNumber: '1234/QĐ-UBND',
            decisionDocumentId: toGlobalId('LegalDocument', decision.id),
          },
        },
        token,
      ),
    ).commendModel.commendation;
    expect(commendation).toEqual({
      commendedBy: 'Chủ tịch UBND tỉnh',
      commendedOn: '2024-12-20',
      decisionNumber: '1234/QĐ-UBND',
      decisionDocument: { number: '1234/QĐ-UBND' },
    });
    const commend = { modelId: model.id, commendedBy: 'Ban Dân vận Tỉnh ủy', decisionNumber: '5-QĐ/BDV' };
    fails(
      await ts.gql(Commend, { input: { ...commend, commendedOn: '2020-01-01' } }, token),
      'BAD_USER_INPUT',
      'commendedOn',
    );
    fails(
      await ts.gql(
        Commend,
        {
          input: {
            ...commend,
            commendedOn: '2024-01-01',
            decisionDocumentId: toGlobalId('LegalDocument', w.owner.id),
          },
        },
        token,
      ),
      'NOT_FOUND',
    );
    fails(
      await ts.gql(Commend, { input: { ...commend, commendedOn: '2024-01-01' } }, w.ownerViewer.token),
      'FORBIDDEN',
    );
    const detail = ok(await ts.gql(ModelDetail, { id: model.id }, w.committeeViewer.token)).model;
    expect(detail.evidence.map((e) => e.recordedOn)).toEqual(['2024-09-01', '2024-03-01']);
    expect(detail.commendations.map((c) => c.decisionNumber)).toEqual(['1234/QĐ-UBND']);
  });
});
