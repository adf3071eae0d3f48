/**
 * Matrix cases of the oversight module (social critique and supervision). Critiques and supervisions
 * are made by A or by B of an agency no actor holds a role on (the drafting body, the supervised
 * organization). Reading needs a role on the maker or above it; recording needs COORDINATOR on the
 * maker; answering a critique is the drafting body's (nobody's here: denied to all but system
 * administrators); answering a recommendation and turning it into a task need COORDINATOR on the maker
 * (and, for the task, the tasks module's rule on the lead: here the maker's own child agency).
 */
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { foldForSearch } from '../../server/core/text.js';
import type { Organization } from '../../server/modules/organizations/organization.entity.js';
import { CritiqueForm, SocialCritique } from '../../server/modules/oversight/critique.entity.js';
import {
  Supervision,
  SupervisionRecommendation,
  SupervisionSubjectKind,
} from '../../server/modules/oversight/supervision.entity.js';
import { gid, makeOrganization } from '../helpers/factories.js';
import { child, holds, world, type Actor, type MutationCase, type Owner, type ReadCase } from './world.js';

const keeps = (actor: Actor, owner: Owner): boolean => holds(actor, Role.COORDINATOR, owner);
const reads = (actor: Actor, owner: Owner): boolean => holds(actor, Role.VIEWER, owner);

let otherAgency: Organization | undefined;
/** The drafting body of every critique: an agency outside every actor's chain of command. */
async function drafting(): Promise<Organization> {
  otherAgency ??= await makeOrganization(world.ts.orm.em.fork(), {
    area: world.province,
    name: 'Sở Tư pháp (soạn thảo)',
  });
  return otherAgency;
}

async function critique(owner: Owner): Promise<SocialCritique> {
  const em = world.ts.orm.em.fork();
  const created = em.create(SocialCritique, {
    organization: world.org[owner].id,
    draftTitle: `Dự thảo ${owner}`,
    searchKey: foldForSearch(`du thao phan bien ${owner} ${Math.random()}`),
    draftingOrganization: (await drafting()).id,
    form: CritiqueForm.CONFERENCE,
    heldOn: '2024-05-01',
    opinionsCount: 9,
  });
  await em.flush();
  return created;
}

/** A supervision by `owner` of `subject` (default: a fresh child agency of the owner), with one recommendation. */
async function supervision(
  owner: Owner,
  subject?: Organization,
): Promise<{ supervision: Supervision; recommendation: SupervisionRecommendation }> {
  const em = world.ts.orm.em.fork();
  const created = em.create(Supervision, {
    organization: world.org[owner].id,
    title: `Giám sát ${owner}`,
    searchKey: foldForSearch(`giam sat ma tran ${owner} ${Math.random()}`),
    subjectKind: SupervisionSubjectKind.ORGANIZATION,
    subjectOrganization: (subject ?? (await child(owner))).id,
    periodStart: '2024-01-01',
    periodEnd: '2024-06-30',
    concludedOn: '2024-07-01',
    findings: 'Kết quả',
  });
  const recommendation = em.create(SupervisionRecommendation, {
    supervision: created,
    position: 1,
    content: 'Kiến nghị',
  });
  await em.flush();
  return { supervision: created, recommendation };
}

const recGid = (r: { id: string }) => toGlobalId('SupervisionRecommendation', r.id);

