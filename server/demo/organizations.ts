import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../core/text.js';
import {
  Organization,
  OrganizationKind,
  OrganizationStatus,
} from '../modules/organizations/organization.entity.js';
import { DEMO_AREA } from './areas.js';

/** Codes of the demo organizations, for tests and later demo data (programs, meetings…). */
export const DEMO_ORG = {
  provincialCommittee: 'LS-TU',
  standingCommittee: 'LS-BTV',
  massMobilization: 'LS-BDV',
  peoplesCouncil: 'LS-HDND',
  peoplesCommittee: 'LS-UBND',
  fatherlandFront: 'LS-MTTQ',
  youthUnion: 'LS-TD',
  womensUnion: 'LS-HPN',
  farmersAssociation: 'LS-HND',
  veteransAssociation: 'LS-HCCB',
  tradeUnion: 'LS-LDLD',
  militaryCommand: 'LS-BCHQS',
  division3: 'SD3',
  regiment141: 'SD3-TD141',
  homeAffairs: 'LS-SNV',
  ethnicReligious: 'LS-SDTTG',
  huuLungPartyCommittee: 'LS-XHL-DU',
  huuLungPeoplesCommittee: 'LS-XHL-UBND',
  huuLungFront: 'LS-XHL-MTTQ',
  huuLungFarmers: 'LS-XHL-HND',
  huuLungInspection: 'LS-XHL-TTND',
  vanQuanPartyCommittee: 'LS-XVQ-DU',
  vanQuanPeoplesCommittee: 'LS-XVQ-UBND',
  vanQuanFront: 'LS-XVQ-MTTQ',
  vanQuanFarmers: 'LS-XVQ-HND',
  vanQuanInspection: 'LS-XVQ-TTND',
  oldHuuLungDistrictCommittee: 'LS-HL-HU',
  oldVanQuanDistrictCommittee: 'LS-VQ-HU',
  oldHuuLungMassMobilization: 'LS-HL-BDV',
} as const;

/** A demo organization as plain data (codes instead of references). */
export interface DemoOrganizationSpec {
  code: string;
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  areaCode: string;
  /** Code of the organization above it in its chain of command. */
  parentCode: string | null;
  status?: OrganizationStatus;
  successorCode?: string;
  endedOn?: string;
}

const K = OrganizationKind;
const O = DEMO_ORG;
const LS = DEMO_AREA.langSon;

/** A province-level body of Lạng Sơn. */
function province(
  code: string,
  kind: OrganizationKind,
  name: string,
  shortName: string,
  parentCode: string | null = null,
): DemoOrganizationSpec {
  return { code, name, shortName, kind, areaCode: LS, parentCode };
}

/** Province-level bodies of Lạng Sơn (seed 000), plus the army units working there. */
const PROVINCE: DemoOrganizationSpec[] = [
  province(O.provincialCommittee, K.PARTY_COMMITTEE, 'Tỉnh ủy Lạng Sơn', 'Tỉnh ủy'),
  province(
    O.standingCommittee,
    K.PARTY_STANDING_COMMITTEE,
    'Ban Thường vụ Tỉnh ủy Lạng Sơn',
    'BTV Tỉnh ủy',
    O.provincialCommittee,
  ),
  province(
    O.massMobilization,
    K.MASS_MOBILIZATION_COMMISSION,
    'Ban Dân vận Tỉnh ủy Lạng Sơn',
    'BDV Tỉnh ủy',
    O.provincialCommittee,
  ),
  province(O.peoplesCouncil, K.PEOPLES_COUNCIL, 'Hội đồng nhân dân tỉnh Lạng Sơn', 'HĐND tỉnh'),
  province(O.peoplesCommittee, K.PEOPLES_COMMITTEE, 'Ủy ban nhân dân tỉnh Lạng Sơn', 'UBND tỉnh'),
  province(
    O.fatherlandFront,
    K.FATHERLAND_FRONT,
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn',
    'Ủy ban MTTQ tỉnh',
  ),
  // Members of the Front, but each with its own chain of command: no parent at province level.
  province(
    O.youthUnion,
    K.SOCIO_POLITICAL_ORG,
    'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lạng Sơn',
    'Tỉnh đoàn',
  ),
  province(O.womensUnion, K.SOCIO_POLITICAL_ORG, 'Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn', 'Hội LHPN tỉnh'),
  province(O.farmersAssociation, K.SOCIO_POLITICAL_ORG, 'Hội Nông dân tỉnh Lạng Sơn', 'Hội Nông dân tỉnh'),
  province(O.veteransAssociation, K.SOCIO_POLITICAL_ORG, 'Hội Cựu chiến binh tỉnh Lạng Sơn', 'Hội CCB tỉnh'),
  province(O.tradeUnion, K.SOCIO_POLITICAL_ORG, 'Liên đoàn Lao động tỉnh Lạng Sơn', 'LĐLĐ tỉnh'),
  province(O.militaryCommand, K.ARMED_FORCES, 'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn', 'Bộ CHQS tỉnh'),
  // Seed 000: Trung đoàn 141, Sư đoàn 3 doing mass-mobilization work in Văn Quan.
  province(O.division3, K.ARMED_FORCES, 'Sư đoàn 3, Quân khu 1', 'Sư đoàn 3'),
  province(O.regiment141, K.ARMED_FORCES, 'Trung đoàn 141, Sư đoàn 3', 'Trung đoàn 141', O.division3),
  province(O.homeAffairs, K.STATE_AGENCY, 'Sở Nội vụ tỉnh Lạng Sơn', 'Sở Nội vụ', O.peoplesCommittee),
  province(
    O.ethnicReligious,
    K.STATE_AGENCY,
    'Sở Dân tộc và Tôn giáo tỉnh Lạng Sơn',
    'Sở DTTG',
    O.peoplesCommittee,
  ),
];

