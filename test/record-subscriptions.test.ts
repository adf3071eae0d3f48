/**
 * Live events of the records of issue 15 over real graphql-ws clients: a model's changes reach the
 * organizations that own or adopted it (`modelUpdated`); a critique or a supervision recorded, or a
 * recommendation made a task, reaches the organization that must answer (`oversightAddressed`); a
 * complex situation opened or escalated reaches its handlers (`complexSituationAlerted`). Viewers
 * without a role on the organization hear nothing. Petitions: test/petitions/live.test.ts.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { gid } from './helpers/factories.js';
import { ts, useModuleServer } from './helpers/module-server.js';
import { AdoptModel, makeWorld as makeModelWorld, registerModel } from './helpers/models.js';
import { makeWorld as makeOversightWorld, recordCritique, recordSupervision } from './helpers/oversight.js';
import { connectClient, subscribe, type TestClient } from './helpers/realtime.js';
import { ok } from './helpers/results.js';
import { Escalate, makeWorld as makeSituationWorld, openSituation } from './helpers/situations.js';

useModuleServer();

const ModelUpdated = graphql(`
  subscription RecordsModelUpdated($organizationId: ID!) {
    modelUpdated(organizationId: $organizationId) { change modelId model { id name } }
  }
`);
const OversightAddressed = graphql(`
  subscription RecordsOversightAddressed($organizationId: ID!) {
    oversightAddressed(organizationId: $organizationId) {
      change socialCritiqueId supervisionId socialCritique { id draftTitle } supervision { id title }
    }
  }
`);
const SituationAlerted = graphql(`
  subscription RecordsSituationAlerted($organizationId: ID!) {
    complexSituationAlerted(organizationId: $organizationId) {
      change complexSituationId situationReportId complexSituation { id severity }
    }
  }
`);

/** Connects one client per token; `run` gets them and they are closed after. */
async function withClients(tokens: string[], run: (clients: TestClient[]) => Promise<void>) {
  const clients = tokens.map((token) => connectClient(ts.wsUrl, token));
  try {
    await run(clients);
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
  }
}

/** `client`'s subscription to `document` for an organization (the record, or its global ID). */
function listen<T>(
  client: TestClient,
  document: TypedDocumentNode<T, { organizationId: string }>,
  organization: { id: string } | string,
) {
  const organizationId = typeof organization === 'string' ? organization : gid.org(organization);
  return subscribe(client.client, document, { organizationId }, ts.events);
}

describe('live record events', () => {
  it('modelUpdated: the owner hears every change; an adopting commune from its adoption', async () => {
    const w = await makeModelWorld(1);
    const commune = gid.org(w.communeOrgs[0]);
    await withClients(
      [w.ownerViewer.token, w.communeViewer.token, w.outsiderCoordinator.token],
      async (c) => {
        const owner = await listen(c[0], ModelUpdated, w.owner);
        const adopter = await listen(c[1], ModelUpdated, commune);
        const intruder = await listen(c[2], ModelUpdated, w.owner);
        const model = await registerModel(w);
        const input = { modelId: model.id, organizationId: commune, adoptedOn: '2024-01-01' };
        ok(await ts.gql(AdoptModel, { input }, w.coordinator.token));
        await expect.poll(() => owner.received.map((e) => e.change)).toEqual(['REGISTERED', 'ADOPTED']);
        await expect.poll(() => adopter.received.length).toBe(1);
        expect(adopter.received[0]).toEqual({
          change: 'ADOPTED',
          modelId: model.id,
          model: { id: model.id, name: model.name },
        });
        expect(intruder.received).toEqual([]);
      },
    );
  });

  it('oversightAddressed: the drafting body and the supervised organization hear what they must answer', async () => {
    const w = await makeOversightWorld();
    const tokens = [w.governmentCoordinator.token, w.departmentViewer.token, w.frontViewer.token];
    await withClients(tokens, async (c) => {
      const drafting = await listen(c[0], OversightAddressed, w.government);
      const supervised = await listen(c[1], OversightAddressed, w.department);
      // The Front gave both: nothing is addressed to it.
      const giver = await listen(c[2], OversightAddressed, w.front);
      const critique = await recordCritique(w);
      const supervision = await recordSupervision(w);
      await expect.poll(() => drafting.received.length).toBe(1);
      expect(drafting.received[0]).toEqual({
        change: 'RECORDED',
        socialCritiqueId: critique.id,
        supervisionId: null,
        socialCritique: { id: critique.id, draftTitle: critique.draftTitle },
        supervision: null,
      });
      await expect.poll(() => supervised.received.length).toBe(1);
      expect(supervised.received[0]).toMatchObject({
        change: 'RECORDED',
        supervisionId: supervision.id,
        socialCritiqueId: null,
      });
      expect(giver.received).toEqual([]);
    });
  });

  it('complexSituationAlerted: handlers hear a situation opened and escalated, not its other changes', async () => {
    const w = await makeSituationWorld();
    await withClients([w.policeViewer.token, w.outsiderCoordinator.token], async (c) => {
      const police = await listen(c[0], SituationAlerted, w.police);
      const intruder = await listen(c[1], SituationAlerted, w.police);
      const situation = await openSituation(w);
      const input = { situationId: situation.id, expectedVersion: 1, severity: 'HIGH' as never };
      ok(await ts.gql(Escalate, { input }, w.policeCoordinator.token));
      await expect.poll(() => police.received.map((e) => e.change)).toEqual(['OPENED', 'ESCALATED']);
      expect(police.received[1]).toEqual({
        change: 'ESCALATED',
        complexSituationId: situation.id,
        situationReportId: null,
        complexSituation: { id: situation.id, severity: 'HIGH' },
      });
      expect(intruder.received).toEqual([]);
    });
  });
});
