/**
 * Social critique: the Front records its critique of a drafting body's draft; the drafting body answers
 * once (taken in or not) under optimistic locking; who reads it; lists and totals ("78 critiques, 478
 * opinions") with filters, only what the viewer may read.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, unique } from '../helpers/factories.js';
import { fails, ok } from '../helpers/results.js';
import {
  AnswerCritique,
  RecordCritique,
  Tally,
  makeWorld,
  recordCritique,
  ts,
  useOversightServer,
} from '../helpers/oversight.js';

useOversightServer();

const Critiques = graphql(`
  query OversightCritiques($filter: SocialCritiqueFilter, $first: Int) {
    socialCritiques(filter: $filter, first: $first) {
      totalCount
      edges { node { id draftTitle opinionsCount organization { name } draftingOrganization { name } viewerCan { answer } } }
    }
  }
`);
const Critique = `query($id: ID!) { socialCritique(id: $id) { id draftTitle } }`;

describe('social critique', () => {
  it('is recorded by the Front and answered once by the drafting body, under optimistic locking', async () => {
    const w = await makeWorld();
    const critique = await recordCritique(w, { opinionsCount: 23 });
    expect(critique).toMatchObject({
      form: 'CONFERENCE',
      opinionsCount: 23,
      takenIn: null,
      answer: null,
      version: 1,
      organization: { id: gid.org(w.front) },
      draftingOrganization: { id: gid.org(w.government) },
      viewerCan: { answer: false },
    });
    const answer = {
      socialCritiqueId: critique.id,
      expectedVersion: 1,
      takenIn: true,
      answer: 'Tiếp thu 20/23 ý kiến',
      answeredOn: '2024-06-01',
    };
    fails(await ts.gql(AnswerCritique, { input: answer }, w.frontCoordinator.token), 'FORBIDDEN');
    fails(await ts.gql(AnswerCritique, { input: answer }, w.outsiderCoordinator.token), 'NOT_FOUND');
    const token = w.governmentCoordinator.token;
    fails(
      await ts.gql(AnswerCritique, { input: { ...answer, answeredOn: '2024-05-09' } }, token),
      'BAD_USER_INPUT',
      'answeredOn',
    );
    fails(
      await ts.gql(AnswerCritique, { input: { ...answer, answer: ' ' } }, token),
      'BAD_USER_INPUT',
      'answer',
    );
    fails(
      await ts.gql(AnswerCritique, { input: { ...answer, expectedVersion: 7 } }, token),
      'CONFLICT',
      'expectedVersion',
    );
    const answered = ok(await ts.gql(AnswerCritique, { input: answer }, token)).answerSocialCritique
      .socialCritique;
    expect(answered).toMatchObject({
      takenIn: true,
      answer: 'Tiếp thu 20/23 ý kiến',
      answeredOn: '2024-06-01',
      version: 2,
    });
    fails(
      await ts.gql(AnswerCritique, { input: { ...answer, expectedVersion: 2 } }, token),
      'CONFLICT',
      'socialCritiqueId',
    );
  });

  it('refuses bad input with typed errors and lets only COORDINATOR on the critiquing organization record', async () => {
    const w = await makeWorld();
    const input = {
      organizationId: gid.org(w.front),
      draftTitle: 'Dự thảo',
      draftingOrganizationId: gid.org(w.government),
      form: 'WRITTEN' as never,
      heldOn: '2024-05-10',
      opinionsCount: 3,
    };
    fails(
      await ts.gql(RecordCritique, { input: { ...input, opinionsCount: -1 } }, w.frontCoordinator.token),
      'BAD_USER_INPUT',
      'opinionsCount',
    );
    fails(
      await ts.gql(RecordCritique, { input: { ...input, draftTitle: '  ' } }, w.frontCoordinator.token),
      'BAD_USER_INPUT',
      'draftTitle',
    );
    fails(
      await ts.gql(
        RecordCritique,
        { input: { ...input, draftingOrganizationId: gid.area(w.province) } },
        w.frontCoordinator.token,
      ),
      'BAD_USER_INPUT',
      'draftingOrganizationId',
    );
    const can = async (token: string) =>
      ok(
        await ts.gql<{ organization: { viewerCan: Record<string, boolean> } }>(
          'query($id: ID!) { organization(id: $id) { viewerCan { recordSocialCritique recordSupervision } } }',
          { id: gid.org(w.front) },
          token,
        ),
      ).organization.viewerCan;
    expect(await can(w.frontCoordinator.token)).toEqual({
      recordSocialCritique: true,
      recordSupervision: true,
    });
    expect(await can(w.frontViewer.token)).toEqual({ recordSocialCritique: false, recordSupervision: false });
    fails(await ts.gql(RecordCritique, { input }, w.frontViewer.token), 'FORBIDDEN');
    fails(await ts.gql(RecordCritique, { input }, w.governmentCoordinator.token), 'FORBIDDEN');
  });

  it('is read by both sides and those above them; NOT_FOUND for anyone else', async () => {
    const w = await makeWorld();
    const critique = await recordCritique(w);
    for (const reader of [w.frontViewer, w.committeeViewer, w.governmentCoordinator]) {
      expect(
        ok(await ts.gql<{ socialCritique: { id: string } }>(Critique, { id: critique.id }, reader.token))
          .socialCritique.id,
      ).toBe(critique.id);
    }
    for (const stranger of [w.outsiderCoordinator, w.departmentViewer]) {
      fails(await ts.gql(Critique, { id: critique.id }, stranger.token), 'NOT_FOUND');
    }
  });

  it('lists and totals critiques by form, period, answer and search, only what the viewer may read', async () => {
    const w = await makeWorld();
    const tag = unique('PB');
    const a = await recordCritique(w, {
      draftTitle: `${tag} Dự thảo Luật Đất đai`,
      opinionsCount: 40,
      heldOn: '2024-03-01',
    });
    await recordCritique(w, {
      draftTitle: `${tag} Dự thảo quy hoạch`,
      form: 'WRITTEN',
      opinionsCount: 7,
      heldOn: '2024-09-01',
    });
    await recordCritique(w, {
      draftTitle: `${tag} Dự thảo của Sở`,
      opinionsCount: 5,
      draftingOrganizationId: gid.org(w.department),
    });
    ok(
      await ts.gql(
        AnswerCritique,
        {
          input: {
            socialCritiqueId: a.id,
            expectedVersion: 1,
            takenIn: true,
            answer: 'Tiếp thu',
            answeredOn: '2024-03-10',
          },
        },
        w.governmentCoordinator.token,
      ),
    );
    const tally = async (critiques: Record<string, unknown>, token = w.committeeViewer.token) =>
      ok(await ts.gql(Tally, { critiques: { search: tag, ...critiques } }, token)).socialCritiqueTally;
    expect(await tally({})).toEqual({ critiques: 3, opinions: 52, answered: 1, takenIn: 1 });
    expect(await tally({ forms: ['WRITTEN'] })).toMatchObject({ critiques: 1, opinions: 7 });
    expect(await tally({ heldFrom: '2024-04-01', heldTo: '2024-12-31' })).toMatchObject({
      critiques: 2,
      opinions: 12,
    });
    expect(await tally({ answered: false })).toMatchObject({ critiques: 2 });
    expect(await tally({ search: `${tag} du thao luat dat dai` })).toMatchObject({ critiques: 1 });
    expect(await tally({ draftingOrganizationId: gid.org(w.government) })).toMatchObject({ critiques: 3 });
    expect(await tally({ draftingOrganizationId: gid.org(w.department) })).toMatchObject({ critiques: 1 });
    expect(await tally({}, w.departmentViewer.token)).toMatchObject({ critiques: 1, opinions: 5 });
    expect(await tally({}, w.outsiderCoordinator.token)).toMatchObject({ critiques: 0, opinions: 0 });
    const list = ok(
      await ts.gql(Critiques, { filter: { search: tag }, first: 2 }, w.frontViewer.token),
    ).socialCritiques;
    expect(list.totalCount).toBe(3);
    expect(list.edges.map((e) => e.node.opinionsCount)).toEqual([7, 5]);
    fails(
      await ts.gql(
        Tally,
        { critiques: { heldFrom: '2024-05-01', heldTo: '2024-04-01' } },
        w.frontViewer.token,
      ),
      'BAD_USER_INPUT',
      'heldTo',
    );
  });
});