/** The bodies of one post-2025 commune; chains of command run up to the province counterparts. */
function commune(prefix: string, areaCode: string, place: string): DemoOrganizationSpec[] {
  return [
    {
      code: `${prefix}-DU`,
      name: `Đảng ủy xã ${place}`,
      shortName: 'Đảng ủy xã',
      kind: K.PARTY_COMMITTEE,
      areaCode,
      parentCode: O.provincialCommittee,
    },
    {
      code: `${prefix}-UBND`,
      name: `Ủy ban nhân dân xã ${place}`,
      shortName: 'UBND xã',
      kind: K.PEOPLES_COMMITTEE,
      areaCode,
      parentCode: O.peoplesCommittee,
    },
    {
      code: `${prefix}-MTTQ`,
      name: `Ủy ban Mặt trận Tổ quốc Việt Nam xã ${place}`,
      shortName: 'Ủy ban MTTQ xã',
      kind: K.FATHERLAND_FRONT,
      areaCode,
      parentCode: O.fatherlandFront,
    },
    {
      code: `${prefix}-HND`,
      name: `Hội Nông dân xã ${place}`,
      shortName: 'Hội Nông dân xã',
      kind: K.SOCIO_POLITICAL_ORG,
      areaCode,
      parentCode: O.farmersAssociation,
    },
    // The People's Inspection Board is elected by the people and directed by the commune's Front committee.
    {
      code: `${prefix}-TTND`,
      name: `Ban Thanh tra nhân dân xã ${place}`,
      shortName: 'Ban TTND xã',
      kind: K.GRASSROOTS_BODY,
      areaCode,
      parentCode: `${prefix}-MTTQ`,
    },
  ];
}

/** Pre-2025 district bodies the seeds mention, merged into or dissolved by the 2025 reform. */
const HISTORY: DemoOrganizationSpec[] = [
  {
    code: O.oldHuuLungDistrictCommittee,
    name: 'Huyện ủy Hữu Lũng',
    shortName: 'Huyện ủy',
    kind: K.PARTY_COMMITTEE,
    areaCode: DEMO_AREA.oldHuuLungDistrict,
    parentCode: O.provincialCommittee,
    status: OrganizationStatus.MERGED,
    successorCode: O.huuLungPartyCommittee,
    endedOn: '2025-06-30',
  },
  {
    code: O.oldVanQuanDistrictCommittee,
    name: 'Huyện ủy Văn Quan',
    shortName: 'Huyện ủy',
    kind: K.PARTY_COMMITTEE,
    areaCode: DEMO_AREA.oldVanQuanDistrict,
    parentCode: O.provincialCommittee,
    status: OrganizationStatus.MERGED,
    successorCode: O.vanQuanPartyCommittee,
    endedOn: '2025-06-30',
  },
  {
    code: O.oldHuuLungMassMobilization,
    name: 'Ban Dân vận Huyện ủy Hữu Lũng',
    shortName: 'BDV Huyện ủy',
    kind: K.MASS_MOBILIZATION_COMMISSION,
    areaCode: DEMO_AREA.oldHuuLungDistrict,
    parentCode: O.massMobilization,
    status: OrganizationStatus.DISSOLVED,
    endedOn: '2025-06-30',
  },
];

/** Every demo organization, parents listed before their children. */
export const DEMO_ORGANIZATIONS: readonly DemoOrganizationSpec[] = [
  ...PROVINCE,
  ...commune('LS-XHL', DEMO_AREA.xaHuuLung, 'Hữu Lũng'),
  ...commune('LS-XVQ', DEMO_AREA.xaVanQuan, 'Văn Quan'),
  ...HISTORY,
];

/**
 * Inserts the demo organizations in one bulk statement (each at version 1, as if just
 * created) on the areas `areaIds` (code → ID). Returns their IDs by code.
 */
export async function insertDemoOrganizations(
  em: EntityManager,
  areaIds: Map<string, string>,
): Promise<Map<string, string>> {
  const now = new Date();
  const ids = new Map(DEMO_ORGANIZATIONS.map((spec) => [spec.code, randomUUID()]));
  const id = (code: string) => {
    const found = ids.get(code);
    if (!found) throw new Error(`demo organization ${code} is not defined`);
    return found;
  };
  const rows = DEMO_ORGANIZATIONS.map((spec) => {
    const area = areaIds.get(spec.areaCode);
    if (!area) throw new Error(`demo organization ${spec.code}: unknown area ${spec.areaCode}`);
    return {
      id: id(spec.code),
      code: spec.code,
      name: spec.name,
      shortName: spec.shortName,
      searchKey: foldForSearch(`${spec.name} ${spec.shortName ?? ''}`),
      kind: spec.kind,
      area,
      parent: spec.parentCode ? id(spec.parentCode) : null,
      status: spec.status ?? OrganizationStatus.ACTIVE,
      successor: spec.successorCode ? id(spec.successorCode) : null,
      endedOn: spec.endedOn ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  });
  await em.insertMany(Organization, rows);
  return ids;
}
