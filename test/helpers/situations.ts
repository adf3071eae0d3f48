/**
 * Set-ups shared by the situation tests (test/situations/): a province with its Ban Dân vận (opens
 * complex situations, reports) under the party committee, the police and the commune government (handle
 * them), an agency elsewhere, users on each side, and the GraphQL documents several files use.
 */
import { graphql } from '../generated/index.js';
import {
  gid,
  makeArea,
  makeOrganization,
  makeOutsider,
  makeProvince,
  makeUserWith,
  unique,
} from './factories.js';
import { ok } from './results.js';
import { Role } from '../../server/core/access.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { ts } from './module-server.js';

/** This file's server and its administrator; `useSituationsServer()` starts them before the file's tests. */
export { admin, ts, useModuleServer as useSituationsServer } from './module-server.js';

export const OpenSituation = graphql(`
  mutation SituationsOpen($input: OpenComplexSituationInput!) {
    openComplexSituation(input: $input) {
      situation {
        id title category severity status openedOn resolvedOn version
        organization { id } area { id } handlingOrganizations { id }
        viewerCan { changeStatus escalate startResponseProgram }
      }
    }
  }
`);

export const ChangeStatus = graphql(`
  mutation SituationsChangeStatus($input: ChangeComplexSituationStatusInput!) {
    changeComplexSituationStatus(input: $input) { situation { id status resolvedOn version } }
  }
`);

export const Escalate = graphql(`
  mutation SituationsEscalate($input: EscalateComplexSituationInput!) {
    escalateComplexSituation(input: $input) { situation { id severity version handlingOrganizations { id } } }
  }
`);

/** A province with the Ban Dân vận (opens), the police and a commune government (handle), users on each. */
export async function makeWorld() {
  const em = ts.orm.em.fork();
  const { province, committee } = await makeProvince(em);
  const commune = await makeArea(em, {
    name: `Xã Tân Thành ${unique()}`,
    level: AreaLevel.COMMUNE,
    parent: province,
  });
  const owner = await makeOrganization(em, {
    area: province,
    name: `Ban Dân vận ${unique()}`,
    parent: committee,
  });
  const police = await makeOrganization(em, {
    area: province,
    name: `Công an tỉnh ${unique()}`,
    kind: OrganizationKind.ARMED_FORCES,
  });
  const communeGov = await makeOrganization(em, {
    area: commune,
    name: `UBND xã ${unique()}`,
    kind: OrganizationKind.PEOPLES_COMMITTEE,
  });
  const outsider = await makeOutsider(em);
  return {
    province,
    commune,
    committee,
    owner,
    police,
    communeGov,
    outsider,
    coordinator: await makeUserWith(ts.orm, owner.id, Role.COORDINATOR),
    committeeViewer: await makeUserWith(ts.orm, committee.id, Role.VIEWER),
    policeCoordinator: await makeUserWith(ts.orm, police.id, Role.COORDINATOR),
    policeViewer: await makeUserWith(ts.orm, police.id, Role.VIEWER),
    communeViewer: await makeUserWith(ts.orm, communeGov.id, Role.VIEWER),
    outsiderCoordinator: await makeUserWith(ts.orm, outsider.id, Role.COORDINATOR),
  };
}

/** The province made by `makeWorld`. */
export type World = Awaited<ReturnType<typeof makeWorld>>;

/** Opens a complex situation as the world's coordinator, handled by the police (by default). */
export async function openSituation(
  w: World,
  input: Partial<{
    title: string;
    category: string;
    severity: string;
    openedOn: string;
    areaId: string;
    handlingOrganizationIds: string[];
  }> = {},
) {
  const result = await ts.gql(
    OpenSituation,
    {
      input: {
        organizationId: gid.org(w.owner),
        title: input.title ?? `Khiếu kiện đông người về bồi thường ${unique()}`,
        category: (input.category ?? 'LAND_CLEARANCE') as never,
        severity: (input.severity ?? 'MEDIUM') as never,
        areaId: input.areaId ?? gid.area(w.commune),
        openedOn: input.openedOn ?? '2024-10-01',
        handlingOrganizationIds: input.handlingOrganizationIds ?? [gid.org(w.police)],
      },
    },
    w.coordinator.token,
  );
  return ok(result).openComplexSituation.situation;
}
