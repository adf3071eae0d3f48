/**
 * Set-ups shared by the social critique and supervision tests (test/oversight/): a province with its
 * Fatherland Front (critiques and supervises) under the party committee, the people's committee (drafts,
 * is supervised) with a department below it, an agency elsewhere, users on each side, and the GraphQL
 * documents several files use.
 */
import { graphql } from '../generated/index.js';
import { gid, makeOrganization, makeOutsider, makeProvince, makeUserWith, unique } from './factories.js';
import { ok } from './results.js';
import { Role } from '../../server/core/access.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { ts } from './module-server.js';

/** This file's server and its administrator; `useOversightServer()` starts them before the file's tests. */
export { admin, ts, useModuleServer as useOversightServer } from './module-server.js';

export const RecordCritique = graphql(`
  mutation OversightRecordCritique($input: RecordSocialCritiqueInput!) {
    recordSocialCritique(input: $input) {
      socialCritique {
        id draftTitle form heldOn opinionsCount summary takenIn answer answeredOn version
        organization { id } draftingOrganization { id } viewerCan { answer }
      }
    }
  }
`);

export const AnswerCritique = graphql(`
  mutation OversightAnswerCritique($input: AnswerSocialCritiqueInput!) {
    answerSocialCritique(input: $input) { socialCritique { id takenIn answer answeredOn version } }
  }
`);

export const RecordSupervision = graphql(`
  mutation OversightRecordSupervision($input: RecordSupervisionInput!) {
    recordSupervision(input: $input) {
      supervision {
        id title subjectKind subjectDescription periodStart periodEnd concludedOn findings version
        organization { id } subjectOrganization { id } subjectPerson { id }
        recommendations { id position content answer answeredOn version task { id } }
        recommendationCount answeredCount
        viewerCan { answer turnIntoTask }
      }
    }
  }
`);

export const Tally = graphql(`
  query OversightTally($critiques: SocialCritiqueFilter, $supervisions: SupervisionFilter) {
    socialCritiqueTally(filter: $critiques) { critiques opinions answered takenIn }
    supervisionTally(filter: $supervisions) { supervisions recommendations answered tasked }
  }
`);

/** A province with its Front, committee, government and a department; users on each. */
export async function makeWorld() {
  const em = ts.orm.em.fork();
  const { province, committee } = await makeProvince(em);
  const front = await makeOrganization(em, {
    area: province,
    name: `Ủy ban MTTQ tỉnh ${unique()}`,
    kind: OrganizationKind.FATHERLAND_FRONT,
    parent: committee,
  });
  const government = await makeOrganization(em, {
    area: province,
    name: `UBND tỉnh ${unique()}`,
    kind: OrganizationKind.PEOPLES_COMMITTEE,
  });
  const department = await makeOrganization(em, {
    area: province,
    name: `Sở Tài nguyên và Môi trường ${unique()}`,
    kind: OrganizationKind.STATE_AGENCY,
    parent: government,
  });
  const outsider = await makeOutsider(em);
  return {
    province,
    committee,
    front,
    government,
    department,
    outsider,
    frontCoordinator: await makeUserWith(ts.orm, front.id, Role.COORDINATOR),
    frontViewer: await makeUserWith(ts.orm, front.id, Role.VIEWER),
    committeeViewer: await makeUserWith(ts.orm, committee.id, Role.VIEWER),
    governmentCoordinator: await makeUserWith(ts.orm, government.id, Role.COORDINATOR),
    departmentViewer: await makeUserWith(ts.orm, department.id, Role.VIEWER),
    outsiderCoordinator: await makeUserWith(ts.orm, outsider.id, Role.COORDINATOR),
  };
}

/** The province made by `makeWorld`. */
export type World = Awaited<ReturnType<typeof makeWorld>>;

/** Records a critique of the government's draft by the Front (a conference with 12 opinions by default). */
export async function recordCritique(
  w: World,
  input: Partial<{
    draftTitle: string;
    form: string;
    heldOn: string;
    opinionsCount: number;
    draftingOrganizationId: string;
  }> = {},
) {
  const result = await ts.gql(
    RecordCritique,
    {
      input: {
        organizationId: gid.org(w.front),
        draftTitle: input.draftTitle ?? `Dự thảo Nghị quyết về bồi thường, hỗ trợ tái định cư ${unique()}`,
        draftingOrganizationId: input.draftingOrganizationId ?? gid.org(w.government),
        form: (input.form ?? 'CONFERENCE') as never,
        heldOn: input.heldOn ?? '2024-05-10',
        opinionsCount: input.opinionsCount ?? 12,
      },
    },
    w.frontCoordinator.token,
  );
  return ok(result).recordSocialCritique.socialCritique;
}

/** Records the Front's supervision of the department (two recommendations by default). */
export async function recordSupervision(
  w: World,
  input: Partial<{
    title: string;
    recommendations: string[];
    periodStart: string;
    periodEnd: string;
    concludedOn: string;
  }> = {},
) {
  const result = await ts.gql(
    RecordSupervision,
    {
      input: {
        organizationId: gid.org(w.front),
        title: input.title ?? `Giám sát việc giải quyết kiến nghị cử tri ${unique()}`,
        subjectKind: 'ORGANIZATION',
        subjectOrganizationId: gid.org(w.department),
        periodStart: input.periodStart ?? '2024-01-01',
        periodEnd: input.periodEnd ?? '2024-06-30',
        concludedOn: input.concludedOn ?? '2024-08-15',
        findings: 'Còn 12 kiến nghị chưa được trả lời đúng hạn.',
        recommendations: input.recommendations ?? [
          'Trả lời dứt điểm 12 kiến nghị',
          'Công khai kết quả giải quyết',
        ],
      },
    },
    w.frontCoordinator.token,
  );
  return ok(result).recordSupervision.supervision;
}