export const oversightMutations: Record<string, MutationCase> = {
  recordSocialCritique: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: RecordSocialCritiqueInput!) { recordSocialCritique(input: $i) { socialCritique { id } } }',
      variables: {
        i: {
          organizationId: gid.org(world.org[owner]),
          draftTitle: 'Dự thảo Nghị quyết',
          draftingOrganizationId: gid.org(await drafting()),
          form: 'WRITTEN',
          heldOn: '2024-05-01',
          opinionsCount: 4,
        },
      },
    }),
    allowed: keeps,
  },
  answerSocialCritique: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: AnswerSocialCritiqueInput!) { answerSocialCritique(input: $i) { socialCritique { id } } }',
      variables: {
        i: {
          socialCritiqueId: toGlobalId('SocialCritique', (await critique(owner)).id),
          expectedVersion: 1,
          takenIn: true,
          answer: 'Tiếp thu',
          answeredOn: '2024-06-01',
        },
      },
    }),
    allowed: (actor) => actor.isSystemAdmin,
  },
  updateSocialCritique: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: UpdateSocialCritiqueInput!) { updateSocialCritique(input: $i) { socialCritique { id } } }',
      variables: {
        i: {
          socialCritiqueId: toGlobalId('SocialCritique', (await critique(owner)).id),
          expectedVersion: 1,
          opinionsCount: 11,
        },
      },
    }),
    allowed: keeps,
  },
  updateSupervision: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: UpdateSupervisionInput!) { updateSupervision(input: $i) { supervision { id } } }',
      variables: {
        i: {
          supervisionId: toGlobalId(
            'Supervision',
            (await supervision(owner, await drafting())).supervision.id,
          ),
          expectedVersion: 1,
          findings: 'Kết quả đã sửa',
        },
      },
    }),
    allowed: keeps,
  },
  recordSupervision: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: RecordSupervisionInput!) { recordSupervision(input: $i) { supervision { id } } }',
      variables: {
        i: {
          organizationId: gid.org(world.org[owner]),
          title: 'Giám sát',
          subjectKind: 'ORGANIZATION',
          subjectOrganizationId: gid.org(await drafting()),
          periodStart: '2024-01-01',
          periodEnd: '2024-06-30',
          concludedOn: '2024-07-01',
          findings: 'Kết quả',
          recommendations: ['Kiến nghị'],
        },
      },
    }),
    allowed: keeps,
  },
  answerSupervisionRecommendation: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: AnswerSupervisionRecommendationInput!) { answerSupervisionRecommendation(input: $i) { recommendation { id } } }',
      variables: {
        i: {
          recommendationId: recGid((await supervision(owner, await drafting())).recommendation),
          expectedVersion: 1,
          answer: 'Đã trả lời',
          answeredOn: '2024-08-01',
        },
      },
    }),
    allowed: keeps,
  },
  turnRecommendationIntoTask: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: TurnRecommendationIntoTaskInput!) { turnRecommendationIntoTask(input: $i) { task { id } } }',
      variables: {
        i: { recommendationId: recGid((await supervision(owner)).recommendation), dueOn: '2030-12-31' },
      },
    }),
    allowed: keeps,
  },
};

const readable: Partial<Record<Owner, Promise<[SocialCritique, Supervision]>>> = {};
const records = (owner: Owner) =>
  (readable[owner] ??= Promise.all([
    critique(owner),
    supervision(owner, undefined).then((s) => s.supervision),
  ]));

/** Read cases: the owner's critique and supervision are data to those who may read them. */
export const oversightReads: Record<string, ReadCase> = {
  socialCritiques: {
    call: async (owner) => ({
      query:
        'query($s: String) { socialCritiques(first: 5, filter: { search: $s }) { edges { node { id } } } }',
      variables: { s: (await records(owner))[0].searchKey },
    }),
    allowed: reads,
    isEmpty: (data) =>
      (data as { socialCritiques: { edges: unknown[] } } | null)?.socialCritiques.edges.length === 0,
  },
  socialCritiqueTally: {
    call: async (owner) => ({
      query: 'query($s: String) { socialCritiqueTally(filter: { search: $s }) { critiques } }',
      variables: { s: (await records(owner))[0].searchKey },
    }),
    allowed: reads,
    isEmpty: (data) =>
      (data as { socialCritiqueTally: { critiques: number } } | null)?.socialCritiqueTally.critiques === 0,
  },
  socialCritique: {
    call: async (owner) => ({
      query: 'query($id: ID!) { socialCritique(id: $id) { draftTitle viewerCan { answer } } }',
      variables: { id: toGlobalId('SocialCritique', (await records(owner))[0].id) },
    }),
    allowed: reads,
  },
  supervisions: {
    call: async (owner) => ({
      query: 'query($s: String) { supervisions(first: 5, filter: { search: $s }) { edges { node { id } } } }',
      variables: { s: (await records(owner))[1].searchKey },
    }),
    allowed: reads,
    isEmpty: (data) =>
      (data as { supervisions: { edges: unknown[] } } | null)?.supervisions.edges.length === 0,
  },
  supervisionTally: {
    call: async (owner) => ({
      query:
        'query($s: String) { supervisionTally(filter: { search: $s }) { supervisions recommendations } }',
      variables: { s: (await records(owner))[1].searchKey },
    }),
    allowed: reads,
    isEmpty: (data) =>
      (data as { supervisionTally: { supervisions: number } } | null)?.supervisionTally.supervisions === 0,
  },
  supervision: {
    call: async (owner) => ({
      query: 'query($id: ID!) { supervision(id: $id) { title recommendations { id } viewerCan { answer } } }',
      variables: { id: toGlobalId('Supervision', (await records(owner))[1].id) },
    }),
    allowed: reads,
  },
  'node (Supervision)': {
    call: async (owner) => ({
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: toGlobalId('Supervision', (await records(owner))[1].id) },
    }),
    allowed: reads,
  },
};
