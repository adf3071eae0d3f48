/**
 * Live petition events over a real graphql-ws client: a petition transferred to an organization
 * reaches its users (`petitionTransferred`), the changes of an organization's petitions reach those
 * who may read them (`petitionUpdated`); the petitioner shows in an event's `petition` only where the
 * policy shows it (the new handler, not the former one nor those above), and no one else hears.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid } from '../helpers/factories.js';
import { makeWorld, PETITIONER, receive, change, ts, usePetitionsServer } from '../helpers/petitions.js';
import { connectClient, subscribe } from '../helpers/realtime.js';
import { ok } from '../helpers/results.js';

usePetitionsServer();

const Transferred = graphql(`
  subscription PetitionsTransferred($organizationId: ID!) {
    petitionTransferred(organizationId: $organizationId) {
      change petitionId petition { id status handler { id } petitioner { fullName phone } }
    }
  }
`);
const Updated = graphql(`
  subscription PetitionsUpdated($organizationId: ID!) {
    petitionUpdated(organizationId: $organizationId) {
      change petitionId petition { id status petitioner { fullName phone } }
    }
  }
`);

describe('live petition events', () => {
  it('tell the new handler of a transfer, with the petitioner only where the policy shows it', async () => {
    const w = await makeWorld();
    const clients = [w.bCoordinator, w.aViewer, w.pCoordinator, w.outsider].map((u) =>
      connectClient(ts.wsUrl, u.token),
    );
    const [b, a, p, outsider] = clients;
    try {
      const toB = await subscribe(b.client, Transferred, { organizationId: gid.org(w.b) }, ts.events);
      const ofA = await subscribe(a.client, Updated, { organizationId: gid.org(w.a) }, ts.events);
      const above = await subscribe(p.client, Updated, { organizationId: gid.org(w.a) }, ts.events);
      const intruder = await subscribe(
        outsider.client,
        Transferred,
        { organizationId: gid.org(w.b) },
        ts.events,
      );
      const petition = await receive(w);
      await expect.poll(() => ofA.received.map((e) => e.change)).toEqual(['RECEIVED']);
      expect(ofA.received[0].petition?.petitioner?.fullName).toBe(PETITIONER.fullName);
      const input = { petitionId: petition.id, expectedVersion: 1, toOrganizationId: gid.org(w.b) };
      ok(await change('transferPetition', 'TransferPetitionInput', input, w.aCoordinator.token));
      await expect.poll(() => toB.received.length).toBe(1);
      expect(toB.received[0]).toEqual({
        change: 'TRANSFERRED',
        petitionId: petition.id,
        petition: {
          id: petition.id,
          status: 'TRANSFERRED',
          handler: { id: gid.org(w.b) },
          petitioner: { fullName: PETITIONER.fullName, phone: PETITIONER.phone },
        },
      });
      await expect.poll(() => ofA.received.map((e) => e.change)).toEqual(['RECEIVED', 'TRANSFERRED']);
      expect(ofA.received[1].petition).toMatchObject({ status: 'TRANSFERRED', petitioner: null });
      await expect.poll(() => above.received.length).toBe(2);
      expect(above.received.map((e) => e.petition?.petitioner)).toEqual([null, null]);
      expect(JSON.stringify(above.received)).not.toContain(PETITIONER.phone);
      expect(intruder.received).toEqual([]);
      expect([toB, ofA, above, intruder].flatMap((live) => live.errors)).toEqual([]);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });
});
